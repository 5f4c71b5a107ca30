#include "core/analysis/DiaryAnalysis.h"

#include "core/analysis/FactorSplit.h"
#include "core/analysis/Statistics.h"
#include "core/domain/DisplayNames.h"

#include <algorithm>
#include <functional>

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiaryAnalysis)
};
} // namespace

DiaryAnalysis::DiaryAnalysis(Snapshot snapshot, NightClock clock, Qt::DayOfWeek firstDayOfWeek, QDate lastNight)
    : m_snapshot(std::move(snapshot))
    , m_clock(clock)
    , m_firstDayOfWeek(firstDayOfWeek)
    , m_firstNight(m_snapshot.firstNight)
    , m_lastNight(lastNight)
{
    m_episodeNights.reserve(m_snapshot.episodes.size());
    for (const Episode &e : std::as_const(m_snapshot.episodes)) {
        const QDate night = m_clock.nightOf(e.start);
        m_episodeNights.append(night);
        if (!m_firstNight.isValid() || night < m_firstNight)
            m_firstNight = night;
    }
    for (const NightLog &log : std::as_const(m_snapshot.nightLogs)) {
        if (!m_firstNight.isValid() || log.night < m_firstNight)
            m_firstNight = log.night;
    }
    if (!m_snapshot.noCrampNights.isEmpty()
        && (!m_firstNight.isValid() || m_snapshot.noCrampNights.first() < m_firstNight))
        m_firstNight = m_snapshot.noCrampNights.first(); // "no cramps" is an entry too
    if (!m_firstNight.isValid() || m_lastNight < m_firstNight)
        return;
    const qsizetype nights = slot(m_lastNight) + 1;
    m_tracked.fill(true, nights);
    m_checkedIn.fill(false, nights);
    m_episodesByNight.resize(nights);
    for (const UntrackedPeriod &period : std::as_const(m_snapshot.untracked)) {
        for (QDate night = std::max(period.firstNight, m_firstNight); night <= std::min(period.lastNight, m_lastNight);
             night = night.addDays(1))
            m_tracked[slot(night)] = false;
    }
    for (const NightLog &log : std::as_const(m_snapshot.nightLogs)) {
        if (log.night <= m_lastNight)
            m_checkedIn[slot(log.night)] = true;
    }
    for (qsizetype i = 0; i < m_episodeNights.size(); ++i) {
        if (m_episodeNights[i] <= m_lastNight)
            m_episodesByNight[slot(m_episodeNights[i])].append(i);
    }
}

DiaryAnalysis DiaryAnalysis::span(QDate firstNight, NightClock clock, Qt::DayOfWeek firstDayOfWeek, QDate lastNight)
{
    Snapshot nothing;
    nothing.firstNight = firstNight;
    return DiaryAnalysis(nothing, clock, firstDayOfWeek, lastNight);
}

bool DiaryAnalysis::isTracked(QDate night) const
{
    if (!m_firstNight.isValid() || night < m_firstNight || night > m_lastNight)
        return false;
    return m_tracked[slot(night)];
}

QDate DiaryAnalysis::weekStart(QDate night) const
{
    return weekStartOf(night, m_firstDayOfWeek);
}

QList<const Episode *> DiaryAnalysis::episodesIn(QDate first, QDate last) const
{
    QList<const Episode *> result;
    if (!m_firstNight.isValid())
        return result;
    for (QDate night = std::max(first, m_firstNight); night <= std::min(last, m_lastNight); night = night.addDays(1)) {
        if (!isTracked(night))
            continue;
        for (qsizetype i : m_episodesByNight[slot(night)])
            result.append(&m_snapshot.episodes[i]);
    }
    return result;
}

