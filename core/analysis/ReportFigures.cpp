#include "core/analysis/ReportFigures.h"

#include "core/analysis/LinkWording.h"
#include "core/domain/DisplayNames.h"

#include <algorithm>
#include <numeric>

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
QJsonObject linkJson(const FactorLink &link, int comparisons)
{
    const bool tested = link.hasEnoughNights();
    QJsonObject split;
    if (link.threshold)
        split = { { QStringLiteral("at"), *link.threshold }, { QStringLiteral("chosen"), link.splitChosen } };
    return QJsonObject {
        { QStringLiteral("factor"), DisplayNames::of(link.factor) },
        { QStringLiteral("factorKey"), link.factor.isBuiltin() ? QJsonValue(link.factor.builtinKey) : QJsonValue() },
        { QStringLiteral("group"), link.groupLabel },
        { QStringLiteral("other"), link.otherLabel },
        { QStringLiteral("split"), link.threshold ? QJsonValue(split) : QJsonValue() },
        { QStringLiteral("singleValue"), link.singleValue },
        { QStringLiteral("groupNights"), link.groupNights },
        { QStringLiteral("groupCrampNights"), link.groupCrampNights },
        { QStringLiteral("otherNights"), link.otherNights },
        { QStringLiteral("otherCrampNights"), link.otherCrampNights },
        { QStringLiteral("enoughNights"), tested },
        { QStringLiteral("ratio"), tested ? QJsonValue(link.ratio) : QJsonValue() },
        { QStringLiteral("ratioLow"), tested ? QJsonValue(link.ratioLow) : QJsonValue() },
        { QStringLiteral("ratioHigh"), tested ? QJsonValue(link.ratioHigh) : QJsonValue() },
        { QStringLiteral("p"), tested ? QJsonValue(link.pValue) : QJsonValue() },
        { QStringLiteral("q"), tested ? QJsonValue(link.qValue) : QJsonValue() },
        { QStringLiteral("strength"),
          tested ? QJsonValue(LinkWording::strengthKey(LinkWording::strength(link))) : QJsonValue() },
        { QStringLiteral("words"),
          tested ? LinkWording::strengthText(link, comparisons) + QStringLiteral(". ") + LinkWording::finding(link)
                 : LinkWording::needs(link) },
    };
}
} // namespace

ReportFigures::Period ReportFigures::defaultPeriod(const DiaryAnalysis &analysis, QDate last)
{
    if (!last.isValid())
        last = analysis.lastNight();
    const QDate twelveWeeks = last.addDays(-(DefaultWeeks * 7 - 1));
    const QDate firstNight = analysis.firstNight();
    return { firstNight.isValid() && firstNight > twelveWeeks && firstNight <= last ? firstNight : twelveWeeks, last };
}

ReportFigures::Period ReportFigures::defaultBaseline(QDate first)
{
    return { first, first.addDays(DefaultBaselineNights - 1) };
}

std::optional<ReportFigures::Period> ReportFigures::baselineOf(QDate first, QDate last, const BaselineChoice &choice)
{
    switch (choice.kind) {
    case BaselineChoice::Kind::None: return std::nullopt;
    case BaselineChoice::Kind::Given: return Period { choice.first, choice.last };
    case BaselineChoice::Kind::Default: break;
    }
    if (first.daysTo(last) + 1 < MinimumNightsForBaseline)
        return std::nullopt;
    return defaultBaseline(first);
}

ReportFigures ReportFigures::compute(const DiaryAnalysis &analysis, QDate first, QDate last,
                                     const BaselineChoice &baselineChoice)
{
    ReportFigures r;
    r.first = first;
    r.last = last;
    const Period usual = defaultPeriod(analysis);
    if (first == usual.first && last == usual.last)
        r.periodKind = analysis.firstNight().isValid() && first == analysis.firstNight() ? PeriodKind::WholeDiary
                                                                                         : PeriodKind::LastTwelveWeeks;
    r.baselineKind = baselineChoice.kind;
    r.boundaryHour = analysis.clock().boundaryHour();
    r.range = analysis.figures(first, last);
    if (const std::optional<Period> baseline = baselineOf(first, last, baselineChoice)) {
        r.hasBaseline = true;
        r.baselineFirst = baseline->first;
        r.baselineLast = baseline->last;
        r.baseline = analysis.figures(r.baselineFirst, r.baselineLast);
        r.afterBaseline = analysis.figures(r.baselineLast.addDays(1), last);
        if (r.baseline.crampsPerWeek() && *r.baseline.crampsPerWeek() > 0 && r.afterBaseline.crampsPerWeek())
            r.changePercent = (*r.afterBaseline.crampsPerWeek() - *r.baseline.crampsPerWeek())
                    / *r.baseline.crampsPerWeek() * 100.0;
    }
    if (first.daysTo(last) + 1 >= 2 * TrendNights) {
        r.lastFourWeeks = analysis.figures(last.addDays(1 - TrendNights), last);
        r.fourWeeksBefore = analysis.figures(last.addDays(1 - 2 * TrendNights), last.addDays(-TrendNights));
    }
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

    r.medicineChanges = medicineChangesIn(analysis, first, last);
    if (const int total = std::accumulate(r.hours.cbegin(), r.hours.cend(), 0); total > 0) {
        for (int start = 0; start < r.hours.size(); ++start) {
            const int cramps = r.hours.value(start) + r.hours.value(start + 1) + r.hours.value(start + 2);
            if (!r.busiestHours || cramps > r.busiestHours->cramps)
                r.busiestHours = BusiestHours { (r.boundaryHour + start) % 24, cramps, total };
        }
    }
    return r;
}

