#include "ui/logging/EpisodeEditorDialog.h"

#include "core/domain/DateText.h"
#include "core/domain/DisplayNames.h"
#include "core/domain/EpisodeValidator.h"
#include "core/guidance/GuidanceLibrary.h"
#include "ui/guidance/GuidanceButton.h"
#include "ui/style/ScreenReaderNames.h"
#include "ui/style/Tone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// Tri-state answers: not recorded, yes, no. Index 0 is always "not recorded".
QComboBox *yesNoCombo(const QString &accessibleName, std::optional<bool> value, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(EpisodeEditorDialog::tr("Not recorded"));
    combo->addItem(EpisodeEditorDialog::tr("Yes"));
    combo->addItem(EpisodeEditorDialog::tr("No"));
    combo->setAccessibleName(accessibleName);
    combo->setCurrentIndex(value ? (*value ? 1 : 2) : 0);
    return combo;
}

std::optional<bool> yesNoValue(const QComboBox *combo)
{
    if (combo->currentIndex() == 0)
        return std::nullopt;
    return combo->currentIndex() == 1;
}

template<typename E>
QComboBox *enumCombo(const QString &accessibleName, std::optional<E> value, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(EpisodeEditorDialog::tr("Not recorded"));
    for (E item : allValues<E>())
        combo->addItem(DisplayNames::of(item), int(item));
    combo->setAccessibleName(accessibleName);
    if (value)
        combo->setCurrentIndex(combo->findData(int(*value)));
    return combo;
}

template<typename E>
std::optional<E> enumValue(const QComboBox *combo)
{
    return combo->currentIndex() <= 0 ? std::nullopt : std::optional<E>(E(combo->currentData().toInt()));
}

// A spin box whose lowest value means "not recorded".
QSpinBox *ratingSpin(const QString &accessibleName, std::optional<int> value, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(-1, 10);
    spin->setSpecialValueText(EpisodeEditorDialog::tr("Not recorded"));
    spin->setSuffix(EpisodeEditorDialog::tr(" / 10"));
    spin->setAccessibleName(accessibleName);
    spin->setValue(value.value_or(-1));
    return spin;
}
} // namespace

