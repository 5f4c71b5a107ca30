// Each threshold and period rule on both sides of its edge, the expected values worked out
// by hand here: the warning signs a person is shown, the night clock (a midnight boundary,
// dates before 1970), and CSV line numbers. tools/mutants.txt lists the changes these
// tests must notice.
#include "TempDiary.h"
#include "core/analysis/Significance.h"
#include "core/domain/EpisodeValidator.h"
#include "core/domain/NightClock.h"
#include "core/exchange/CsvReader.h"
#include "core/exchange/EpisodeCsv.h"
#include "core/guidance/RedFlagRules.h"

#include <gtest/gtest.h>

#include <QBuffer>

namespace {
// A cramp in the small hours of the morning after `night` (boundary at noon).
Episode crampOn(QDate night, bool woke = false, std::optional<int> disturbance = std::nullopt)
{
    Episode e;
    e.start = QDateTime(night.addDays(1), QTime(3, 0), Qt::OffsetFromUTC, 0);
    e.wokeFromSleep = woke;
    e.sleepDisturbance = disturbance;
    return e;
}

// `count` cramps, one a night, on the nights from `first` on.
QList<Episode> nightly(QDate first, int count, bool woke = false)
{
    QList<Episode> episodes;
    for (int i = 0; i < count; ++i)
        episodes.append(crampOn(first.addDays(i), woke));
    return episodes;
}

const QDate Last(2026, 11, 22); // the last night of the four weeks; they begin 26 Oct (Last - 27)
const QDate RecentStart = Last.addDays(-27);
const QDate EarlierStart = RecentStart.addDays(-28); // 28 Sep
const NightClock Clock;

bool alerts(const QList<Episode> &episodes)
{
    return RedFlagRules::forRecentNights(episodes, Last, Clock).has_value();
}
} // namespace

TEST(Boundaries, EightCrampsInFourWeeksAfterNoneRaiseTheTrendAndSevenDoNot)
{
    EXPECT_TRUE(alerts(nightly(RecentStart, 8)));
    EXPECT_FALSE(alerts(nightly(RecentStart, 7)));
}

TEST(Boundaries, HalfAsManyAgainIsAnIncreaseAndLessIsNot)
{
    // 12 lately against 8 before: 12 is 1.5 times 8. 11 against 8 is not.
    EXPECT_TRUE(alerts(nightly(EarlierStart, 8) + nightly(RecentStart, 12)));
    EXPECT_FALSE(alerts(nightly(EarlierStart, 8) + nightly(RecentStart, 11)));
}

TEST(Boundaries, TheFourWeeksAreTheLast28NightsWithTheLastNightIncluded)
{
    // 7 cramps inside the window and one on the night before it: only 7 are recent.
    EXPECT_FALSE(alerts(nightly(RecentStart, 7) + QList<Episode> { crampOn(RecentStart.addDays(-1)) }));
    // 7 inside, one on the window's first night: 8.
    EXPECT_TRUE(alerts(nightly(RecentStart.addDays(1), 7) + QList<Episode> { crampOn(RecentStart) }));
    // 7 inside, one on the last night itself: 8; one the night after: not counted.
    EXPECT_TRUE(alerts(nightly(RecentStart, 7) + QList<Episode> { crampOn(Last) }));
    EXPECT_FALSE(alerts(nightly(RecentStart, 7) + QList<Episode> { crampOn(Last.addDays(1)) }));
}

TEST(Boundaries, TheFourWeeksBeforeBeginOn28Sep)
{
    // 11 lately against 8 before (one of them on 28 Sep, the first night of the four weeks
    // before): no increase. Were 28 Sep left out, 11 against 7 would be one.
    QList<Episode> earlier = nightly(EarlierStart.addDays(1), 7);
    earlier.append(crampOn(EarlierStart));
    EXPECT_FALSE(alerts(earlier + nightly(RecentStart, 11)));
    // A cramp on 27 Sep is outside both: 11 against 7 is an increase.
    QList<Episode> tooEarly = nightly(EarlierStart.addDays(1), 7);
    tooEarly.append(crampOn(EarlierStart.addDays(-1)));
    EXPECT_TRUE(alerts(tooEarly + nightly(RecentStart, 11)));
}

TEST(Boundaries, SleepDisturbedOnEightNightsIsRaisedAndOnSevenIsNot)
{
    // As many cramps before as lately, so only the broken sleep can raise anything.
    const QList<Episode> before = nightly(EarlierStart, 8);
    QList<Episode> lately;
    for (int i = 0; i < 8; ++i)
        lately.append(crampOn(RecentStart.addDays(2 * i), false, 5)); // a disturbance of 5 counts
    const auto eight = RedFlagRules::forRecentNights(before + lately, Last, Clock);
    ASSERT_TRUE(eight.has_value());
    EXPECT_TRUE(eight->advice.contains(QStringLiteral("8 of the last 28 nights"))) << eight->advice.toStdString();
    lately.last().sleepDisturbance = 4; // 4 does not
    EXPECT_FALSE(RedFlagRules::forRecentNights(before + lately, Last, Clock).has_value());
}

TEST(Boundaries, AMidnightBoundaryStartsTheNightAtMidnight)
{
    const NightClock midnight(0);
    EXPECT_EQ(midnight.boundaryHour(), 0);
    // 00:30 on 21 Nov is the night of 21 Nov; 23:59 on 20 Nov still the night of 20 Nov.
    EXPECT_EQ(midnight.nightOf(at("2026-11-21T00:30:00Z")), QDate(2026, 11, 21));
    EXPECT_EQ(midnight.nightOf(at("2026-11-20T23:59:00Z")), QDate(2026, 11, 20));
    EXPECT_EQ(midnight.hoursIntoNight(at("2026-11-21T00:30:00Z")), 0);
    EXPECT_EQ(midnight.wakeUpHour(), 0); // the wake-up hour never passes the boundary
}

