#include "ui/logging/QuickLogDialog.h"

#include "core/domain/DateText.h"
#include "core/domain/DisplayNames.h"
#include "core/domain/TypedTime.h"
#include "ui/logging/QuickLogKeys.h"
#include "ui/style/FitScrollArea.h"
#include "ui/style/TextSize.h"
#include "ui/style/Tone.h"
#include "ui/undo/UndoableDiary.h"

#include <algorithm>

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFocusEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    TextSize::scaleFont(label, 1.2, true);
    return label;
}

constexpr int TenWindowMs = 1500; // "1" then "0" within this is 10, not 0
} // namespace

QuickLogDialog::QuickLogDialog(UndoableDiary &diary, const NightClock &clock, const Episode &recorded, QWidget *parent,
                               Now now)
    : QDialog(parent)
    , m_diary(diary)
    , m_clock(clock)
    , m_recorded(recorded)
    , m_currentTime(std::move(now))
{
    setWindowTitle(tr("Cramp logged"));
    setAccessibleName(tr("Quick cramp log"));
    // The sheet scrolls only where the screen is too small for it (large text on a small
    // screen); Done and More details stay in view below it.
    QVBoxLayout *layout = FitScrollArea::bodyOf(this);
    // The dialog grows with what it shows, so a message below the time is never cut off.
    QDialog::layout()->setSizeConstraint(QLayout::SetMinimumSize);
    layout->setSpacing(12);

    auto *headline = new QLabel(tr("<b>Cramp recorded at %1.</b> Add what you can, or just press Enter.")
                                        .arg(DateText::time(recorded.start)),
                                this);
    headline->setWordWrap(true);
    layout->addWidget(headline);
    auto *keys = new QLabel(tr("Keys: 0 to 9 for how bad (1 then 0 for 10), the letter on a leg or muscle, "
                               "Enter when done, Esc to close keeping what you chose."),
                            this);
    keys->setObjectName(QStringLiteral("keysHint"));
    keys->setWordWrap(true);
    layout->addWidget(keys);

    layout->addWidget(sectionLabel(tr("How bad? (0 none, 10 worst imaginable)"), this));
    m_severity = new QButtonGroup(this);
    QList<Choice> severities;
    for (int s = 0; s <= 10; ++s)
        severities.append({ s, QString::number(s), {} });
    layout->addWidget(makeTargets(m_severity, severities, 44, int(severities.size())));
    for (QAbstractButton *button : m_severity->buttons()) {
        const int severity = m_severity->id(button);
        button->setAccessibleName(tr("Severity %1 of 10").arg(severity));
        button->setAccessibleDescription(severity == 10 ? tr("Keys 1 then 0") : tr("Key %1").arg(severity));
    }
    for (int digit = 0; digit <= 9; ++digit) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_0 + digit), this);
        connect(shortcut, &QShortcut::activated, this, [this, digit] { typeDigit(digit); });
    }

    layout->addWidget(sectionLabel(tr("Which leg?"), this));
    m_leg = new QButtonGroup(this);
    QList<Choice> legs;
    for (Leg leg : allValues<Leg>())
        legs.append({ int(leg), DisplayNames::of(leg), QuickLogKeys::of(leg) });
    layout->addWidget(makeTargets(m_leg, legs, 120, 3));
    for (QAbstractButton *button : m_leg->buttons())
        button->setAccessibleName(
                tr("Leg: %1, key %2")
                        .arg(DisplayNames::of(Leg(m_leg->id(button))), QuickLogKeys::of(Leg(m_leg->id(button)))));

    layout->addWidget(sectionLabel(tr("Which muscle?"), this));
    m_muscle = new QButtonGroup(this);
    QList<Choice> muscles;
    for (Muscle muscle : allValues<Muscle>())
        muscles.append({ int(muscle), DisplayNames::of(muscle), QuickLogKeys::of(muscle) });
    layout->addWidget(makeTargets(m_muscle, muscles, 100, 3)); // two rows: room for the words
    for (QAbstractButton *button : m_muscle->buttons())
        button->setAccessibleName(tr("Muscle: %1, key %2")
                                          .arg(DisplayNames::of(Muscle(m_muscle->id(button))),
                                               QuickLogKeys::of(Muscle(m_muscle->id(button)))));
    // Nothing is chosen for the person: a guessed muscle would bias the diary's figures.
    if (recorded.severity)
        chooseSeverity(*recorded.severity);
    if (recorded.leg)
        chooseLeg(*recorded.leg);
    if (recorded.muscle)
        chooseMuscle(*recorded.muscle);

    layout->addWidget(sectionLabel(tr("When?"), this));
    auto *when = new QGridLayout;
    m_now = new QRadioButton(tr("&Just now"), this);
    m_now->setAccessibleName(tr("It happened just now"));
    m_now->setChecked(true);
    m_earlier = new QRadioButton(tr("&Earlier this night, at"), this);
    m_earlier->setAccessibleName(tr("It happened earlier this night"));
    m_time = new QLineEdit(this);
    m_time->setPlaceholderText(tr("e.g. 03:30"));
    m_time->setAccessibleName(tr("Time of the cramp"));
    m_time->setAccessibleDescription(tr("Type it as 0330, 3:30 or 3"));
    m_time->setMaxLength(12);
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00 pm")) + 24);
    // Clicking the time or typing one means "earlier"; choosing "earlier" puts the cursor
    // there. Tab only passes through: Enter after it still logs "just now".
    m_time->installEventFilter(this);
    m_reading = new QLabel(this);
    m_reading->setObjectName(QStringLiteral("reading"));
    m_reading->setWordWrap(true);
    m_count = new QSpinBox(this);
    m_count->setRange(1, 10);
    m_count->setAccessibleName(tr("How many cramps like this"));
    auto *countLabel = new QLabel(tr("How &many cramps like this?"), this);
    countLabel->setBuddy(m_count);
    m_timeProblem = new QLabel(this);
    m_timeProblem->setObjectName(QStringLiteral("problem"));
    Tone::set(m_timeProblem, Tone::Kind::Problem);
    m_timeProblem->setWordWrap(true);
    m_timeProblem->hide();
    when->addWidget(m_now, 0, 0, 1, 2);
    when->addWidget(m_earlier, 1, 0);
    when->addWidget(m_time, 1, 1);
    when->addWidget(m_reading, 1, 2);
    when->addWidget(countLabel, 2, 0);
    when->addWidget(m_count, 2, 1);
    when->addWidget(m_timeProblem, 3, 0, 1, 3);
    when->setColumnStretch(2, 1);
    layout->addLayout(when);
    connect(m_earlier, &QRadioButton::toggled, this, [this](bool earlier) {
        if (earlier && !m_time->hasFocus()) {
            m_time->setFocus(Qt::OtherFocusReason);
            m_time->selectAll();
        }
        showReading();
    });
    connect(m_time, &QLineEdit::textEdited, this, [this](const QString &typed) {
        if (!typed.trimmed().isEmpty())
            m_earlier->setChecked(true);
    });
    connect(m_time, &QLineEdit::textChanged, this, [this] {
        m_timeProblem->hide();
        m_escapeWarned = false;
        showReading();
    });

    auto *buttons = new QDialogButtonBox(this);
    auto *details = buttons->addButton(tr("More de&tails\u2026"), QDialogButtonBox::ActionRole);
    details->setAccessibleName(tr("Save and open all details"));
    // Enter is Done from every control, so Done needs no letter of its own.
    auto *done = buttons->addButton(tr("Done (Enter)"), QDialogButtonBox::AcceptRole);
    done->setAccessibleName(tr("Done"));
    done->setDefault(true);
    done->setMinimumHeight(44);
    details->setMinimumHeight(44);
    connect(details, &QPushButton::clicked, this, [this] { finish(true); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { finish(false); });
    QDialog::layout()->addWidget(buttons);
    for (const auto key : { Qt::Key_Return, Qt::Key_Enter }) {
        auto *enter = new QShortcut(QKeySequence(key), this);
        connect(enter, &QShortcut::activated, this, [this] { finish(false); });
    }
    done->setFocus();
}

