#include "core/domain/EveningReminder.h"

#include <QTimeZone>

namespace EveningReminder {

QDate nightFor(const QDateTime &now, const NightClock &clock)
{
    return clock.tonight(now); // the night the evening check-in is for
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
    // in the small hours (before the boundary and the wake-up hour) on the next day.
    const bool smallHours = facts.at.hour() < clock.boundaryHour() && facts.at.hour() < clock.wakeUpHour();
    const QDate day = smallHours ? night.addDays(1) : night;
    const QDateTime moment(day, facts.at, now.timeZone());
    if (now < moment)
        return Decision::NotYet;
    if (moment.secsTo(now) > LatenessLimitSeconds)
        return Decision::Missed;
    return Decision::Due;
}

} // namespace EveningReminder
