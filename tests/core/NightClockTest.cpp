#include "core/domain/NightClock.h"

#include "TempDiary.h"

#include <gtest/gtest.h>

#include <QTimeZone>

TEST(NightClock, SmallHoursBelongToThePreviousEvening)
{
    const NightClock clock; // noon boundary
    EXPECT_EQ(clock.nightOf(at("2026-11-24T02:30:00+01:00")), QDate(2026, 11, 23));
    EXPECT_EQ(clock.nightOf(at("2026-11-23T23:59:00+01:00")), QDate(2026, 11, 23));
    EXPECT_EQ(clock.nightOf(at("2026-11-24T00:00:00+01:00")), QDate(2026, 11, 23));
    EXPECT_EQ(clock.nightOf(at("2026-11-24T11:59:59+01:00")), QDate(2026, 11, 23));
    EXPECT_EQ(clock.nightOf(at("2026-11-24T12:00:00+01:00")), QDate(2026, 11, 24));
}

TEST(NightClock, BoundaryHourIsASetting)
{
    const NightClock early(6);
    EXPECT_EQ(early.nightOf(at("2026-11-24T05:59:00Z")), QDate(2026, 11, 23));
    EXPECT_EQ(early.nightOf(at("2026-11-24T06:00:00Z")), QDate(2026, 11, 24));
    EXPECT_EQ(NightClock(99).boundaryHour(), 23); // out of range is clamped, not trusted
}

TEST(NightClock, UsesTheWallClockLivedByNotTheUtcDate)
{
    const NightClock clock;
    // 01:00 in Tokyo is 16:00 UTC the day before; the person lived it as the small hours.
    EXPECT_EQ(clock.nightOf(at("2026-07-10T01:00:00+09:00")), QDate(2026, 7, 9));
    // 23:00 in Los Angeles is 06:00 UTC the next day; still that evening's night.
    EXPECT_EQ(clock.nightOf(at("2026-07-09T23:00:00-07:00")), QDate(2026, 7, 9));
}

TEST(NightClock, DaylightSavingChangesKeepTheNightWhole)
{
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        GTEST_FAIL() << "tzdata for Europe/Berlin is required (package tzdata)";
    const NightClock clock;
    // Clocks go forward at 02:00 on 2026-03-29; 03:30 that morning is the night of the 28th.
    const QDateTime springMorning(QDate(2026, 3, 29), QTime(3, 30), berlin);
    EXPECT_EQ(springMorning.offsetFromUtc(), 7200);
    EXPECT_EQ(clock.nightOf(withFixedOffset(springMorning)), QDate(2026, 3, 28));
    // Clocks go back at 03:00 on 2026-10-25; both 02:30s belong to the night of the 24th.
    const QDateTime firstTwoThirty = QDateTime(QDate(2026, 10, 25), QTime(0, 30), QTimeZone::utc()).toTimeZone(berlin);
    const QDateTime secondTwoThirty = firstTwoThirty.addSecs(3600);
    EXPECT_EQ(firstTwoThirty.time(), QTime(2, 30));
    EXPECT_EQ(secondTwoThirty.time(), QTime(2, 30));
    EXPECT_EQ(clock.nightOf(withFixedOffset(firstTwoThirty)), QDate(2026, 10, 24));
    EXPECT_EQ(clock.nightOf(withFixedOffset(secondTwoThirty)), QDate(2026, 10, 24));
    // The long night still spans boundary to boundary: 25 hours of wall-clock time.
    EXPECT_EQ(clock.hoursIntoNight(withFixedOffset(secondTwoThirty)), 14);
}

TEST(NightClock, HoursIntoNightCountFromTheBoundary)
{
    const NightClock clock;
    EXPECT_EQ(clock.hoursIntoNight(at("2026-11-24T03:10:00+01:00")), 15);
    EXPECT_EQ(clock.hoursIntoNight(at("2026-11-23T22:00:00+01:00")), 10);
}

TEST(NightClock, ANightCountsFromTheWakeUpHourOfItsMorning)
{
    // Monday night (the 23rd), noon boundary, up at 06:00: counted from Tuesday 06:00, before
    // the boundary ends it; not a second earlier.
    const NightClock clock;
    EXPECT_EQ(clock.wakeUpHour(), 6);
    EXPECT_EQ(clock.lastSleptNight(at("2026-11-23T12:00:00+01:00")), QDate(2026, 11, 22));
    EXPECT_EQ(clock.lastSleptNight(at("2026-11-23T22:00:00+01:00")), QDate(2026, 11, 22));
    EXPECT_EQ(clock.lastSleptNight(at("2026-11-24T03:00:00+01:00")), QDate(2026, 11, 22));
    EXPECT_EQ(clock.lastSleptNight(at("2026-11-24T05:59:59+01:00")), QDate(2026, 11, 22));
    EXPECT_EQ(clock.lastSleptNight(at("2026-11-24T06:00:00+01:00")), QDate(2026, 11, 23));
    EXPECT_EQ(clock.lastSleptNight(at("2026-11-24T09:00:00+01:00")), QDate(2026, 11, 23));
    EXPECT_EQ(clock.lastSleptNight(at("2026-11-24T23:59:59+01:00")), QDate(2026, 11, 23));
    EXPECT_EQ(clock.endOfNight(at("2026-11-24T03:00:00+01:00")), at("2026-11-24T12:00:00+01:00"));
    EXPECT_EQ(NightClock(6).endOfNight(at("2026-11-23T22:30:00Z")), at("2026-11-24T06:00:00Z"));
}