TEST(Boundaries, NightsBefore1970AreCountedLikeAnyOther)
{
    const NightClock noon(12);
    EXPECT_EQ(noon.nightOf(at("1969-12-31T03:00:00Z")), QDate(1969, 12, 30));
    EXPECT_EQ(noon.nightOf(at("1969-12-31T12:00:00Z")), QDate(1969, 12, 31));
    EXPECT_EQ(noon.nightOf(at("1969-12-31T11:59:59Z")), QDate(1969, 12, 30));
    EXPECT_EQ(noon.nightOf(at("1950-06-01T02:00:00+01:00")), QDate(1950, 5, 31));
    EXPECT_EQ(noon.hoursIntoNight(at("1969-12-31T03:00:00Z")), 15);
}

TEST(Boundaries, TheWakeUpHourItselfIsUpAndTheWeekStartsOnItsFirstDay)
{
    const NightClock clock(12, 6);
    EXPECT_TRUE(clock.isUp(at("2026-11-21T06:00:00Z")));
    EXPECT_FALSE(clock.isUp(at("2026-11-21T05:59:59Z")));
    // At 11:00, up and before the noon boundary, "tonight" is the coming night; at 12:00 it
    // has begun.
    EXPECT_EQ(clock.tonight(at("2026-11-21T11:00:00Z")), QDate(2026, 11, 21));
    EXPECT_EQ(clock.tonight(at("2026-11-21T12:00:00Z")), QDate(2026, 11, 21));
    EXPECT_EQ(clock.tonight(at("2026-11-21T05:00:00Z")), QDate(2026, 11, 20));
    const QDate monday(2026, 11, 16);
    EXPECT_EQ(weekStartOf(monday, Qt::Monday), monday);
    EXPECT_EQ(weekStartOf(monday.addDays(6), Qt::Monday), monday);
    EXPECT_EQ(weekStartOf(monday, Qt::Sunday), monday.addDays(-1));
}

TEST(Boundaries, ACrlfFileCountsEachLineOnce)
{
    QByteArray bytes("a,b\r\n1,2\r\n\r\n3,\"x\r\ny\"\r\n4,5\r\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<int> lines;
    while (const auto record = reader.next())
        lines.append(record->line);
    // Line 3 is blank and skipped; the quoted field spans lines 4 and 5.
    EXPECT_EQ(lines, (QList<int> { 1, 2, 4, 6 }));
    EXPECT_EQ(CsvReader::separatorOf(QStringLiteral("a;b,c;d")), QLatin1Char(';'));
    EXPECT_EQ(CsvReader::separatorOf(QStringLiteral("a;b,c")), QLatin1Char(',')); // a tie stays a comma
    EXPECT_EQ(CsvReader::separatorOf(QStringLiteral("\"a;b\",c")), QLatin1Char(','));
}

TEST(Boundaries, AStartTimeNeedsItsHourAndMinuteAndAYearTheDiaryCanHold)
{
    TempDiary temp;
    auto diary = temp.open();
    const auto import = [&](const char *start) {
        return CsvImport::fromText(
                QStringLiteral("id,night,start_local,utc_offset_minutes,duration_seconds,severity,leg,muscle,"
                               "woke_from_sleep,sleep_disturbance,sore_afterwards,reliefs,warning_signs,notes\n"
                               ",,%1,60,,,,,,,,,,\n")
                        .arg(QLatin1StringView(start)),
                [&](QIODevice &input) { return EpisodeCsv::import(*diary, input); });
    };
    EXPECT_FALSE(import("2026-11-20").ok()); // a date alone is no time
    EXPECT_FALSE(import("2026-11-20T03").ok());
    EXPECT_TRUE(import("2026-11-20T03:10").ok()) << import("2026-11-20T03:10").describe().toStdString();
    // 2200 itself is a year a diary holds (the time is refused as being in the future);
    // 2201 is not.
    EXPECT_FALSE(import("2200-06-01T03:10").describe().contains(QStringLiteral("1900 to 2200")));
    EXPECT_TRUE(import("2201-01-01T03:10").describe().contains(QStringLiteral("1900 to 2200")));
    EXPECT_FALSE(import("1899-12-31T03:10").ok());
    EXPECT_TRUE(import("1900-01-01T03:10").ok());
}

TEST(Boundaries, AnOffsetOfEighteenHoursIsTheLastOneAllowed)
{
    Episode e;
    e.severity = 5;
    for (const int hours : { 18, -18 }) {
        e.start = QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::OffsetFromUTC, hours * 3600);
        EXPECT_TRUE(EpisodeValidator::validate(e, at("2026-12-01T00:00:00Z")).isEmpty()) << hours;
    }
    e.start = QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::OffsetFromUTC, 18 * 3600 + 60);
    EXPECT_FALSE(EpisodeValidator::validate(e, at("2026-12-01T00:00:00Z")).isEmpty());
}

TEST(Boundaries, APOfExactlyFivePercentIsClearAndAboveIsNot)
{
    EXPECT_TRUE(Significance::isClear(0.05));
    EXPECT_TRUE(Significance::isClear(0.0499));
    EXPECT_FALSE(Significance::isClear(0.0501));
    EXPECT_EQ(Significance::value(0.0009), QStringLiteral("< 0.001"));
    EXPECT_EQ(Significance::value(0.001), QStringLiteral("0.001"));
    EXPECT_EQ(Significance::statement(QStringLiteral("q"), 0.0421), QStringLiteral("q = 0.042"));
    EXPECT_EQ(Significance::statement(QStringLiteral("p"), 0.0002), QStringLiteral("p < 0.001"));
}
