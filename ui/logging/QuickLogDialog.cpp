#include "ui/logging/QuickLogDialog.h"

#include "core/domain/DisplayNames.h"
#include "ui/undo/UndoableDiary.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

QuickLogDialog::QuickLogDialog(UndoableDiary &diary, const NightClock &clock, const Episode &recorded, QWidget *parent)
    : QDialog(parent)
    , m_diary(diary)
    , m_clock(clock)
    , m_recorded(recorded)
{
    setWindowTitle(tr("Cramp logged"));
    setAccessibleName(tr("Quick cramp log"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);

    auto *headline = new QLabel(tr("<b>Cramp recorded at %1.</b> Add what you can, or just press Done.")
                                        .arg(recorded.start.toString(QStringLiteral("HH:mm"))),
                                this);
    headline->setWordWrap(true);
    layout->addWidget(headline);

    layout->addWidget(sectionLabel(tr("How bad? (0 none, 10 worst imaginable)"), this));
    m_severity = new QButtonGroup(this);
    QList<std::pair<int, QString>> severities;
    for (int s = 0; s <= 10; ++s)
        severities.append({ s, QString::number(s) });
    layout->addWidget(makeTargets(m_severity, severities, 48));
    for (QAbstractButton *button : m_severity->buttons())
        button->setAccessibleName(tr("Severity %1 of 10").arg(m_severity->id(button)));
    // Digits pick a severity directly; 0 doubles as 10 is too clever at 3 a.m., so 0 is 0.
    for (int digit = 0; digit <= 9; ++digit) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_0 + digit), this);
        connect(shortcut, &QShortcut::activated, this, [this, digit] { chooseSeverity(digit); });
    }

    layout->addWidget(sectionLabel(tr("Which leg?"), this));
    m_leg = new QButtonGroup(this);
    QList<std::pair<int, QString>> legs;
    for (Leg leg : allValues<Leg>())
        legs.append({ int(leg), DisplayNames::of(leg) });
    layout->addWidget(makeTargets(m_leg, legs, 120));
    for (QAbstractButton *button : m_leg->buttons())
        button->setAccessibleName(tr("Leg: %1").arg(button->text()));

    layout->addWidget(sectionLabel(tr("Which muscle?"), this));
    m_muscle = new QButtonGroup(this);
    QList<std::pair<int, QString>> muscles;
    for (Muscle muscle : allValues<Muscle>())
        muscles.append({ int(muscle), DisplayNames::of(muscle) });
    layout->addWidget(makeTargets(m_muscle, muscles, 100));
    for (QAbstractButton *button : m_muscle->buttons())
        button->setAccessibleName(tr("Muscle: %1").arg(button->text()));
    chooseMuscle(recorded.muscle.value_or(Muscle::Calf)); // most night cramps are in the calf
    if (recorded.severity)
        chooseSeverity(*recorded.severity);
    if (recorded.leg)
        chooseLeg(*recorded.leg);

    layout->addWidget(sectionLabel(tr("When?"), this));
    auto *when = new QGridLayout;
    m_now = new QRadioButton(tr("&Just now"), this);
    m_now->setAccessibleName(tr("It happened just now"));
    m_now->setChecked(true);
    m_earlier = new QRadioButton(tr("&Earlier this night, at"), this);
    m_earlier->setAccessibleName(tr("It happened earlier this night"));
    m_time = new QTimeEdit(QTime(3, 0), this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Time of the cramp"));
    m_time->setEnabled(false);
    m_count = new QSpinBox(this);
    m_count->setRange(1, 10);
    m_count->setAccessibleName(tr("How many cramps like this"));
    auto *countLabel = new QLabel(tr("How &many cramps like this?"), this);
    countLabel->setBuddy(m_count);
    m_timeProblem = new QLabel(this);
    m_timeProblem->setObjectName(QStringLiteral("problem"));
    m_timeProblem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_timeProblem->setWordWrap(true);
    m_timeProblem->hide();
    when->addWidget(m_now, 0, 0, 1, 2);
    when->addWidget(m_earlier, 1, 0);
    when->addWidget(m_time, 1, 1);
    when->addWidget(countLabel, 2, 0);
    when->addWidget(m_count, 2, 1);
    when->addWidget(m_timeProblem, 3, 0, 1, 2);
    when->setColumnStretch(2, 1);
    layout->addLayout(when);
    connect(m_earlier, &QRadioButton::toggled, m_time, &QWidget::setEnabled);
    connect(m_time, &QTimeEdit::timeChanged, m_timeProblem, &QWidget::hide);

    auto *buttons = new QDialogButtonBox(this);
    auto *details = buttons->addButton(tr("More &details\u2026"), QDialogButtonBox::ActionRole);
    details->setAccessibleName(tr("Save and open all details"));
    auto *done = buttons->addButton(tr("&Done"), QDialogButtonBox::AcceptRole);
    done->setAccessibleName(tr("Done"));
    done->setDefault(true);
    done->setMinimumHeight(44);
    details->setMinimumHeight(44);
    connect(details, &QPushButton::clicked, this, [this] { finish(true); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { finish(false); });
    layout->addWidget(buttons);
    done->setFocus();
}

QWidget *QuickLogDialog::makeTargets(QButtonGroup *group, const QList<std::pair<int, QString>> &choices,
                                     int minimumWidth)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    group->setExclusive(true);
    for (const auto &[id, text] : choices) {
        auto *button = new QPushButton(text, row);
        button->setCheckable(true);
        button->setMinimumSize(minimumWidth, 48);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        // A chosen target must stand out at a glance, in the day and the night palette.
        button->setStyleSheet(QStringLiteral("QPushButton:checked { background: palette(highlight); "
                                             "color: palette(highlighted-text); font-weight: bold; "
                                             "border: 2px solid palette(highlighted-text); border-radius: 4px; }"));
        group->addButton(button, id);
        layout->addWidget(button);
    }
    return row;
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
    m_time->setTime(time);
    m_count->setValue(count);
}

