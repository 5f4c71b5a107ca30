#include "NightClock.h"

#include <QTimeZone>

#include <algorithm>

NightClock::NightClock(int boundaryHour)
    : m_boundaryHour(std::clamp(boundaryHour, 0, 23))
{
}

QDate NightClock::nightOf(const QDateTime &time) const
{
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(wallClockSeconds(time), QTimeZone::utc());
    const QDate date = wall.date();
    return wall.time().hour() < m_boundaryHour ? date.addDays(-1) : date;
}

qint64 NightClock::nightBeginWallSeconds(QDate night) const
{
    return QDateTime(night, QTime(m_boundaryHour, 0), QTimeZone::utc()).toSecsSinceEpoch();
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