PeriodFigures DiaryAnalysis::figures(QDate first, QDate last) const
{
    PeriodFigures f;
    f.first = first;
    f.last = last;
    if (!m_firstNight.isValid() || last < first)
        return f;
    const QDate from = std::max(first, m_firstNight);
    const QDate to = std::min(last, m_lastNight);
    QList<double> severities, durations, disturbances;
    for (QDate night = from; night <= to; night = night.addDays(1)) {
        const qsizetype s = slot(night);
        if (!m_tracked[s])
            continue;
        ++f.nightsTracked;
        f.nightsCheckedIn += m_checkedIn[s];
        f.crampNights += !m_episodesByNight[s].isEmpty();
        for (qsizetype i : m_episodesByNight[s]) {
            const Episode &e = m_snapshot.episodes[i];
            ++f.cramps;
            if (e.severity) {
                severities.append(*e.severity);
                f.severityMin = std::min(f.severityMin.value_or(10), *e.severity);
                f.severityMax = std::max(f.severityMax.value_or(0), *e.severity);
            }
            if (e.durationSeconds)
                durations.append(*e.durationSeconds);
            if (e.sleepDisturbance)
                disturbances.append(*e.sleepDisturbance);
        }
    }
    f.severityMedian = Statistics::median(severities);
    f.durationMedianSeconds = Statistics::median(durations);
    f.sleepDisturbanceMedian = Statistics::median(disturbances);
    return f;
}

QList<PeriodFigures> DiaryAnalysis::weeks(QDate first, QDate last) const
{
    QList<PeriodFigures> result;
    for (QDate start = weekStart(first); start <= last; start = start.addDays(7)) {
        PeriodFigures week = figures(std::max(start, first), std::min(start.addDays(6), last));
        // A week is always the whole calendar week; nights outside the range count as untracked.
        week.first = start;
        week.last = start.addDays(6);
        result.append(week);
    }
    return result;
}

QList<FactorLink> DiaryAnalysis::factorLinks(QDate first, QDate last) const
{
    QList<const NightLog *> logs;
    for (const NightLog &log : m_snapshot.nightLogs) {
        if (log.night >= first && log.night <= last && isTracked(log.night))
            logs.append(&log);
    }
    QSet<QDate> crampNights;
    for (qsizetype i = 0; i < m_snapshot.episodes.size(); ++i)
        crampNights.insert(m_episodeNights[i]);

    QList<FactorLink> links;
    const auto count = [&](FactorLink link, const std::function<std::optional<bool>(const FactorValue &)> &inGroup) {
        for (const NightLog *log : logs) {
            const auto it = log->values.constFind(link.factor.id);
            if (it == log->values.cend())
                continue; // not recorded that night: in neither group
            const std::optional<bool> group = inGroup(it.value());
            if (!group)
                continue;
            const bool cramp = crampNights.contains(log->night);
            if (*group) {
                ++link.groupNights;
                link.groupCrampNights += cramp;
            } else {
                ++link.otherNights;
                link.otherCrampNights += cramp;
            }
        }
        links.append(link);
    };

    for (const Factor &factor : m_snapshot.factors) {
        if (factor.retired)
            continue;
        FactorLink link;
        link.factor = factor;
        switch (factor.kind) {
        case FactorKind::YesNo:
            link.groupLabel = Text::tr("yes");
            link.otherLabel = Text::tr("no");
            count(link, [](const FactorValue &v) -> std::optional<bool> {
                return std::holds_alternative<bool>(v) ? std::optional<bool>(std::get<bool>(v)) : std::nullopt;
            });
            break;
        case FactorKind::Number: {
            QList<double> values;
            for (const NightLog *log : logs) {
                const auto it = log->values.constFind(factor.id);
                if (it != log->values.cend() && std::holds_alternative<double>(it.value()))
                    values.append(std::get<double>(it.value()));
            }
            const auto split = factor.splitAt ? std::optional<FactorSplit>(FactorSplit::chosen(*factor.splitAt))
                                              : FactorSplit::byDefault(factor, values);
            if (!split) {
                link.singleValue = true; // nothing to compare yet; say so rather than ask for nights
                links.append(link);
                break;
            }
            link.threshold = split->at;
            link.splitChosen = factor.splitAt.has_value();
            link.anyVersusNone = split->anyVersusNone;
            link.groupLabel = split->groupLabel(factor);
            link.otherLabel = split->otherLabel(factor);
            count(link, [split](const FactorValue &v) -> std::optional<bool> {
                return std::holds_alternative<double>(v) ? std::optional<bool>(split->inGroup(std::get<double>(v)))
                                                         : std::nullopt;
            });
            break;
        }
        case FactorKind::Choice:
            for (const QString &choice : factor.choices) {
                link.groupLabel = DisplayNames::choice(factor, choice);
                link.otherLabel = Text::tr("any other answer");
                count(link, [choice](const FactorValue &v) -> std::optional<bool> {
                    return std::holds_alternative<QString>(v) ? std::optional<bool>(std::get<QString>(v) == choice)
                                                              : std::nullopt;
                });
            }
            break;
        }
    }

    // Test only links with enough nights; the correction counts just those tests.
    QList<qsizetype> tested;
    QList<double> pValues;
    for (qsizetype i = 0; i < links.size(); ++i) {
        FactorLink &link = links[i];
        if (const auto rr
            = Statistics::riskRatio(link.groupCrampNights, link.groupNights, link.otherCrampNights, link.otherNights)) {
            link.ratio = rr->ratio;
            link.ratioLow = rr->low;
            link.ratioHigh = rr->high;
        }
        if (!link.hasEnoughNights())
            continue;
        link.pValue = Statistics::fisherExactTwoSided(link.groupCrampNights, link.groupNights - link.groupCrampNights,
                                                      link.otherCrampNights, link.otherNights - link.otherCrampNights);
        tested.append(i);
        pValues.append(link.pValue);
    }
    const QList<double> q = Statistics::benjaminiHochberg(pValues);
    for (qsizetype k = 0; k < tested.size(); ++k)
        links[tested[k]].qValue = q[k];
    return links;
}

