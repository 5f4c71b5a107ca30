#include "ui/analysis/LiveAnalysis.h"

#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"

#include <algorithm>

#include <QSet>

namespace {
bool startsBefore(const Episode &a, const Episode &b)
{
    return a.start < b.start || (a.start == b.start && a.id < b.id); // the store's order
}
} // namespace

LiveAnalysis::LiveAnalysis(DiaryRepository &diary, const NightRule &nightRule, QObject *parent)
    : QObject(parent)
    , m_diary(diary)
    , m_nightRule(nightRule)
{
    connect(&m_diary, &DiaryRepository::episodeAdded, this, &LiveAnalysis::putEpisode);
    connect(&m_diary, &DiaryRepository::episodeUpdated, this, &LiveAnalysis::putEpisode);
    connect(&m_diary, &DiaryRepository::episodeRemoved, this, &LiveAnalysis::removeEpisode);
    connect(&m_diary, &DiaryRepository::nightLogChanged, this, &LiveAnalysis::putNightLog);
    connect(&m_diary, &DiaryRepository::factorsChanged, this,
            [this] { apply([this](DiarySnapshot &s) { s.factors = m_diary.factors(true); }); });
    connect(&m_diary, &DiaryRepository::medicationsChanged, this, [this] {
        apply([this](DiarySnapshot &s) {
            s.medications = m_diary.medications();
            // A medicine removed is gone from the evenings it was taken too (the store cascades).
            QSet<qint64> kept;
            for (const Medication &m : std::as_const(s.medications))
                kept.insert(m.id);
            for (NightLog &log : s.nightLogs)
                log.medicationIds.removeIf([&](qint64 id) { return !kept.contains(id); });
        });
    });
    connect(&m_diary, &DiaryRepository::untrackedPeriodsChanged, this,
            [this] { apply([this](DiarySnapshot &s) { s.untracked = m_diary.untrackedPeriods(); }); });
    connect(&m_diary, &DiaryRepository::experimentChanged, this,
            [this] { apply([this](DiarySnapshot &s) { s.experiment = m_diary.experiment(); }); });
    connect(&m_diary, &DiaryRepository::diaryReset, this, &LiveAnalysis::invalidate);
    // Another night boundary puts cramps in other nights: the nights held are read again.
    connect(&m_nightRule, &NightRule::changed, this, &LiveAnalysis::invalidate);
    m_nightEnds.setSingleShot(true);
    connect(&m_nightEnds, &QTimer::timeout, this, &LiveAnalysis::recompute);
}

void LiveAnalysis::invalidate()
{
    m_analysis.reset();
    m_snapshot.reset();
    emit changed();
}

void LiveAnalysis::recompute()
{
    m_analysis.reset();
    emit changed();
}

// The analysis shares the copy's lists; it goes first, so the change does not copy them.
template<typename Apply>
void LiveAnalysis::apply(Apply &&change)
{
    m_analysis.reset();
    if (m_snapshot)
        change(*m_snapshot);
    emit changed();
}

// A copy of some nights knows the diary's first night, which an entry added before it or
// the first entry removed moves.
void LiveAnalysis::readFirstNightAgain(DiarySnapshot &s) const
{
    s.firstNight = m_diary.firstNight(m_nightRule.clock()).value_or(QDate());
}

void LiveAnalysis::putEpisode(qint64 id)
{
    apply([&](DiarySnapshot &s) {
        s.episodes.removeIf([id](const Episode &e) { return e.id == id; });
        const auto episode = m_diary.episode(id);
        if (episode && holds(m_nightRule.clock().nightOf(episode->start)))
            s.episodes.insert(std::upper_bound(s.episodes.cbegin(), s.episodes.cend(), *episode, startsBefore),
                              *episode);
        readFirstNightAgain(s);
    });
}

void LiveAnalysis::removeEpisode(qint64 id)
{
    apply([&](DiarySnapshot &s) {
        s.episodes.removeIf([id](const Episode &e) { return e.id == id; });
        readFirstNightAgain(s);
    });
}

void LiveAnalysis::putNightLog(QDate night)
{
    apply([&](DiarySnapshot &s) {
        readFirstNightAgain(s);
        if (!holds(night))
            return;
        const auto at = std::lower_bound(s.nightLogs.begin(), s.nightLogs.end(), night,
                                         [](const NightLog &log, QDate n) { return log.night < n; });
        const auto log = m_diary.nightLog(night);
        const bool present = at != s.nightLogs.end() && at->night == night;
        if (present && log)
            *at = *log;
        else if (present)
            s.nightLogs.erase(at);
        else if (log)
            s.nightLogs.insert(at, *log);
    });
}

const DiaryAnalysis &LiveAnalysis::analysis(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid()) {
        first = QDate(1900, 1, 1);
        last = QDate(9999, 12, 31);
    }
    if (!m_snapshot || first < m_readFirst || last > m_readLast) {
        // Widened, never narrowed: a view that showed other nights before finds them still here.
        if (m_snapshot) {
            first = std::min(first, m_readFirst);
            last = std::max(last, m_readLast);
        }
        m_analysis.reset();
        m_snapshot = m_diary.snapshot(first, last, m_nightRule.clock());
        m_readFirst = first;
        m_readLast = last;
    }
    if (!m_analysis) {
        // Only nights that have ended count; the one in progress joins when it ends.
        const QDateTime now = QDateTime::currentDateTime();
        m_analysis = DiaryAnalysis(*m_snapshot, m_nightRule.clock(), m_nightRule.firstDayOfWeek(),
                                   m_nightRule.clock().lastSleptNight(now));
        m_nightEnds.start(std::chrono::milliseconds(now.msecsTo(m_nightRule.clock().endOfNight(now)) + 1000));
    }
    return *m_analysis;
}

DiaryAnalysis LiveAnalysis::span() const
{
    const NightClock clock = m_nightRule.clock();
    return DiaryAnalysis::span(m_analysis ? m_analysis->firstNight() : m_diary.firstNight(clock).value_or(QDate()),
                               clock, m_nightRule.firstDayOfWeek(), clock.lastSleptNight(QDateTime::currentDateTime()));
}

Qt::DayOfWeek LiveAnalysis::firstDayOfWeek() const
{
    return m_nightRule.firstDayOfWeek();
}

int LiveAnalysis::boundaryHour() const
{
    return m_nightRule.boundaryHour();
}
