#include "core/analysis/ReportFigures.h"

#include <QJsonArray>

namespace {
QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject periodJson(const PeriodFigures &f)
{
    return QJsonObject { { QStringLiteral("first"), f.first.toString(Qt::ISODate) },
                         { QStringLiteral("last"), f.last.toString(Qt::ISODate) },
                         { QStringLiteral("nightsTracked"), f.nightsTracked },
                         { QStringLiteral("nightsCheckedIn"), f.nightsCheckedIn },
                         { QStringLiteral("cramps"), f.cramps },
                         { QStringLiteral("crampNights"), f.crampNights },
                         { QStringLiteral("crampFreeNights"), f.crampFreeNights() },
                         { QStringLiteral("crampsPerWeek"), orNull(f.crampsPerWeek()) },
                         { QStringLiteral("crampNightsPerWeek"), orNull(f.crampNightsPerWeek()) } };
}
} // namespace

ReportFigures ReportFigures::compute(const DiaryAnalysis &analysis, QDate first, QDate last, QDate baselineFirst,
                                     QDate baselineLast)
{
    ReportFigures r;
    r.first = first;
    r.last = last;
    r.baselineFirst = baselineFirst.isValid() ? baselineFirst : first;
    r.baselineLast = baselineLast.isValid() ? baselineLast : first.addDays(13);
    r.boundaryHour = analysis.clock().boundaryHour();
    r.range = analysis.figures(first, last);
    r.baseline = analysis.figures(r.baselineFirst, r.baselineLast);
    r.afterBaseline = analysis.figures(r.baselineLast.addDays(1), last);
    if (r.baseline.crampsPerWeek() && *r.baseline.crampsPerWeek() > 0 && r.afterBaseline.crampsPerWeek())
        r.changePercent = (*r.afterBaseline.crampsPerWeek() - *r.baseline.crampsPerWeek()) / *r.baseline.crampsPerWeek()
                * 100.0;
    r.legs = analysis.crampsByLeg(first, last);
    r.muscles = analysis.crampsByMuscle(first, last);
    r.hours = analysis.crampsByHourOfNight(first, last);
    r.weeks = analysis.weeks(first, last);
    r.factorLinks = analysis.factorLinks(first, last);

    QMap<Relief, ReliefCount> reliefs;
    for (const Episode &e : analysis.snapshot().episodes) {
        const QDate night = analysis.clock().nightOf(e.start);
        if (night < first || night > last)
            continue;
        r.episodes.append(e);
        if (const QList<RedFlagAlert> alerts = RedFlagRules::forEpisode(e); !alerts.isEmpty())
            r.flagged.append({ e, alerts });
        for (const ReliefTried &tried : e.reliefs) {
            ReliefCount &count = reliefs[tried.relief];
            count.relief = tried.relief;
            ++count.tried;
            count.helped += tried.helped.value_or(false);
            count.didNotHelp += tried.helped.has_value() && !*tried.helped;
        }
    }
    std::sort(r.episodes.begin(), r.episodes.end(),
              [](const Episode &a, const Episode &b) { return a.start < b.start; });
    r.reliefs = reliefs.values();
    std::sort(r.reliefs.begin(), r.reliefs.end(),
              [](const ReliefCount &a, const ReliefCount &b) { return a.tried > b.tried; });

    for (const Medication &m : analysis.snapshot().medications) {
        for (const MedicationPeriod &p : m.periods) {
            QList<std::pair<QDate, bool>> changes = { { p.started, true } };
            if (p.stopped)
                changes.append({ p.stopped->addDays(1), false });
            for (const auto &[date, started] : changes) {
                if (date <= first || date > last)
                    continue;
                r.medicineChanges.append({ m, date, started, analysis.beforeAfter(date, first, last) });
            }
        }
    }
    return r;
}

QJsonObject ReportFigures::pageOneJson() const
{
    QJsonObject legsJson, musclesJson;
    for (auto it = legs.cbegin(); it != legs.cend(); ++it)
        legsJson.insert(it.key(), it.value());
    for (auto it = muscles.cbegin(); it != muscles.cend(); ++it)
        musclesJson.insert(it.key(), it.value());
    QJsonArray byHour;
    for (int h = 0; h < hours.size(); ++h)
        byHour.append(QJsonObject { { QStringLiteral("hour"), (boundaryHour + h) % 24 },
                                    { QStringLiteral("cramps"), hours[h] } });
    QJsonArray flaggedJson;
    for (const FlaggedEpisode &f : flagged) {
        QJsonArray reasons;
        for (const RedFlagAlert &a : f.alerts)
            reasons.append(a.headline);
        flaggedJson.append(QJsonObject { { QStringLiteral("start"), f.episode.start.toString(Qt::ISODate) },
                                         { QStringLiteral("advice"), reasons } });
    }
    return QJsonObject {
        { QStringLiteral("range"), periodJson(range) },
        { QStringLiteral("baseline"), periodJson(baseline) },
        { QStringLiteral("afterBaseline"), periodJson(afterBaseline) },
        { QStringLiteral("changeFromBaselinePercent"), orNull(changePercent) },
        { QStringLiteral("reductionOfAtLeast25Percent"),
          changePercent ? QJsonValue(*changePercent <= -25.0) : QJsonValue() },
        { QStringLiteral("severityMedian"), orNull(range.severityMedian) },
        { QStringLiteral("severityMin"), range.severityMin ? QJsonValue(*range.severityMin) : QJsonValue() },
        { QStringLiteral("severityMax"), range.severityMax ? QJsonValue(*range.severityMax) : QJsonValue() },
        { QStringLiteral("durationMedianMinutes"),
          range.durationMedianSeconds ? QJsonValue(*range.durationMedianSeconds / 60.0) : QJsonValue() },
        { QStringLiteral("sleepDisturbanceMedian"), orNull(range.sleepDisturbanceMedian) },
        { QStringLiteral("legs"), legsJson },
        { QStringLiteral("muscles"), musclesJson },
        { QStringLiteral("crampsByHour"), byHour },
        { QStringLiteral("flaggedEpisodes"), flaggedJson }
    };
}
