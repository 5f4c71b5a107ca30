#include "core/domain/NightClock.h"

#include <algorithm>

namespace {
constexpr qint64 SecondsPerDay = 24 * 3600;
const qint64 EpochJulianDay = QDate(1970, 1, 1).toJulianDay();

// Whole days, rounding towards minus infinity so times before 1970 work too.
qint64 floorDays(qint64 seconds)
{
    return seconds >= 0 ? seconds / SecondsPerDay : -((-seconds + SecondsPerDay - 1) / SecondsPerDay);
}
} // namespace

NightClock::NightClock(int boundaryHour, int wakeUpHour)
    : m_boundaryHour(std::clamp(boundaryHour, 0, 23))
    , m_wakeUpHour(std::clamp(wakeUpHour, 0, m_boundaryHour))
{
}

// Plain arithmetic on the wall clock: the analysis calls this for every cramp of a decade.
QDate NightClock::nightOf(const QDateTime &time) const
{
    const qint64 sinceFirstBoundary = wallClockSeconds(time) - qint64(m_boundaryHour) * 3600;
    return QDate::fromJulianDay(EpochJulianDay + floorDays(sinceFirstBoundary));
}

QDate NightClock::lastSleptNight(const QDateTime &now) const
{
    // The day whose wake-up hour has last passed; the night before it is the one slept.
    const qint64 sinceWakeUp = wallClockSeconds(now) - qint64(m_wakeUpHour) * 3600;
    return QDate::fromJulianDay(EpochJulianDay + floorDays(sinceWakeUp) - 1);
}

qint64 NightClock::nightBeginWallSeconds(QDate night) const
{
    return (night.toJulianDay() - EpochJulianDay) * SecondsPerDay + qint64(m_boundaryHour) * 3600;
}

QDateTime NightClock::endOfNight(const QDateTime &now) const
{
    const qint64 secondsLeft = nightBeginWallSeconds(nightOf(now).addDays(1)) - wallClockSeconds(now);
    return now.addSecs(secondsLeft);
}

int NightClock::hoursIntoNight(const QDateTime &time) const
{
    const qint64 seconds = wallClockSeconds(time) - nightBeginWallSeconds(nightOf(time));
    return int(seconds / 3600);
}

qint64 wallClockSeconds(const QDateTime &time)
{
    return time.toSecsSinceEpoch() + time.offsetFromUtc();
}

QDate weekStartOf(QDate night, Qt::DayOfWeek firstDay)
{
    return night.addDays(-((night.dayOfWeek() - int(firstDay) + 7) % 7));
}

QDate NightClock::tonight(const QDateTime &now) const
{
    const QDate current = nightOf(now);
    const bool upBeforeTheBoundary = isUp(now) && now.time().hour() < m_boundaryHour;
    return upBeforeTheBoundary ? current.addDays(1) : current;
}
