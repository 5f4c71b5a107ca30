#include "core/exchange/ImportForecast.h"

#include "core/domain/DateText.h"

#include <QCoreApplication>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ImportForecast)
};
} // namespace

void ImportForecast::add(const Episode &cramp, QDate night, bool approximateTime)
{
    ++cramps;
    if (!firstNight.isValid() || night < firstNight)
        firstNight = night;
    if (!lastNight.isValid() || night > lastNight)
        lastNight = night;
    if (cramp.severity)
        ++severities[*cramp.severity];
    else
        ++withoutSeverity;
    if (approximateTime)
        ++approximateTimes; // placed by a rule (03:00, a part of the day), not said by the file
    else if (times.size() <= 1) // only whether all share one time matters
        times.insert(cramp.start.time());
}

bool ImportForecast::doubtful() const
{
    const int timed = cramps - approximateTimes;
    return cramps >= 3 && ((severities.size() == 1 && withoutSeverity == 0) || (timed >= 3 && times.size() == 1));
}

QString ImportForecast::describe() const
{
    if (cramps == 0 && checkIns == 0)
        return Text::tr("The file adds nothing to the diary.");
    QStringList lines;
    if (cramps > 0)
        lines << (firstNight == lastNight
                          ? Text::tr("%n cramp(s) on the night of %1.", nullptr, cramps).arg(DateText::date(firstNight))
                          : Text::tr("%n cramp(s) from the night of %1 to the night of %2.", nullptr, cramps)
                                    .arg(DateText::date(firstNight), DateText::date(lastNight)));
    if (cramps > 0 && withoutSeverity == cramps)
        lines << Text::tr("None has a severity.");
    else if (severities.size() == 1 && withoutSeverity == 0)
        lines << Text::tr("All have severity %1 of 10.").arg(severities.firstKey());
    else if (!severities.isEmpty() && withoutSeverity == 0)
        lines << Text::tr("Severity from %1 to %2 of 10.").arg(severities.firstKey()).arg(severities.lastKey());
    else if (!severities.isEmpty())
        lines << Text::tr("Severity from %1 to %2 of 10; %n without one.", nullptr, withoutSeverity)
                         .arg(severities.firstKey())
                         .arg(severities.lastKey());
    if (cramps - approximateTimes > 1 && times.size() == 1 && approximateTimes == 0)
        lines << Text::tr("All are at %1.").arg(DateText::time(*times.cbegin()));
    if (approximateTimes > 0)
        lines << Text::tr("%n of them have no exact time in the file (placed as the import rules say).", nullptr,
                          approximateTimes);
    if (checkIns > 0)
        lines << Text::tr("%n night(s) are marked as checked in.", nullptr, checkIns);
    if (duplicates > 0)
        lines << Text::tr("%n cramp(s) already in the diary are skipped.", nullptr, duplicates);
    if (otherRows > 0)
        lines << Text::tr("%n row(s) about something other than cramps are left out.", nullptr, otherRows);
    return lines.join(QLatin1Char(' '));
}
