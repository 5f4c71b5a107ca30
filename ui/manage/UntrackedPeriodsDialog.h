#pragma once

#include <QDialog>

class DiaryRepository;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

// Nights the diary was not kept (travel, illness). They leave the denominator, so a
// quiet week away does not count as a week without cramps.
class UntrackedPeriodsDialog : public QDialog
{
    Q_OBJECT

public:
    UntrackedPeriodsDialog(DiaryRepository &diary, QDate first, QDate last, QWidget *parent = nullptr);

    QDateEdit *firstEdit() const { return m_first; }
    QDateEdit *lastEdit() const { return m_last; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QListWidget *list() const { return m_list; }
    QString problem() const;
    bool addPeriod();
    bool removeSelected();

private:
    void reload();

    DiaryRepository &m_diary;
    QListWidget *m_list = nullptr;
    QDateEdit *m_first = nullptr;
    QDateEdit *m_last = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
};