QList<ReportFigures::MedicineChange> ReportFigures::medicineChangesIn(const DiaryAnalysis &analysis, QDate first,
                                                                      QDate last)
{
    QList<MedicineChange> found;
    for (const Medication &m : analysis.snapshot().medications) {
        for (const MedicationPeriod &p : m.periods) {
            QList<std::pair<QDate, bool>> changes = { { p.started, true } };
            if (p.stopped)
                changes.append({ p.stopped->addDays(1), false });
            for (const auto &[date, started] : changes) {
                if (date <= first || date > last)
                    continue;
                found.append({ m, date, started, analysis.beforeAfter(date, first, last) });
            }
        }
    }
    return found;
}

QJsonObject ReportFigures::json() const
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
    const int comparisons = int(std::count_if(factorLinks.cbegin(), factorLinks.cend(),
                                              [](const FactorLink &link) { return link.hasEnoughNights(); }));
    QJsonArray links;
    for (const FactorLink &link : factorLinks)
        links.append(linkJson(link, comparisons));
    QJsonArray changes;
    for (const MedicineChange &c : medicineChanges)
        changes.append(QJsonObject {
                { QStringLiteral("medicine"), c.medication.name },
                { QStringLiteral("drugClass"), toKey(c.medication.drugClass) },
                { QStringLiteral("change"), c.started ? QStringLiteral("started") : QStringLiteral("stopped") },
                { QStringLiteral("firstNightAfter"), c.date.toString(Qt::ISODate) },
                { QStringLiteral("nightsBefore"), c.change.nightsBefore },
                { QStringLiteral("crampsBefore"), c.change.crampsBefore },
                { QStringLiteral("crampsPerWeekBefore"), c.change.perWeekBefore() },
                { QStringLiteral("nightsAfter"), c.change.nightsAfter },
                { QStringLiteral("crampsAfter"), c.change.crampsAfter },
                { QStringLiteral("crampsPerWeekAfter"), c.change.perWeekAfter() },
                { QStringLiteral("p"), c.change.pValue } });
    QJsonArray reliefsJson;
    for (const ReliefCount &r : reliefs)
        reliefsJson.append(QJsonObject { { QStringLiteral("relief"), toKey(r.relief) },
                                         { QStringLiteral("tried"), r.tried },
                                         { QStringLiteral("helped"), r.helped },
                                         { QStringLiteral("didNotHelp"), r.didNotHelp } });
    QJsonArray weeksJson;
    for (const PeriodFigures &week : weeks) {
        QJsonObject w = periodJson(week);
        w.insert(QStringLiteral("partial"), week.nightsTracked < 7);
        weeksJson.append(w);
    }
    const auto kind = [this] {
        switch (periodKind) {
        case PeriodKind::LastTwelveWeeks: return QStringLiteral("last12Weeks");
        case PeriodKind::WholeDiary: return QStringLiteral("wholeDiary");
        case PeriodKind::Chosen: break;
        }
        return QStringLiteral("chosen");
    };
    return QJsonObject {
        { QStringLiteral("period"), kind() },
        { QStringLiteral("range"), periodJson(range) },
        { QStringLiteral("baseline"), hasBaseline ? QJsonValue(periodJson(baseline)) : QJsonValue() },
        { QStringLiteral("afterBaseline"), hasBaseline ? QJsonValue(periodJson(afterBaseline)) : QJsonValue() },
        { QStringLiteral("changeFromBaselinePercent"), orNull(changePercent) },
        { QStringLiteral("lastFourWeeks"), lastFourWeeks ? QJsonValue(periodJson(*lastFourWeeks)) : QJsonValue() },
        { QStringLiteral("fourWeeksBefore"),
          fourWeeksBefore ? QJsonValue(periodJson(*fourWeeksBefore)) : QJsonValue() },
        { QStringLiteral("reductionOfAtLeast25Percent"),
          reducedByAQuarter() ? QJsonValue(*reducedByAQuarter()) : QJsonValue() },
        { QStringLiteral("severityMedian"), orNull(range.severityMedian) },
        { QStringLiteral("severityMin"), range.severityMin ? QJsonValue(*range.severityMin) : QJsonValue() },
        { QStringLiteral("severityMax"), range.severityMax ? QJsonValue(*range.severityMax) : QJsonValue() },
        { QStringLiteral("durationMedianMinutes"),
          range.durationMedianSeconds ? QJsonValue(*range.durationMedianSeconds / 60.0) : QJsonValue() },
        { QStringLiteral("sleepDisturbanceMedian"), orNull(range.sleepDisturbanceMedian) },
        { QStringLiteral("legs"), legsJson },
        { QStringLiteral("muscles"), musclesJson },
        { QStringLiteral("crampsByHour"), byHour },
        { QStringLiteral("busiestThreeHours"),
          busiestHours ? QJsonValue(QJsonObject { { QStringLiteral("firstHour"), busiestHours->firstHour },
                                                  { QStringLiteral("cramps"), busiestHours->cramps },
                                                  { QStringLiteral("ofAll"), busiestHours->ofAll } })
                       : QJsonValue() },
        { QStringLiteral("flaggedEpisodes"), flaggedJson },
        { QStringLiteral("weeks"), weeksJson },
        { QStringLiteral("reliefs"), reliefsJson },
        { QStringLiteral("medicineChanges"), changes },
        { QStringLiteral("factorLinks"), links }
    };
}
