#pragma once

#include "core/domain/Medication.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// One medicine: its name, class, dose and the periods it was taken. Problems show next
// to the fields, and nothing is returned until they are fixed.
class MedicationEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MedicationEditDialog(const Medication &medication, QWidget *parent = nullptr);

    Medication medication() const { return m_result; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *classCombo() const { return m_class; }
    // The kind the name suggests, offered while the chosen kind differs.
    QPushButton *useSuggestionButton() const { return m_useSuggestion; }
    QLineEdit *doseEdit() const { return m_dose; }
    QString problem() const;

    // The periods' editors, for tests: start, "stopped" tick and stop date of row i.
    int periodCount() const { return int(m_periods.size()); }
    void suggestClass();
    void addPeriod(const MedicationPeriod &period);
    QDateEdit *periodStart(int row) const { return m_periods.at(row).start; }
    QCheckBox *periodStopped(int row) const { return m_periods.at(row).stopped; }
    QDateEdit *periodStop(int row) const { return m_periods.at(row).stop; }

    void accept() override;

private:
    struct PeriodRow {
        QDateEdit *start;
        QCheckBox *stopped;
        QDateEdit *stop;
    };

    Medication m_result;
    QLineEdit *m_name = nullptr;
    QComboBox *m_class = nullptr;
    QLabel *m_suggestion = nullptr;
    QPushButton *m_useSuggestion = nullptr;
    QLineEdit *m_dose = nullptr;
    QGridLayout *m_periodGrid = nullptr;
    QList<PeriodRow> m_periods;
    QLabel *m_problem = nullptr;
};
