#include "ui/home/HomeView.h"

#include "core/domain/DateText.h"
#include "core/domain/NightClock.h"
#include "core/experiment/ExperimentWording.h"
#include "core/guidance/RedFlagRules.h"
#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/home/RecentNights.h"
#include "ui/logging/CheckinSummary.h"
#include "ui/style/TextSize.h"
#include "ui/style/Tone.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *makeLabel(QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    TextSize::scaleFont(label, scale, bold);
    return label;
}

// "2 cramps, worst 7/10", or "2 cramps" when none had a severity (worst below 0).
QString crampsAndWorst(qsizetype count, int worst)
{
    return worst >= 0 ? HomeView::tr("%n cramp(s), worst %1/10", nullptr, int(count)).arg(worst)
                      : HomeView::tr("%n cramp(s)", nullptr, int(count));
}

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    return frame;
}

QPushButton *bigButton(QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setMinimumHeight(72);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    TextSize::scaleFont(button, 1.35, true);
    return button;
}
} // namespace

HomeView::HomeView(DiaryRepository &diary, AppSettings &settings, const NightRule &nightRule, QWidget *parent)
    : QWidget(parent)
    , m_diary(diary)
    , m_settings(settings)
    , m_nightRule(nightRule)
{
    setAccessibleName(tr("Home"));
    connect(&m_nightRule, &NightRule::changed, this, &HomeView::refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);

    m_banner = makeLabel(this);
    Tone::set(m_banner, Tone::Kind::Banner);
    m_banner->hide();
    layout->addWidget(m_banner);

    // The note's bar is drawn by its frame; the label itself stays unstyled so its text and
    // link take the palette's colours.
    m_trendBox = new QFrame(this);
    Tone::set(m_trendBox, Tone::Kind::Note);
    auto *trendLayout = new QHBoxLayout(m_trendBox);
    trendLayout->setContentsMargins(10, 6, 10, 6);
    m_trend = makeLabel(m_trendBox);
    m_trend->setTextFormat(Qt::RichText);
    m_trend->setTextInteractionFlags(Qt::TextBrowserInteraction); // links by Tab and Enter too
    m_trend->setAccessibleDescription(tr("Something to mention to a clinician"));
    trendLayout->addWidget(m_trend);
    m_trendBox->hide();
    connect(m_trend, &QLabel::linkActivated, this, [this](const QString &link) { emit guidanceRequested(link); });
    layout->addWidget(m_trendBox);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(16);
    m_log = bigButton(this);
    m_checkin = bigButton(this);
    actions->addWidget(m_log);
    actions->addWidget(m_checkin);
    layout->addLayout(actions);

    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    auto *lastCard = card(this);
    auto *lastLayout = new QVBoxLayout(lastCard);
    m_lastNightTitle = makeLabel(lastCard, 1.1, true);
    m_lastNight = makeLabel(lastCard, 1.6, true);
    m_lastNight->setAccessibleDescription(tr("Last night"));
    m_lastEvening = makeLabel(lastCard);
    m_lastEvening->setAccessibleDescription(tr("Last evening's check-in"));
    lastLayout->addWidget(m_lastNightTitle);
    lastLayout->addWidget(m_lastNight);
    lastLayout->addWidget(m_lastEvening);
    // Most cramps are entered the morning after; a quiet night is recorded in one click, so
    // that it counts where a recorded night matters (a self-experiment).
    m_morningCard = new QFrame(lastCard);
    Tone::set(m_morningCard, Tone::Kind::Note);
    auto *morningLayout = new QVBoxLayout(m_morningCard);
    morningLayout->setContentsMargins(10, 6, 10, 6);
    m_morningQuestion = makeLabel(m_morningCard, 1.1, true);
    m_morningQuestion->setText(tr("How was last night?"));
    auto *morningButtons = new QHBoxLayout;
    m_noCramps = new QPushButton(tr("&No cramps"), m_morningCard);
    m_noCramps->setToolTip(tr("Record that last night had no cramps"));
    m_logLastNight = new QPushButton(tr("Log &cramps\u2026"), m_morningCard);
    m_logLastNight->setToolTip(tr("Log a cramp of last night, with its time"));
    morningButtons->addWidget(m_noCramps);
    morningButtons->addWidget(m_logLastNight);
    morningButtons->addStretch();
    morningLayout->addWidget(m_morningQuestion);
    morningLayout->addLayout(morningButtons);
    m_morningCard->hide();
    lastLayout->addWidget(m_morningCard);
    lastLayout->addStretch();
    connect(m_noCramps, &QPushButton::clicked, this, [this] {
        try {
            m_diary.recordNoCramps(m_shownNight);
        } catch (const StoreError &error) {
            m_morningQuestion->setText(tr("Not saved: %1").arg(error.message()));
        }
    });
    connect(m_logLastNight, &QPushButton::clicked, this, &HomeView::logEarlierRequested);

    auto *weekCard = card(this);
    auto *weekLayout = new QVBoxLayout(weekCard);
    auto *weekTitle = makeLabel(weekCard, 1.1, true);
    weekTitle->setText(tr("This week"));
    m_week = makeLabel(weekCard, 1.6, true);
    m_week->setAccessibleDescription(tr("This week"));
    m_tonight = makeLabel(weekCard);
    m_tonight->setAccessibleDescription(tr("Tonight"));
    m_planTonight = makeLabel(weekCard, 1.0, true);
    m_planTonight->setAccessibleDescription(tr("Tonight's self-experiment"));
    weekLayout->addWidget(weekTitle);
    weekLayout->addWidget(m_week);
    weekLayout->addWidget(m_tonight);
    weekLayout->addWidget(m_planTonight);
    weekLayout->addStretch();
    grid->addWidget(lastCard, 0, 0);
    grid->addWidget(weekCard, 0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *recentCard = card(this);
    auto *recentLayout = new QVBoxLayout(recentCard);
    auto *recentTitle = makeLabel(recentCard, 1.1, true);
    recentTitle->setText(tr("The last two weeks"));
    m_recent = makeLabel(recentCard); // what the card says before the first entry
    m_recent->setTextFormat(Qt::RichText);
    m_recent->setAccessibleDescription(tr("The last two weeks, night by night"));
    m_recentNights = new RecentNights(recentCard);
    recentLayout->addWidget(recentTitle);
    recentLayout->addWidget(m_recent);
    recentLayout->addWidget(m_recentNights);
    m_diaryBegan = makeLabel(recentCard); // said once, not on every night before the first entry
    recentLayout->addWidget(m_diaryBegan);
    grid->addWidget(recentCard, 1, 0, 1, 2);
    // Side by side, the two top cards share their row's height; none grows beyond its row.
    for (QFrame *frame : { lastCard, weekCard })
        frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    recentCard->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addLayout(grid);
    layout->addStretch();

    for (auto signal :
         { &DiaryRepository::factorsChanged, &DiaryRepository::medicationsChanged, &DiaryRepository::diaryReset })
        connect(&m_diary, signal, this, &HomeView::refresh);
    for (auto signal :
         { &DiaryRepository::episodeAdded, &DiaryRepository::episodeUpdated, &DiaryRepository::episodeRemoved })
        connect(&m_diary, signal, this, &HomeView::refresh);
    connect(&m_diary, &DiaryRepository::nightLogChanged, this, &HomeView::refresh);
    connect(&m_diary, &DiaryRepository::experimentChanged, this, &HomeView::refresh);
    refresh();
}

void HomeView::setActions(QAction *logCramp, QAction *checkin)
{
    const auto wire = [](QPushButton *button, QAction *action) {
        button->setText(QStringLiteral("%1   (%2)")
                                .arg(action->iconText(), action->shortcut().toString(QKeySequence::NativeText)));
        button->setAccessibleName(action->iconText());
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QWidget::setEnabled);
        button->setEnabled(action->isEnabled());
    };
    wire(m_log, logCramp);
    wire(m_checkin, checkin);
}