QWidget *QuickLogDialog::makeTargets(QButtonGroup *group, const QList<Choice> &choices, int minimumWidth, int columns)
{
    auto *row = new QWidget(this);
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    group->setExclusive(true);
    for (const Choice &choice : choices) {
        const QString text
                = choice.key.isEmpty() ? choice.text : tr("%1 (%2)", "target and its key").arg(choice.text, choice.key);
        auto *button = new QPushButton(text, row);
        button->setCheckable(true);
        button->setAutoDefault(false); // Enter stays Done after a target is clicked
        // Never narrower than its words, at whatever text size the sheet opens with.
        button->setMinimumSize(std::max(minimumWidth, button->fontMetrics().horizontalAdvance(text) + 24), 48);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        Tone::set(button, Tone::Kind::Target);
        group->addButton(button, choice.id);
        const int index = int(group->buttons().size()) - 1;
        layout->addWidget(button, index / columns, index % columns);
        if (!choice.key.isEmpty()) {
            auto *shortcut = new QShortcut(QKeySequence(choice.key), this);
            // The chosen target takes the focus, so a screen reader says what the key chose.
            connect(shortcut, &QShortcut::activated, button, [button] {
                button->setChecked(true);
                button->setFocus(Qt::ShortcutFocusReason);
            });
        }
    }
    return row;
}

void QuickLogDialog::typeDigit(int digit)
{
    const bool ten
            = digit == 0 && m_severity->checkedId() == 1 && m_sinceOne.isValid() && m_sinceOne.elapsed() < TenWindowMs;
    chooseSeverity(ten ? 10 : digit);
    if (QAbstractButton *chosen = m_severity->checkedButton())
        chosen->setFocus(Qt::ShortcutFocusReason); // read out, as a target chosen by its letter
    if (digit == 1)
        m_sinceOne.start();
    else
        m_sinceOne.invalidate();
}

