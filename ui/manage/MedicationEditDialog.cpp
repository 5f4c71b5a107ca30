#include "ui/manage/MedicationEditDialog.h"

#include "core/domain/DisplayNames.h"
#include "core/domain/DrugClassGuess.h"
#include "ui/style/Tone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MedicationEditDialog::MedicationEditDialog(const Medication &medication, QWidget *parent)
    : QDialog(parent)
    , m_result(medication)
{
    setWindowTitle(medication.id ? tr("Edit medicine") : tr("Add medicine"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(medication.name, this);
    m_name->setAccessibleName(tr("Medicine name"));
    m_class = new QComboBox(this);
    for (DrugClass drugClass : allValues<DrugClass>())
        m_class->addItem(DisplayNames::of(drugClass), int(drugClass));
    m_class->setCurrentIndex(m_class->findData(int(medication.drugClass)));
    m_class->setAccessibleName(tr("Kind of medicine"));
    m_dose = new QLineEdit(medication.dose, this);
    m_dose->setPlaceholderText(tr("e.g. 20 mg at night"));
    m_dose->setAccessibleName(tr("Dose"));
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Kind"), m_class);
    // "Simvastatin" is a statin: the name suggests the kind, the person decides.
    m_suggestion = new QLabel(this);
    m_suggestion->setWordWrap(true);
    m_useSuggestion = new QPushButton(this);
    m_useSuggestion->setAutoDefault(false);
    auto *suggestionRow = new QHBoxLayout;
    suggestionRow->addWidget(m_suggestion, 1);
    suggestionRow->addWidget(m_useSuggestion);
    form->addRow(QString(), suggestionRow);
    connect(m_name, &QLineEdit::textChanged, this, &MedicationEditDialog::suggestClass);
    connect(m_class, &QComboBox::currentIndexChanged, this, &MedicationEditDialog::suggestClass);
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] {
        if (const auto suggested = DrugClassGuess::forName(m_name->text()))
            m_class->setCurrentIndex(m_class->findData(int(*suggested)));
    });
    form->addRow(tr("&Dose"), m_dose);
    layout->addLayout(form);

    auto *periods = new QGroupBox(tr("Taken"), this);
    auto *periodsLayout = new QVBoxLayout(periods);
    m_periodGrid = new QGridLayout;
    m_periodGrid->addWidget(new QLabel(tr("From"), periods), 0, 0);
    m_periodGrid->addWidget(new QLabel(tr("Stopped"), periods), 0, 1, 1, 2);
    periodsLayout->addLayout(m_periodGrid);
    auto *addPeriodButton = new QPushButton(tr("Add a &period"), periods);
    addPeriodButton->setAccessibleName(tr("Add another period of taking it"));
    periodsLayout->addWidget(addPeriodButton, 0, Qt::AlignLeft);
    layout->addWidget(periods);
    connect(addPeriodButton, &QPushButton::clicked, this, [this] {
        addPeriod({ QDate::currentDate(), std::nullopt });
    });
    for (const MedicationPeriod &period : medication.periods)
        addPeriod(period);
    if (medication.periods.isEmpty())
        addPeriod({ QDate::currentDate(), std::nullopt });

    m_problem = new QLabel(this);
    Tone::set(m_problem, Tone::Kind::Problem);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save medicine"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel without saving"));
    suggestClass();
    connect(buttons, &QDialogButtonBox::accepted, this, &MedicationEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void MedicationEditDialog::suggestClass()
{
    const auto suggested = DrugClassGuess::forName(m_name->text());
    const bool differs = suggested && m_class->currentData().toInt() != int(*suggested);
    if (differs) {
        m_suggestion->setText(tr("%1 sounds like a medicine of the kind \u201c%2\u201d.")
                                      .arg(m_name->text().trimmed(), DisplayNames::of(*suggested)));
        m_useSuggestion->setText(tr("&Use \u201c%1\u201d").arg(DisplayNames::of(*suggested)));
    }
    m_suggestion->setVisible(differs);
    m_useSuggestion->setVisible(differs);
}

void MedicationEditDialog::addPeriod(const MedicationPeriod &period)
{
    const int row = int(m_periods.size()) + 1;
    auto *start = new QDateEdit(period.started, this);
    start->setCalendarPopup(true);
    start->setAccessibleName(tr("Period %1 started").arg(row));
    auto *stopped = new QCheckBox(tr("on"), this);
    stopped->setAccessibleName(tr("Period %1 has stopped").arg(row));
    stopped->setChecked(period.stopped.has_value());
    auto *stop = new QDateEdit(period.stopped.value_or(QDate::currentDate()), this);
    stop->setCalendarPopup(true);
    stop->setAccessibleName(tr("Period %1 stopped on").arg(row));
    stop->setEnabled(stopped->isChecked());
    connect(stopped, &QCheckBox::toggled, stop, &QWidget::setEnabled);
    m_periodGrid->addWidget(start, row, 0);
    m_periodGrid->addWidget(stopped, row, 1);
    m_periodGrid->addWidget(stop, row, 2);
    m_periods.append({ start, stopped, stop });
}

QString MedicationEditDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void MedicationEditDialog::accept()
{
    Medication medication = m_result;
    medication.name = m_name->text().trimmed();
    medication.drugClass = DrugClass(m_class->currentData().toInt());
    medication.dose = m_dose->text().trimmed();
    medication.periods.clear();
    QStringList problems;
    if (medication.name.isEmpty()) {
        problems.append(tr("Enter the medicine's name."));
        m_name->setFocus();
    }
    for (qsizetype i = 0; i < m_periods.size(); ++i) {
        const PeriodRow &row = m_periods.at(i);
        MedicationPeriod period { row.start->date(), std::nullopt };
        if (row.stopped->isChecked()) {
            period.stopped = row.stop->date();
            if (*period.stopped < period.started)
                problems.append(tr("Period %1 stops before it starts.").arg(i + 1));
        }
        medication.periods.append(period);
    }
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char('\n')));
        m_problem->show();
        return;
    }
    m_result = medication;
    QDialog::accept();
}