void HomeView::setTimeSource(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    refresh();
}

QString HomeView::lastNightTitle() const
{
    fillIfStale();
    return m_lastNightTitle->text();
}

QString HomeView::lastNightText() const
{
    fillIfStale();
    return m_lastNight->text();
}

QString HomeView::weekText() const
{
    fillIfStale();
    return m_week->text();
}

QString HomeView::tonightText() const
{
    fillIfStale();
    return m_tonight->text();
}

QString HomeView::planTonightText() const
{
    fillIfStale();
    return m_planTonight->isVisibleTo(this) ? m_planTonight->text() : QString();
}

QString HomeView::trendText() const
{
    fillIfStale();
    return m_trendBox->isHidden() ? QString() : m_trend->text();
}

bool HomeView::asksAboutLastNight() const
{
    fillIfStale();
    return m_morningCard->isVisibleTo(this);
}

QString HomeView::recentText() const
{
    fillIfStale();
    if (m_recentNights->isHidden())
        return m_recent->text();
    return m_diaryBegan->isHidden() ? m_recentNights->text()
                                    : m_recentNights->text() + QLatin1Char('\n') + m_diaryBegan->text();
}

void HomeView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void HomeView::showEvent(QShowEvent *event)
{
    if (m_stale)
        fill();
    QWidget::showEvent(event);
}

