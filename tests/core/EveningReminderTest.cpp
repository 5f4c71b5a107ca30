#include "core/domain/EveningReminder.h"

#include <gtest/gtest.h>

using EveningReminder::Decision;

namespace {
QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

EveningReminder::Facts on(QTime time)
{
    EveningReminder::Facts facts;
    facts.enabled = true;
    facts.at = time;
    return facts;
}
} // namespace

TEST(EveningReminder, IsDueFromItsTimeForAFewHoursOnceANight)
{
    const NightClock clock(12);
    const auto facts = on(QTime(21, 30));
    EXPECT_EQ(EveningReminder::decide(at("2026-11-23T21:29:00+01:00"), clock, facts), Decision::NotYet);
    EXPECT_EQ(EveningReminder::decide(at("2026-11-23T21:30:00+01:00"), clock, facts), Decision::Due);
    EXPECT_EQ(EveningReminder::decide(at("2026-11-24T01:00:00+01:00"), clock, facts), Decision::Due);
    EXPECT_EQ(EveningReminder::decide(at("2026-11-24T02:00:00+01:00"), clock, facts), Decision::Missed);
    auto reminded = facts;
    reminded.remindedNight = QDate(2026, 11, 23);
    EXPECT_EQ(EveningReminder::decide(at("2026-11-23T22:00:00+01:00"), clock, reminded), Decision::AlreadyReminded);
    // The next evening is a new night.
    EXPECT_EQ(EveningReminder::decide(at("2026-11-24T21:45:00+01:00"), clock, reminded), Decision::Due);
}

TEST(EveningReminder, NeverAfterACheckinOnAnUntrackedNightOrWhenOff)
{
    const NightClock clock(12);
    auto facts = on(QTime(21, 30));
    facts.nightHasCheckin = true;
    EXPECT_EQ(EveningReminder::decide(at("2026-11-23T22:00:00+01:00"), clock, facts), Decision::CheckedIn);
    facts.nightHasCheckin = false;
    facts.nightIsUntracked = true;
    EXPECT_EQ(EveningReminder::decide(at("2026-11-23T22:00:00+01:00"), clock, facts), Decision::NotTracked);
    facts.nightIsUntracked = false;
    facts.enabled = false;
    EXPECT_EQ(EveningReminder::decide(at("2026-11-23T22:00:00+01:00"), clock, facts), Decision::Off);
}

TEST(EveningReminder, ATimeAfterMidnightBelongsToTheSameNight)
{
    const NightClock clock(12);
    const auto facts = on(QTime(0, 30));
    EXPECT_EQ(EveningReminder::decide(at("2026-11-23T23:00:00+01:00"), clock, facts), Decision::NotYet);
    EXPECT_EQ(EveningReminder::decide(at("2026-11-24T00:40:00+01:00"), clock, facts), Decision::Due);
    EXPECT_EQ(EveningReminder::nightFor(at("2026-11-24T00:40:00+01:00"), clock), QDate(2026, 11, 23));
}