EpisodeEditorDialog::EpisodeEditorDialog(const Episode &episode, QWidget *parent, const GuidanceLibrary *guidance)
    : QDialog(parent)
    , m_original(episode)
    , m_result(episode)
{
    setWindowTitle(episode.id ? tr("Edit cramp") : tr("New cramp"));
    setAccessibleName(windowTitle());
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // its fields are the Tab stops, and Tab scrolls to them
    auto *page = new QWidget(scroll);
    auto *columns = new QHBoxLayout(page);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // Show the wall clock the cramp was lived by, not this computer's zone: the edit
    // converts whatever it is given to local time, so give it the plain date and time.
    const QDateTime lived = episode.start.isValid() ? episode.start : QDateTime::currentDateTime();
    m_start = new QDateTimeEdit(QDateTime(lived.date(), lived.time()), page);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(DateText::datePattern() + QStringLiteral(" HH:mm")); // as the rest of the app
    m_start->setAccessibleName(tr("Start time"));
    form->addRow(tr("&Started"), m_start);
    addProblemLabel(form, QStringLiteral("start"));

    auto *durationRow = new QHBoxLayout;
    m_duration = new QLineEdit(page);
    m_duration->setPlaceholderText(tr("unknown"));
    m_duration->setAccessibleName(tr("Duration"));
    m_durationUnit = new QComboBox(page);
    m_durationUnit->addItem(tr("seconds"));
    m_durationUnit->addItem(tr("minutes"));
    m_durationUnit->setAccessibleName(tr("Duration unit"));
    ScreenReaderNames::labelDropDown(m_durationUnit, tr("Duration unit"));
    m_durationUnit->setCurrentIndex(1); // people think of a cramp's length in minutes
    if (episode.durationSeconds) {
        const int seconds = *episode.durationSeconds;
        const bool minutes = seconds % 60 == 0;
        m_durationUnit->setCurrentIndex(minutes ? 1 : 0);
        m_duration->setText(QString::number(minutes ? seconds / 60 : seconds));
    }
    durationRow->addWidget(m_duration, 1);
    durationRow->addWidget(m_durationUnit);
    auto *durationLabel = new QLabel(tr("&Lasted"), page);
    durationLabel->setBuddy(m_duration);
    form->addRow(durationLabel, durationRow);
    addProblemLabel(form, QStringLiteral("duration"));

    m_severity = ratingSpin(tr("Severity, 0 to 10"), episode.severity, page);
    form->addRow(tr("Se&verity"), m_severity);
    addProblemLabel(form, QStringLiteral("severity"));
    m_leg = enumCombo<Leg>(tr("Leg"), episode.leg, page);
    form->addRow(tr("L&eg"), m_leg);
    m_muscle = enumCombo<Muscle>(tr("Muscle"), episode.muscle, page);
    form->addRow(tr("&Muscle"), m_muscle);
    m_woke = yesNoCombo(tr("Woke me from sleep"), episode.wokeFromSleep, page);
    form->addRow(tr("&Woke me"), m_woke);
    m_sleepDisturbance = ratingSpin(tr("Sleep disturbance, 0 to 10"), episode.sleepDisturbance, page);
    form->addRow(tr("Sleep &disturbance"), m_sleepDisturbance);
    addProblemLabel(form, QStringLiteral("sleepDisturbance"));
    m_soreness = yesNoCombo(tr("Sore afterwards"), episode.sorenessAfter, page);
    form->addRow(tr("S&ore afterwards"), m_soreness);
    m_notes = new QPlainTextEdit(episode.notes, page);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(80);
    form->addRow(tr("&Notes"), m_notes);
    addProblemLabel(form, QStringLiteral("notes"));
    columns->addLayout(form, 3);

    auto *right = new QVBoxLayout;
    auto *reliefBox = new QGroupBox(tr("What I tried"), page);
    auto *reliefGrid = new QGridLayout(reliefBox);
    int row = 0;
    for (Relief relief : allValues<Relief>()) {
        auto *tried = new QCheckBox(DisplayNames::of(relief), reliefBox);
        tried->setAccessibleName(tr("Tried: %1").arg(DisplayNames::of(relief)));
        auto *helped = new QComboBox(reliefBox);
        helped->addItems({ tr("Helped?"), tr("Helped"), tr("Didn't help") });
        helped->setAccessibleName(tr("Did %1 help?").arg(DisplayNames::insideSentence(DisplayNames::of(relief))));
        ScreenReaderNames::labelDropDown(helped, helped->accessibleName());
        helped->setEnabled(false);
        connect(tried, &QCheckBox::toggled, helped, &QWidget::setEnabled);
        for (const ReliefTried &r : episode.reliefs) {
            if (r.relief == relief) {
                tried->setChecked(true);
                helped->setCurrentIndex(r.helped ? (*r.helped ? 1 : 2) : 0);
            }
        }
        reliefGrid->addWidget(tried, row, 0);
        reliefGrid->addWidget(helped, row, 1);
        if (guidance)
            reliefGrid->addWidget(new GuidanceButton(*guidance, guidance->topicForRelief(relief),
                                                     DisplayNames::of(relief), reliefBox),
                                  row, 2);
        m_reliefTried.insert(relief, tried);
        m_reliefHelped.insert(relief, helped);
        ++row;
    }
    right->addWidget(reliefBox);

    auto *signBox = new QGroupBox(tr("Warning signs noticed (a clinician should see these)"), page);
    auto *signLayout = new QVBoxLayout(signBox);
    for (WarningSign sign : allValues<WarningSign>()) {
        auto *check = new QCheckBox(DisplayNames::of(sign), signBox);
        check->setAccessibleName(tr("Warning sign: %1").arg(DisplayNames::of(sign)));
        check->setChecked(episode.warningSigns.contains(sign));
        auto *signRow = new QHBoxLayout;
        signRow->addWidget(check, 1);
        if (guidance)
            signRow->addWidget(
                    new GuidanceButton(*guidance, guidance->topicForSign(sign), DisplayNames::of(sign), signBox));
        signLayout->addLayout(signRow);
        m_signs.insert(sign, check);
    }
    right->addWidget(signBox);
    right->addStretch();
    columns->addLayout(right, 2);

    scroll->setWidget(page);
    outer->addWidget(scroll);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save cramp"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel without saving"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EpisodeEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    resize(860, 640);
}

