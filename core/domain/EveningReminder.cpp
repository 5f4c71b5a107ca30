#include "core/domain/EveningReminder.h"

#include <QTimeZone>

namespace EveningReminder {

QDate nightFor(const QDateTime &now, const NightClock &clock)
{
    return clock.nightOf(now);
}

Decision decide(const QDateTime &now, const NightClock &clock, const Facts &facts)
{
    if (!facts.enabled || !facts.at.isValid())
        return Decision::Off;
    const QDate night = nightFor(now, clock);
    if (facts.nightIsUntracked)
        return Decision::NotTracked;
    if (facts.nightHasCheckin)
        return Decision::CheckedIn;
    if (facts.remindedNight == night)
        return Decision::AlreadyReminded;
    // The reminder's moment within this night: an evening time on the night's date, a time
    // after midnight (before the boundary) on the next day.
    const QDate day = facts.at.hour() >= clock.boundaryHour() ? night : night.addDays(1);
    const QDateTime moment(day, facts.at, now.timeZone());
    if (now < moment)
        return Decision::NotYet;
    if (moment.secsTo(now) > LatenessLimitSeconds)
        return Decision::Missed;
    return Decision::Due;
}

} // namespace EveningReminder