void HomeView::refresh()
{
    // Behind another page, the figures wait until home is shown (or read) again.
    m_stale = isHidden();
    if (!m_stale)
        fill();
}

void HomeView::fillIfStale() const
{
    if (m_stale)
        const_cast<HomeView *>(this)->fill();
}

void HomeView::fill()
{
    m_stale = false;
    const NightClock &clock = m_nightRule.clock();
    const QDateTime now = m_now();
    // Names follow the person's day, not the boundary: before the wake-up hour the night in
    // progress is "this night"; from it on, that night is "last night" and the one to come
    // "tonight", even while an evening boundary (say 18:00) has not passed yet.
    const bool awake = clock.isUp(now);
    const QDate tonight = clock.tonight(now);
    const QDate lastNight = awake ? tonight.addDays(-1) : tonight;

    if (m_diary.isReadOnly()) {
        m_banner->setText(m_diary.readOnlyReason().isEmpty()
                                  ? tr("This diary is open for viewing only; changes cannot be saved.")
                                  : m_diary.readOnlyReason());
        m_banner->show();
    } else {
        m_banner->hide();
    }

    m_lastNightTitle->setText(awake ? tr("Last night (%1)").arg(DateText::longDay(lastNight))
                                    : tr("This night so far (%1)").arg(DateText::longDay(lastNight)));
    const QList<Episode> cramps = m_diary.episodesInNights(lastNight, lastNight, clock);
    const bool saidNoCramps = m_diary.noCrampNights().contains(lastNight);
    if (cramps.isEmpty()) {
        m_lastNight->setText(saidNoCramps ? tr("No cramps (recorded)") : tr("No cramps logged"));
    } else {
        int worst = -1;
        for (const Episode &e : cramps)
            worst = std::max(worst, e.severity.value_or(-1));
        m_lastNight->setText(crampsAndWorst(cramps.size(), worst));
    }
    const QList<Factor> factors = m_diary.factors(true);
    const QList<Medication> medications = m_diary.medications();
    if (const auto log = m_diary.nightLog(lastNight))
        m_lastEvening->setText(
                tr("That evening: %1")
                        .arg(CheckinSummary::describe(*log, factors, medications, m_settings.waterUnit())));
    else
        m_lastEvening->setText(tr("No evening check-in for that night."));
    m_shownNight = lastNight;
    const bool nothingSaid = cramps.isEmpty() && !saidNoCramps && !m_diary.nightLog(lastNight);
    m_morningQuestion->setText(tr("How was last night?"));
    m_morningCard->setVisible(awake && nothingSaid && !m_diary.isReadOnly());

    const QDate weekStart = m_nightRule.weekStart(tonight);
    const QList<Episode> week = m_diary.episodesInNights(weekStart, tonight, clock);
    QSet<QDate> crampNights;
    for (const Episode &e : week)
        crampNights.insert(clock.nightOf(e.start));
    m_week->setText(tr("%n cramp(s)", nullptr, int(week.size()))
                    + tr(" on %n night(s)", nullptr, int(crampNights.size())));
    // Night by night, so a quiet night reads as quiet rather than as missing.
    const QDate recentFirst = lastNight.addDays(-13);
    const QList<Episode> recent = m_diary.episodesInNights(recentFirst, lastNight, clock);
    QHash<QDate, QList<int>> severities;
    for (const Episode &e : recent)
        severities[clock.nightOf(e.start)].append(e.severity.value_or(-1));
    QSet<QDate> checkedIn;
    for (const NightLog &log : m_diary.nightLogs(recentFirst, lastNight))
        checkedIn.insert(log.night);
    // Nights before the first entry are not quiet nights: the diary did not exist yet.
    const std::optional<QDate> began = m_diary.firstNight(clock);
    QList<RecentNights::Night> nights;
    for (int i = 0; i < RecentNights::Nights; ++i) {
        RecentNights::Night n;
        n.night = lastNight.addDays(-i); // newest first; RecentNights lays them out in two columns
        const QList<int> s = severities.value(n.night);
        n.checkedIn = checkedIn.contains(n.night);
        n.cramps = !s.isEmpty();
        if (began && n.night < *began) {
            n = {}; // left blank: not a quiet night, the diary did not exist yet
        } else if (s.isEmpty()) {
            n.what = tr("no cramp");
        } else {
            n.what = crampsAndWorst(s.size(), *std::max_element(s.cbegin(), s.cend()));
        }
        nights.append(n);
    }
    m_recentNights->setNights(nights);
    m_recentNights->setVisible(began.has_value());
    const bool youngDiary = began && *began > recentFirst;
    m_diaryBegan->setText(youngDiary ? tr("Your diary began on the night of %1; the nights before it are left blank.")
                                               .arg(DateText::shortDay(*began))
                                     : QString());
    m_diaryBegan->setVisible(youngDiary);
    m_recent->setVisible(!began);
    if (!began)
        m_recent->setText(tr("<p>Nothing recorded yet. When a cramp wakes you, press <b>L</b> (or the big button): "
                             "one key records it, and you can add how bad it was with a digit.</p>"
                             "<p>In the evening, press <b>E</b> to check in: a minute on water, stretching, "
                             "medicines and the rest. Nights count from your first entry.</p>"));

    const QList<Episode> eightWeeks = m_diary.episodesInNights(lastNight.addDays(-55), lastNight, clock);
    if (const auto trend = RedFlagRules::forRecentNights(eightWeeks, lastNight, clock)) {
        // A link keeps the colour of the palette it was laid out with: named here, redone on change.
        m_trend->setText(QStringLiteral("<b>%1.</b> %2 <a href=\"%3\" style=\"color:%5\">%4</a>")
                                 .arg(trend->headline.toHtmlEscaped(), trend->advice.toHtmlEscaped(), trend->topicId,
                                      tr("When to see a clinician"), palette().color(QPalette::Link).name()));
        m_trendBox->show();
    } else {
        m_trendBox->hide();
    }

    if (const auto log = m_diary.nightLog(tonight))
        m_tonight->setText(tr("Checked in for tonight: %1")
                                   .arg(CheckinSummary::describe(*log, factors, medications, m_settings.waterUnit())));
    else
        m_tonight->setText(tr("Week from %1. No check-in yet for tonight (%2).")
                                   .arg(DateText::shortDay(weekStart), DateText::shortDay(tonight)));
    const auto experiment = m_diary.experiment();
    const QString plan = experiment ? ExperimentWording::tonight(*experiment, tonight) : QString();
    m_planTonight->setText(plan.isEmpty() ? QString() : tr("Self-experiment \u2014 %1").arg(plan));
    m_planTonight->setVisible(!plan.isEmpty());
}
