#pragma once

#include <QDialog>

class DiaryRepository;
class GuidanceLibrary;
class QLabel;
class QTableWidget;

// The list of medicines with their dates; add, edit and remove them. Medicines of a kind
// the clinical sources link to cramps get a calm note (never advice to stop them).
class MedicationManagerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MedicationManagerDialog(DiaryRepository &diary, QWidget *parent = nullptr,
                                     const GuidanceLibrary *guidance = nullptr);

    QTableWidget *table() const { return m_table; }
    QString message() const;

signals:
    // Lets tests and the main window fill the editor instead of a user.
    void editorOpened(class MedicationEditDialog *editor);

private:
    void reload();
    void edit(qint64 id);
    void removeSelected();

    DiaryRepository &m_diary;
    const GuidanceLibrary *m_guidance;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};