TEST(NightClock, TheWakeUpHourIsASettingNeverLaterThanTheBoundary)
{
    // Boundaries at 0, 6, 12 and 18 h, each at its wake-up hour and a second before. The
    // wake-up hour asked for is 6 (or 8), kept at or before the boundary.
    struct Case {
        int boundary;
        int wakeUpAskedFor;
        int wakeUp;
        const char *justBefore;
        const char *atWakeUp;
        QDate sleptFrom; // the night counted from the wake-up hour on
    };
    const Case cases[] = {
        // Midnight boundary: night of the 24th is 24 Nov 00:00 to 25 Nov 00:00; counted at its end.
        { 0, 6, 0, "2026-11-24T23:59:59Z", "2026-11-25T00:00:00Z", QDate(2026, 11, 24) },
        { 6, 6, 6, "2026-11-25T05:59:59Z", "2026-11-25T06:00:00Z", QDate(2026, 11, 24) },
        { 6, 8, 6, "2026-11-25T05:59:59Z", "2026-11-25T06:00:00Z", QDate(2026, 11, 24) },
        { 12, 6, 6, "2026-11-25T05:59:59Z", "2026-11-25T06:00:00Z", QDate(2026, 11, 24) },
        { 12, 8, 8, "2026-11-25T07:59:59Z", "2026-11-25T08:00:00Z", QDate(2026, 11, 24) },
        { 18, 6, 6, "2026-11-25T05:59:59Z", "2026-11-25T06:00:00Z", QDate(2026, 11, 24) },
    };
    for (const Case &c : cases) {
        const NightClock clock(c.boundary, c.wakeUpAskedFor);
        EXPECT_EQ(clock.wakeUpHour(), c.wakeUp) << c.boundary;
        EXPECT_EQ(clock.lastSleptNight(at(c.justBefore)), c.sleptFrom.addDays(-1)) << c.boundary;
        EXPECT_EQ(clock.lastSleptNight(at(c.atWakeUp)), c.sleptFrom) << c.boundary;
        EXPECT_FALSE(clock.isUp(at(c.justBefore)) && c.wakeUp > 0) << c.boundary;
        EXPECT_TRUE(clock.isUp(at(c.atWakeUp))) << c.boundary;
    }
    // Before 1970 the same: night of 31 Dec 1969 counted from 1 Jan 1970 06:00.
    EXPECT_EQ(NightClock().lastSleptNight(at("1970-01-01T05:59:59Z")), QDate(1969, 12, 30));
    EXPECT_EQ(NightClock().lastSleptNight(at("1970-01-01T06:00:00Z")), QDate(1969, 12, 31));
    EXPECT_EQ(NightClock().lastSleptNight(at("1969-07-21T06:00:00Z")), QDate(1969, 7, 20));
}

TEST(NightClock, TonightFollowsThePersonsDayFromTheWakeUpHour)
{
    // Tuesday 1 December 2026. With a boundary after the wake-up hour, once up (06:00) and
    // before the boundary, tonight is Tuesday's night although Monday's has not ended by the
    // rule; before 06:00 it is the night in progress; a boundary at or before the wake-up
    // hour leaves tonight as the night in progress all day.
    const QDate monday(2026, 11, 30), tuesday(2026, 12, 1);
    const auto at = [&](int h, int m = 0) { return QDateTime(tuesday, QTime(h, m)); };
    struct Case {
        int boundary;
        QDateTime now;
        QDate tonight;
    };
    const Case cases[] = {
        { 12, at(5, 59), monday },  { 12, at(6, 0), tuesday }, { 12, at(11, 59), tuesday }, { 12, at(12, 0), tuesday },
        { 18, at(15, 0), tuesday }, { 18, at(3, 0), monday },  { 18, at(18, 0), tuesday },  { 6, at(6, 0), tuesday },
        { 6, at(5, 59), monday },   { 0, at(9, 0), tuesday },  { 0, at(23, 0), tuesday },
    };
    for (const Case &c : cases)
        EXPECT_EQ(NightClock(c.boundary).tonight(c.now), c.tonight)
                << "boundary " << c.boundary << " at " << c.now.toString().toStdString();
    // The night slept before a morning holds its small hours, whatever the boundary.
    EXPECT_EQ(NightClock(12).nightBefore(tuesday), monday);
    EXPECT_EQ(NightClock(18).nightBefore(tuesday), monday);
    EXPECT_EQ(NightClock(0).nightBefore(tuesday), tuesday);
}
