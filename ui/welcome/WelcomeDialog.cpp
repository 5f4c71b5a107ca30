#include "ui/welcome/WelcomeDialog.h"

#include "core/settings/AppSettings.h"
#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"
#include "ui/guidance/TopicBrowser.h"
#include "ui/manage/FactorManagerDialog.h"
#include "ui/manage/MedicationManagerDialog.h"
#include "ui/settings/ReminderEditor.h"
#include "ui/style/Tone.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

WelcomeDialog::WelcomeDialog(DiaryRepository &diary, AppSettings &settings, NightRule &nightRule,
                             const GuidanceLibrary &guidance, RunDialog runDialog, QWidget *parent)
    : QDialog(parent)
    , m_diary(diary)
    , m_settings(settings)
    , m_nightRule(nightRule)
    , m_guidance(guidance)
    , m_runDialog(std::move(runDialog))
{
    setWindowTitle(tr("Welcome to Cramp Diary"));
    setAccessibleName(windowTitle());
    setMinimumWidth(640);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(paragraph(
            tr("<b>Cramp Diary</b> records night cramps with one key (<b>L</b>) and, in a one-minute evening "
               "check-in (<b>E</b>), what may go with them. Its charts and report show how often cramps come and "
               "which evening factors go with them, for you and your clinician."),
            this));
    layout->addWidget(paragraph(TopicBrowser::notMedicalAdvice(), this));

    auto *nightBox = new QGroupBox(tr("How nights are counted"), this);
    auto *nightLayout = new QVBoxLayout(nightBox);
    auto *nightForm = new QFormLayout;
    nightLayout->addLayout(nightForm);
    m_boundary = new QSpinBox(nightBox);
    m_boundary->setRange(0, 23);
    m_boundary->setSuffix(tr(":00"));
    m_boundary->setValue(nightRule.boundaryHour());
    m_boundary->setAccessibleName(tr("A new night starts at"));
    nightForm->addRow(tr("A new night starts at"), m_boundary);
    m_nightExample = paragraph(QString(), nightBox);
    nightLayout->addWidget(m_nightExample);
    nightLayout->addWidget(paragraph(tr("A night counts in the figures once it has ended. Nights you mark as not "
                                        "tracked (a holiday without the app) are left out rather than counted as "
                                        "nights without cramps."),
                                     nightBox));
    // A cramp at 3 a.m. is logged half awake: a white window then is glaring, so the dark,
    // dim palette is offered for the night hours, ticked unless the person says no.
    // A check box's words cannot wrap: the hours go in a paragraph under it, which can.
    m_dimAtNight = new QCheckBox(tr("&Dim the window at night (night mode)"), nightBox);
    m_dimAtNight->setChecked(true);
    auto *hours = paragraph(tr("From %1:00 to %2:00; Settings change the hours.")
                                    .arg(settings.nightModeStartHour(), 2, 10, QLatin1Char('0'))
                                    .arg(settings.nightModeEndHour(), 2, 10, QLatin1Char('0')),
                            nightBox);
    m_dimAtNight->setAccessibleDescription(hours->text());
    nightLayout->addWidget(m_dimAtNight);
    nightLayout->addWidget(hours);
    layout->addWidget(nightBox);
    connect(m_boundary, &QSpinBox::valueChanged, this, &WelcomeDialog::describeNight);

    auto *eveningBox = new QGroupBox(tr("The evening check-in"), this);
    auto *eveningLayout = new QVBoxLayout(eveningBox);
    m_reminder = new ReminderEditor(settings, eveningBox);
    eveningLayout->addWidget(m_reminder);
    layout->addWidget(eveningBox);

    auto *yoursBox = new QGroupBox(tr("Your medicines and factors"), this);
    auto *yours = new QVBoxLayout(yoursBox);
    m_medicines = paragraph(QString(), yoursBox);
    auto *medicines = new QPushButton(tr("Add &medicines\u2026"), yoursBox);
    medicines->setAccessibleName(tr("Add the medicines you take, with their start dates"));
    yours->addWidget(m_medicines);
    yours->addWidget(medicines, 0, Qt::AlignLeft);
    m_factors = paragraph(QString(), yoursBox);
    auto *factors = new QPushButton(tr("Add your own &factors\u2026"), yoursBox);
    factors->setAccessibleName(tr("Add factors of your own to the evening check-in"));
    yours->addWidget(m_factors);
    yours->addWidget(factors, 0, Qt::AlignLeft);
    layout->addWidget(yoursBox);
    connect(medicines, &QPushButton::clicked, this, &WelcomeDialog::openMedicines);
    connect(factors, &QPushButton::clicked, this, &WelcomeDialog::openFactors);

    m_problem = paragraph(QString(), this);
    Tone::set(m_problem, Tone::Kind::Problem);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(this);
    auto *start = buttons->addButton(tr("&Start my diary"), QDialogButtonBox::AcceptRole);
    start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &WelcomeDialog::accept);
    layout->addWidget(buttons);
    describeNight();
    describeDiary();
    // Wrapped paragraphs need their full height at this width.
    resize(640, heightForWidth(640));
}

void WelcomeDialog::describeNight()
{
    const int hour = m_boundary->value();
    m_nightExample->setText(
            tr("Each night runs from %1:00 to %1:00 the next day and is named after the day it starts: a cramp at "
               "02:30 on a Tuesday belongs to Monday's night.")
                    .arg(hour, 2, 10, QLatin1Char('0')));
}

void WelcomeDialog::describeDiary()
{
    QStringList names;
    for (const Medication &medication : m_diary.medications())
        names.append(medication.name);
    m_medicines->setText(names.isEmpty() ? tr("No medicines yet. Some medicines (diuretics, statins and others) "
                                              "are linked to cramps; with their start dates the diary can compare.")
                                         : tr("Medicines: %1").arg(names.join(QStringLiteral(", "))));
    QStringList own;
    for (const Factor &factor : m_diary.factors(true))
        if (factor.builtinKey.isEmpty())
            own.append(factor.name);
    m_factors->setText(own.isEmpty() ? tr("The check-in asks about water, stretching, sleep position, exercise, "
                                          "sitting, stress and more. Add anything else you suspect.")
                                     : tr("Your own factors: %1").arg(own.join(QStringLiteral(", "))));
}

void WelcomeDialog::openMedicines()
{
    MedicationManagerDialog dialog(m_diary, this, &m_guidance);
    m_runDialog(dialog);
    describeDiary();
}

void WelcomeDialog::openFactors()
{
    FactorManagerDialog dialog(m_diary, this);
    m_runDialog(dialog);
    describeDiary();
}

void WelcomeDialog::accept()
{
    m_nightRule.change(m_boundary->value(), m_settings.wakeUpHour(), m_nightRule.firstDayOfWeek());
    QString problem;
    // Told once why the reminder timer could not be set up, a second press starts anyway.
    if (m_problem->isHidden() && !m_reminder->apply(m_settings, m_diary.path(), &problem)) {
        m_problem->setText(tr("%1\nThe reminder will only come while the window is open.").arg(problem));
        m_problem->show();
        return;
    }
    m_settings.setNightMode(m_dimAtNight->isChecked() ? AppSettings::NightMode::Automatic
                                                      : AppSettings::NightMode::Off);
    m_settings.setDisclaimerAccepted(true);
    m_settings.sync();
    QDialog::accept();
}