QLabel *EpisodeEditorDialog::addProblemLabel(QFormLayout *form, const QString &field)
{
    auto *label = new QLabel(this);
    Tone::set(label, Tone::Kind::Problem);
    label->setWordWrap(true);
    label->setAccessibleName(tr("Problem"));
    label->hide();
    form->addRow(QString(), label);
    m_problems.insert(field, label);
    return label;
}

QString EpisodeEditorDialog::problemText(const QString &field) const
{
    const QLabel *label = m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void EpisodeEditorDialog::showProblem(const QString &field, const QString &message)
{
    QLabel *label = m_problems.value(field, m_problems.value(QStringLiteral("notes")));
    label->setText(label->isHidden() ? message : label->text() + QLatin1Char('\n') + message);
    label->show();
}

void EpisodeEditorDialog::clearProblems()
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
}

std::optional<Episode> EpisodeEditorDialog::collect()
{
    clearProblems();
    Episode e = m_original;
    bool parsed = true;
    // The edit shows the wall clock the cramp was lived by; keep that offset when it was set.
    const QDateTime shown = m_start->dateTime();
    e.start = m_original.start.isValid()
            ? QDateTime(shown.date(), shown.time(), Qt::OffsetFromUTC, m_original.start.offsetFromUtc())
            : withFixedOffset(shown);

    const QString durationText = m_duration->text().trimmed();
    if (durationText.isEmpty()) {
        e.durationSeconds.reset();
    } else {
        bool ok = false;
        const double amount = QLocale().toDouble(durationText, &ok);
        const double seconds = amount * (m_durationUnit->currentIndex() == 1 ? 60 : 1);
        if (!ok) {
            showProblem(QStringLiteral("duration"),
                        tr("Enter the duration as a number, or leave it empty if unknown."));
            parsed = false;
        } else {
            e.durationSeconds = int(std::lround(std::clamp(seconds, -1e9, 1e9)));
        }
    }
    e.severity = m_severity->value() < 0 ? std::nullopt : std::optional<int>(m_severity->value());
    e.leg = enumValue<Leg>(m_leg);
    e.muscle = enumValue<Muscle>(m_muscle);
    e.wokeFromSleep = yesNoValue(m_woke);
    e.sleepDisturbance
            = m_sleepDisturbance->value() < 0 ? std::nullopt : std::optional<int>(m_sleepDisturbance->value());
    e.sorenessAfter = yesNoValue(m_soreness);
    e.reliefs.clear();
    for (Relief relief : allValues<Relief>()) {
        if (!m_reliefTried.value(relief)->isChecked())
            continue;
        const int helped = m_reliefHelped.value(relief)->currentIndex();
        e.reliefs.append({ relief, helped == 0 ? std::nullopt : std::optional<bool>(helped == 1) });
    }
    e.warningSigns.clear();
    for (WarningSign sign : allValues<WarningSign>()) {
        if (m_signs.value(sign)->isChecked())
            e.warningSigns.append(sign);
    }
    e.notes = m_notes->toPlainText();

    const QList<FieldProblem> problems = EpisodeValidator::validate(e, QDateTime::currentDateTime());
    for (const FieldProblem &problem : problems)
        showProblem(problem.field, problem.message);
    if (!parsed || !problems.isEmpty())
        return std::nullopt;
    return e;
}

void EpisodeEditorDialog::accept()
{
    const auto episode = collect();
    if (!episode)
        return;
    m_result = *episode;
    QDialog::accept();
}