std::optional<QDateTime> QuickLogDialog::chosenStart() const
{
    if (m_now->isChecked())
        return m_recorded.start;
    // The chosen clock time within the night the cramp was recorded in.
    const QDate night = m_clock.nightOf(m_recorded.start);
    const QTime time = m_time->time();
    const QDate day = time.hour() >= m_clock.boundaryHour() ? night : night.addDays(1);
    const QDateTime local(day, time, Qt::OffsetFromUTC, m_recorded.start.offsetFromUtc());
    if (local > QDateTime::currentDateTime().addSecs(5 * 60))
        return std::nullopt;
    return local;
}

void QuickLogDialog::accept()
{
    finish(false);
}

void QuickLogDialog::finish(bool details)
{
    const auto start = chosenStart();
    if (!start) {
        m_timeProblem->setText(tr("%1 has not come yet this night. Choose an earlier time, or \u201cJust now\u201d.")
                                       .arg(m_time->time().toString(QStringLiteral("HH:mm"))));
        m_timeProblem->show();
        m_time->setFocus();
        return;
    }
    Episode episode = m_recorded;
    episode.start = *start;
    if (m_severity->checkedId() >= 0)
        episode.severity = m_severity->checkedId();
    if (m_leg->checkedId() >= 0)
        episode.leg = Leg(m_leg->checkedId());
    if (m_muscle->checkedId() >= 0)
        episode.muscle = Muscle(m_muscle->checkedId());
    if (!m_diary.editEpisode(episode))
        return; // the diary said why; the recorded cramp is kept as it was
    m_recorded = episode;
    if (m_count->value() > 1) {
        QList<Episode> more;
        for (int i = 1; i < m_count->value(); ++i) {
            Episode copy = episode;
            copy.id = 0;
            more.append(copy);
        }
        if (m_diary.addEpisodes(more).isEmpty())
            return;
    }
    m_wantsDetails = details;
    QDialog::accept();
}
