#pragma once

#include <QDialog>

class DiaryRepository;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// The user's own factors: add one (yes/no, number with unit, or choice), rename it, or
// retire it. Retiring hides a factor from the check-in but keeps every value recorded.
class FactorManagerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FactorManagerDialog(DiaryRepository &diary, QWidget *parent = nullptr);

    // The "new factor" fields, public for keyboard-driven tests.
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *unitEdit() const { return m_unit; }
    QLineEdit *choicesEdit() const { return m_choices; }
    QListWidget *list() const { return m_list; }
    QString problem() const;

    bool addFactor();
    bool renameSelected(const QString &name);
    bool toggleRetiredSelected();

private:
    void reload();
    void showProblem(const QString &message);

    DiaryRepository &m_diary;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_choices = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_retire = nullptr;
};
