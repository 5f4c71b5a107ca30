#include "ui/logging/CheckinDialog.h"

#include "core/domain/DisplayNames.h"
#include "core/domain/FactorValueCheck.h"
#include "core/guidance/GuidanceLibrary.h"
#include "core/settings/AppSettings.h"
#include "core/store/DiaryRepository.h"
#include "ui/guidance/GuidanceButton.h"
#include "ui/logging/FactorInput.h"
#include "ui/logging/PlanAdherenceRow.h"
#include "ui/manage/FactorManagerDialog.h"
#include "ui/manage/MedicationManagerDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

CheckinDialog::CheckinDialog(DiaryRepository &diary, AppSettings &settings, QDate night, QWidget *parent,
                             const GuidanceLibrary *guidance)
    : QDialog(parent)
    , m_diary(diary)
    , m_settings(settings)
    , m_guidance(guidance)
{
    setWindowTitle(tr("Evening check-in"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *nightLabel = new QLabel(tr("&Night of"), this);
    m_night = new QDateEdit(night, this);
    m_night->setCalendarPopup(true);
    m_night->setMaximumDate(QDate::currentDate());
    m_night->setAccessibleName(tr("Night of the check-in"));
    nightLabel->setBuddy(m_night);
    auto *copy = new QPushButton(tr("C&opy previous evening"), this);
    m_copy = copy;
    copy->setAccessibleName(tr("Copy the values of the previous check-in"));
    top->addWidget(nightLabel);
    top->addWidget(m_night);
    top->addStretch();
    top->addWidget(copy);
    layout->addLayout(top);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_plan = new PlanAdherenceRow(this);
    layout->addWidget(m_plan);

    m_formHost = new QWidget(this);
    m_formHostLayout = new QVBoxLayout(m_formHost);
    m_formHostLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_formHost, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons = buttons;
    auto *factors = buttons->addButton(tr("My &factors\u2026"), QDialogButtonBox::ActionRole);
    factors->setAccessibleName(tr("Manage my own factors"));
    auto *medicines = buttons->addButton(tr("&Medicines\u2026"), QDialogButtonBox::ActionRole);
    medicines->setAccessibleName(tr("Manage medicines"));
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save check-in"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel without saving"));
    layout->addWidget(buttons);

    connect(copy, &QPushButton::clicked, this, [this] {
        if (!copyPrevious())
            m_status->setText(tr("There is no earlier check-in to copy."));
    });
    connect(factors, &QPushButton::clicked, this, &CheckinDialog::manageFactors);
    connect(medicines, &QPushButton::clicked, this, &CheckinDialog::manageMedications);
    connect(buttons, &QDialogButtonBox::accepted, this, &CheckinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CheckinDialog::reject);
    // Only a different night loads another check-in: Enter in the date field re-announces the
    // same date, and must not wipe what was typed.
    connect(m_night, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (date != m_shownNight)
            rebuild(false);
    });
    rebuild(false);
    // The cursor starts in the first question, so typed digits never land in the date.
    if (!m_inputs.isEmpty())
        m_inputs.first()->focusTarget()->setFocus();
}

QDate CheckinDialog::night() const
{
    return m_night->date();
}

void CheckinDialog::setNight(QDate night)
{
    m_night->setDate(night);
}

void CheckinDialog::setNotes(const QString &notes)
{
    m_notes->setText(notes);
}

FactorInput *CheckinDialog::input(const QString &builtinKeyOrName) const
{
    for (FactorInput *input : m_inputs) {
        if (input->factor().builtinKey == builtinKeyOrName || input->factor().name == builtinKeyOrName)
            return input;
    }
    return nullptr;
}