void QuickLogDialog::chooseSeverity(int severity)
{
    if (auto *button = m_severity->button(severity))
        button->setChecked(true);
}

void QuickLogDialog::chooseLeg(Leg leg)
{
    if (auto *button = m_leg->button(int(leg)))
        button->setChecked(true);
}

void QuickLogDialog::chooseMuscle(Muscle muscle)
{
    if (auto *button = m_muscle->button(int(muscle)))
        button->setChecked(true);
}

void QuickLogDialog::chooseEarlierTime(QTime time, int count)
{
    m_earlier->setChecked(true);
    m_time->setText(DateText::time(time));
    m_count->setValue(count);
}

void QuickLogDialog::startEarlier()
{
    m_earlier->setChecked(true);
    m_time->setFocus(Qt::OtherFocusReason);
    m_time->selectAll();
}

bool QuickLogDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_time && event->type() == QEvent::FocusIn
        && static_cast<QFocusEvent *>(event)->reason() == Qt::MouseFocusReason)
        m_earlier->setChecked(true);
    return QDialog::eventFilter(watched, event);
}

std::optional<QDateTime> QuickLogDialog::chosenStart(QString *problem) const
{
    if (m_now->isChecked())
        return m_recorded.start;
    const auto time = TypedTime::read(m_time->text());
    if (!time) {
        if (problem)
            *problem = m_time->text().trimmed().isEmpty()
                    ? tr("Type the time of the cramp, such as 0330 or 3:30, or choose \u201cJust now\u201d.")
                    : tr("\u201c%1\u201d is not a time. Type it as 0330, 3:30 or 3.").arg(m_time->text().trimmed());
        return std::nullopt;
    }
    // The clock time within the night the cramp was recorded in: each clock time comes once.
    const QDate night = m_clock.nightOf(m_recorded.start);
    const QDate day = time->hour() >= m_clock.boundaryHour() ? night : night.addDays(1);
    const QDateTime local(day, *time, Qt::OffsetFromUTC, m_recorded.start.offsetFromUtc());
    if (local > m_currentTime().addSecs(5 * 60)) {
        if (problem)
            *problem = tr("%1 has not come yet this night. Type an earlier time, or choose \u201cJust now\u201d.")
                               .arg(DateText::time(*time));
        return std::nullopt;
    }
    return local;
}

void QuickLogDialog::showReading()
{
    // What will be saved, in words, before it is: the time and the night it belongs to.
    const auto start = m_earlier->isChecked() && !m_time->text().trimmed().isEmpty() ? chosenStart() : std::nullopt;
    m_reading->setText(
            start ? tr("= %1, the night of %2").arg(DateText::time(*start), DateText::shortDay(m_clock.nightOf(*start)))
                  : QString());
}

void QuickLogDialog::showTimeProblem(const QString &text)
{
    m_timeProblem->setText(text);
    m_timeProblem->show();
    adjustSize();
}

void QuickLogDialog::accept()
{
    finish(false);
}

void QuickLogDialog::reject()
{
    if (!m_saved) {
        QString problem;
        const auto start = chosenStart(&problem);
        // A typed time that cannot be kept is said once; Escape again closes, and the cramp
        // keeps the time it was recorded at (as it does when no time was typed).
        if (!start && !m_escapeWarned && !m_time->text().trimmed().isEmpty()) {
            m_escapeWarned = true;
            showTimeProblem(
                    problem + QLatin1Char(' ')
                    + tr("Press Esc again to close; the cramp then keeps %1.").arg(DateText::time(m_recorded.start)));
            m_time->setFocus();
            return;
        }
        save(start.value_or(m_recorded.start));
    }
    QDialog::reject();
}

bool QuickLogDialog::save(const QDateTime &start)
{
    Episode episode = m_recorded;
    episode.start = start;
    if (m_severity->checkedId() >= 0)
        episode.severity = m_severity->checkedId();
    if (m_leg->checkedId() >= 0)
        episode.leg = Leg(m_leg->checkedId());
    if (m_muscle->checkedId() >= 0)
        episode.muscle = Muscle(m_muscle->checkedId());
    if (!(episode == m_recorded) && !m_diary.editEpisode(episode))
        return false; // the diary said why; the recorded cramp is kept as it was
    m_recorded = episode;
    if (m_count->value() > 1) {
        QList<Episode> more;
        for (int i = 1; i < m_count->value(); ++i) {
            Episode copy = episode;
            copy.id = 0;
            more.append(copy);
        }
        if (m_diary.addEpisodes(more).isEmpty())
            return false;
    }
    m_saved = true;
    return true;
}

void QuickLogDialog::finish(bool details)
{
    QString problem;
    const auto start = chosenStart(&problem);
    if (!start) {
        showTimeProblem(problem);
        m_time->setFocus();
        return;
    }
    if (!m_saved && !save(*start))
        return;
    m_wantsDetails = details;
    QDialog::accept();
}
