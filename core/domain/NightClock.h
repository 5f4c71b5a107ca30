#pragma once

#include <QDate>
#include <QDateTime>

// Assigns times to nights: a cramp at 02:30 on Tuesday belongs to Monday's night. The
// night runs from the boundary hour of its date to the boundary hour of the next day,
// on the wall clock the person lived by at the time.
class NightClock
{
public:
    static constexpr int DefaultBoundaryHour = 12;
    // From the wake-up hour the person is up: the night just slept is "last night" and counts
    // in every figure, and the evening ahead is "tonight" even while an evening boundary (say
    // 18:00) has not passed yet. Never later than the boundary: a night counts by its end.
    static constexpr int DefaultWakeUpHour = 6;

    explicit NightClock(int boundaryHour = DefaultBoundaryHour, int wakeUpHour = DefaultWakeUpHour);

    int boundaryHour() const { return m_boundaryHour; }
    int wakeUpHour() const { return m_wakeUpHour; }
    // Whether the person is up at `now`: from the wake-up hour to midnight.
    bool isUp(const QDateTime &now) const { return now.time().hour() >= m_wakeUpHour; }

    QDate nightOf(const QDateTime &time) const;
    // The night the person means by "tonight" at `now`: the night in progress, or, once up
    // and before a boundary later than the wake-up hour, the coming one. What the evening
    // check-in, a self-experiment's plan and Home call tonight.
    QDate tonight(const QDateTime &now) const;
    // The night slept before the morning of `day`: the one holding its small hours (03:00),
    // whatever the boundary. "Last night" on `day`, once the person is up.
    QDate nightBefore(QDate day) const { return nightOf(QDateTime(day, QTime(3, 0))); }
    // The newest night the person has woken from at `now` (its morning's wake-up hour has
    // passed): the newest night every figure counts. A report made at 09:00 holds last night;
    // tonight counts for nothing before it has been slept, so it never reads as quiet.
    QDate lastSleptNight(const QDateTime &now) const;
    // When the night in progress at `now` ends, on the same wall clock as `now`.
    QDateTime endOfNight(const QDateTime &now) const;

    // Wall-clock seconds since the epoch (UTC instant plus offset) where a night begins;
    // the store compares episodes by the same measure.
    qint64 nightBeginWallSeconds(QDate night) const;

    // Whole hours from the night's boundary to the time, e.g. 15 for 03:xx with a noon boundary.
    int hoursIntoNight(const QDateTime &time) const;

private:
    int m_boundaryHour;
    int m_wakeUpHour;
};

// The first night of the week holding `night`, for weeks starting on `firstDay`.
QDate weekStartOf(QDate night, Qt::DayOfWeek firstDay);

// The instant plus its UTC offset: the wall clock as seconds, comparable across zones.
qint64 wallClockSeconds(const QDateTime &time);