void CheckinDialog::rebuild(bool keepTyped)
{
    m_shownNight = night();
    if (!keepTyped)
        m_plan->showNight(m_diary, night());
    // Keep what was typed when the form is rebuilt after managing factors or medicines.
    QHash<qint64, std::optional<FactorValue>> typed;
    for (FactorInput *input : std::as_const(m_inputs))
        typed.insert(input->factor().id, input->value());
    const QString typedNotes = m_notes ? m_notes->text() : QString();

    delete m_formHostLayout->takeAt(0);
    qDeleteAll(m_formHost->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_inputs.clear();
    m_medications.clear();
    m_notes = nullptr; // deleted with the old form

    auto *columns = new QWidget(m_formHost);
    auto *grid = new QHBoxLayout(columns);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *measures = new QGroupBox(tr("This evening"), columns);
    auto *measureForm = new QFormLayout(measures);
    auto *happened = new QGroupBox(tr("Today I had\u2026"), columns);
    auto *happenedLayout = new QGridLayout(happened);
    int yesNoCount = 0;
    const AppSettings::WaterUnit unit = m_settings.waterUnit();
    const auto makeNotes = [this, measures] {
        m_notes = new QLineEdit(measures);
        m_notes->setAccessibleName(tr("Notes about the evening"));
    };
    // Made in reading order, which is the Tab order: the left column down, its notes, then
    // the yes/no answers row by row, then medicines. The date and the buttons were made
    // before the form, so Tab reaches them after its last question, never first.
    QList<Factor> factors = m_diary.factors();
    std::stable_partition(factors.begin(), factors.end(), [](const Factor &f) { return f.kind != FactorKind::YesNo; });
    for (const Factor &factor : std::as_const(factors)) {
        if (factor.kind == FactorKind::YesNo && !m_notes)
            makeNotes();
        auto *input = new FactorInput(factor, unit, columns);
        m_inputs.append(input);
        // The input, with the guidance about its factor a click away.
        QWidget *row = input;
        if (m_guidance && factor.isBuiltin()) {
            row = new QWidget(columns);
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            rowLayout->addWidget(input, 1);
            rowLayout->addWidget(new GuidanceButton(*m_guidance, m_guidance->topicForFactor(factor.builtinKey),
                                                    DisplayNames::of(factor), row));
        }
        if (factor.kind == FactorKind::YesNo) {
            happenedLayout->addWidget(row, yesNoCount / 2, yesNoCount % 2);
            ++yesNoCount;
        } else {
            auto *label = new QLabel(input->label(), measures);
            label->setBuddy(input->focusTarget());
            measureForm->addRow(label, row);
        }
    }
    if (!m_notes)
        makeNotes();
    measureForm->addRow(tr("No&tes"), m_notes);
    grid->addWidget(measures, 1);
    grid->addWidget(happened, 1);

    auto *medicineBox = new QGroupBox(tr("Medicines taken this evening"), m_formHost);
    auto *medicineLayout = new QVBoxLayout(medicineBox);
    const QList<Medication> medications = m_diary.medications();
    for (const Medication &medication : medications) {
        const QString text
                = medication.dose.isEmpty() ? medication.name : tr("%1 (%2)").arg(medication.name, medication.dose);
        auto *check = new QCheckBox(text, medicineBox);
        check->setAccessibleName(tr("Took %1").arg(medication.name));
        medicineLayout->addWidget(check);
        m_medications.insert(medication.id, check);
    }
    if (medications.isEmpty())
        medicineLayout->addWidget(
                new QLabel(tr("No medicines yet. Add them with \u201cMedicines\u2026\u201d."), medicineBox));
    // Nothing is ticked for the person: taking the usual ones is one click, said by them.
    m_usualMedicines = new QPushButton(tr("Took my &usual medicines"), medicineBox);
    m_usualMedicines->setToolTip(tr("Tick every medicine whose dates cover this night"));
    m_usualMedicines->setAutoDefault(false);
    medicineLayout->addWidget(m_usualMedicines, 0, Qt::AlignLeft);
    connect(m_usualMedicines, &QPushButton::clicked, this, &CheckinDialog::tickUsualMedicines);

    auto *page = new QWidget(m_formHost);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(columns);
    pageLayout->addWidget(medicineBox);
    m_formHostLayout->addWidget(page);

    const auto existing = m_diary.nightLog(night());
    m_status->setText(existing ? tr("You checked in for this night already; saving replaces that check-in.")
                               : tr("Fill in what you know; anything left out is simply not recorded."));
    load(existing);
    if (!keepTyped) {
        m_loaded = formLog();
        m_loadedFollowed = m_plan->followed();
    }
    if (keepTyped) {
        for (FactorInput *input : std::as_const(m_inputs)) {
            if (typed.contains(input->factor().id))
                input->setValue(typed.value(input->factor().id));
        }
        m_notes->setText(typedNotes);
    }
}

void CheckinDialog::load(const std::optional<NightLog> &log)
{
    for (FactorInput *input : std::as_const(m_inputs)) {
        std::optional<FactorValue> value;
        if (log && log->values.contains(input->factor().id))
            value = log->values.value(input->factor().id);
        input->setValue(value);
    }
    const QList<Medication> medications = m_diary.medications();
    for (const Medication &medication : medications) {
        QCheckBox *box = m_medications.value(medication.id);
        if (!box)
            continue;
        box->setChecked(log && log->medicationIds.contains(medication.id));
    }
    m_usualMedicines->setVisible(std::any_of(medications.cbegin(), medications.cend(),
                                             [this](const Medication &m) { return m.takenOn(night()); }));
    m_notes->setText(log ? log->notes : QString());
}

void CheckinDialog::tickUsualMedicines()
{
    for (const Medication &medication : m_diary.medications()) {
        if (QCheckBox *box = m_medications.value(medication.id); box && medication.takenOn(night()))
            box->setChecked(true);
    }
}

bool CheckinDialog::copyPrevious()
{
    const QList<NightLog> earlier = m_diary.nightLogs(night().addDays(-366), night().addDays(-1));
    if (earlier.isEmpty())
        return false;
    NightLog previous = earlier.last();
    previous.notes.clear();
    load(previous); // notes cleared: they describe one evening only
    m_status->setText(tr("Copied from the evening of %1. Change what was different tonight.")
                              .arg(QLocale().toString(previous.night, QLocale::LongFormat)));
    return true;
}

QString CheckinDialog::statusText() const
{
    return m_status->text();
}

NightLog CheckinDialog::formLog() const
{
    NightLog log;
    log.night = night();
    for (FactorInput *input : std::as_const(m_inputs))
        if (const auto value = input->value())
            log.values.insert(input->factor().id, *value);
    for (auto it = m_medications.cbegin(); it != m_medications.cend(); ++it)
        if (it.value()->isChecked())
            log.medicationIds.append(it.key());
    std::sort(log.medicationIds.begin(), log.medicationIds.end());
    log.notes = m_notes->text().trimmed();
    return log;
}

bool CheckinDialog::hasChanges() const
{
    const NightLog now = formLog();
    return now.values != m_loaded.values || now.medicationIds != m_loaded.medicationIds || now.notes != m_loaded.notes
            || m_plan->followed() != m_loadedFollowed;
}

void CheckinDialog::accept()
{
    NightLog log = formLog();
    log.checkedInAt = QDateTime::currentDateTimeUtc();
    // A value the diary would refuse is named here, and the check-in stays open with
    // everything typed, rather than being lost to a refusal after the dialog closed.
    for (FactorInput *input : std::as_const(m_inputs)) {
        const auto value = input->value();
        if (!value)
            continue;
        if (const QString problem = FactorValueCheck::problem(input->factor(), *value); !problem.isEmpty()) {
            m_status->setText(tr("Not saved yet: %1: %2").arg(DisplayNames::of(input->factor()), problem));
            input->focusTarget()->setFocus();
            return;
        }
    }
    // Values of retired factors are not on the form; carry them over unchanged.
    if (const auto existing = m_diary.nightLog(night())) {
        for (const Factor &factor : m_diary.factors(true)) {
            if (factor.retired && existing->values.contains(factor.id))
                log.values.insert(factor.id, existing->values.value(factor.id));
        }
    }
    // Enter on an untouched check-in must not store an evening nobody described.
    const bool planAnswered = m_plan && m_plan->hasPlan() && m_plan->followed().has_value();
    if (log.values.isEmpty() && log.medicationIds.isEmpty() && log.notes.isEmpty() && !planAnswered) {
        m_status->setText(tr("Nothing is filled in, so nothing was saved. Answer what you know, or Cancel."));
        return;
    }
    m_result = log;
    QDialog::accept();
}

void CheckinDialog::reject()
{
    if (hasChanges()) {
        const bool discard = m_askDiscard ? m_askDiscard() : [this] {
            QMessageBox question(QMessageBox::Question, tr("Discard this check-in?"),
                                 tr("What you typed for the night of %1 has not been saved.")
                                         .arg(QLocale().toString(night(), QLocale::LongFormat)),
                                 QMessageBox::NoButton, this);
            auto *keep = question.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
            auto *drop = question.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
            question.setDefaultButton(keep);
            question.setEscapeButton(keep);
            question.exec();
            return question.clickedButton() == drop;
        }();
        if (!discard)
            return;
    }
    QDialog::reject();
}

void CheckinDialog::manageFactors()
{
    FactorManagerDialog dialog(m_diary, this);
    dialog.exec();
    rebuild(true);
}

void CheckinDialog::manageMedications()
{
    MedicationManagerDialog dialog(m_diary, this);
    dialog.exec();
    rebuild(true);
}