BeforeAfter DiaryAnalysis::beforeAfter(QDate date, QDate first, QDate last) const
{
    BeforeAfter result;
    result.date = date;
    const PeriodFigures before = figures(first, date.addDays(-1));
    const PeriodFigures after = figures(date, last);
    result.nightsBefore = before.nightsTracked;
    result.crampsBefore = before.cramps;
    result.nightsAfter = after.nightsTracked;
    result.crampsAfter = after.cramps;
    result.pValue = Statistics::poissonRatesEqualTwoSided(result.crampsBefore, result.nightsBefore, result.crampsAfter,
                                                          result.nightsAfter);
    return result;
}

QList<int> DiaryAnalysis::crampsByHourOfNight(QDate first, QDate last) const
{
    QList<int> hours(24, 0);
    for (const Episode *e : episodesIn(first, last))
        ++hours[std::clamp(m_clock.hoursIntoNight(e->start), 0, 23)];
    return hours;
}

QMap<QString, int> DiaryAnalysis::crampsByLeg(QDate first, QDate last) const
{
    QMap<QString, int> counts;
    for (const Episode *e : episodesIn(first, last))
        ++counts[e->leg ? toKey(*e->leg) : QStringLiteral("unknown")];
    return counts;
}

QMap<QString, int> DiaryAnalysis::crampsByMuscle(QDate first, QDate last) const
{
    QMap<QString, int> counts;
    for (const Episode *e : episodesIn(first, last))
        ++counts[e->muscle ? toKey(*e->muscle) : QStringLiteral("unknown")];
    return counts;
}

QMap<QDate, int> DiaryAnalysis::crampsPerNight(QDate first, QDate last) const
{
    QMap<QDate, int> nights;
    if (!m_firstNight.isValid())
        return nights;
    for (QDate night = std::max(first, m_firstNight); night <= std::min(last, m_lastNight); night = night.addDays(1)) {
        if (isTracked(night))
            nights.insert(night, 0);
    }
    for (const Episode *e : episodesIn(first, last))
        ++nights[m_clock.nightOf(e->start)];
    return nights;
}
