#include "core/analysis/DiaryAnalysis.h"

#include "TempDiary.h"
#include "core/analysis/ReportFigures.h"
#include "core/analysis/Statistics.h"

#include <gtest/gtest.h>
#include <numeric>

#include <QJsonArray>
#include <QJsonObject>

namespace {
Episode cramp(const char *iso, std::optional<int> severity = std::nullopt, std::optional<int> duration = std::nullopt)
{
    Episode e;
    e.start = at(iso);
    e.severity = severity;
    e.durationSeconds = duration;
    return e;
}

Factor yesNo(qint64 id, const char *key)
{
    return Factor { id, QString::fromLatin1(key), QString::fromLatin1(key), FactorKind::YesNo, {}, {}, false, {} };
}
} // namespace

// A fortnight by hand: the diary starts on Monday 2 November 2026 (first check-in), the
// last complete night is Sunday 15 November, weeks start on Monday. Nights 6-7 Nov are
// marked as not tracked. Cramps: 3 Nov x2 (severity 4, 8; 60 s, 120 s), 5 Nov (6; 30 s),
// 6 Nov (untracked, ignored), 10 Nov (9; 600 s).
class HandComputed : public ::testing::Test
{
protected:
    DiaryAnalysis analysis = [] {
        DiaryAnalysis::Snapshot s;
        s.episodes = { cramp("2026-11-04T02:00:00+00:00", 4, 60), cramp("2026-11-04T04:00:00+00:00", 8, 120),
                       cramp("2026-11-06T03:00:00+00:00", 6, 30), cramp("2026-11-07T03:00:00+00:00", 10, 900),
                       cramp("2026-11-11T03:00:00+00:00", 9, 600) };
        s.nightLogs = { { QDate(2026, 11, 2), {}, {}, {}, {} },
                        { QDate(2026, 11, 3), {}, {}, {}, {} },
                        { QDate(2026, 11, 10), {}, {}, {}, {} } };
        s.untracked = { { 1, QDate(2026, 11, 6), QDate(2026, 11, 7), QStringLiteral("away") } };
        return DiaryAnalysis(s, NightClock(12), Qt::Monday, QDate(2026, 11, 15));
    }();
};

TEST_F(HandComputed, RangeFiguresCountPerTrackedNight)
{
    const PeriodFigures f = analysis.figures(QDate(2026, 11, 1), QDate(2026, 11, 15));
    EXPECT_EQ(f.nightsTracked, 12); // 2..15 Nov is 14 nights, minus 6 and 7
    EXPECT_EQ(f.nightsCheckedIn, 3);
    EXPECT_EQ(f.cramps, 4); // the cramp of the untracked 6th is left out
    EXPECT_EQ(f.crampNights, 3);
    EXPECT_EQ(f.crampFreeNights(), 9);
    EXPECT_NEAR(*f.crampsPerWeek(), 4 * 7.0 / 12, 1e-12); // 2.333
    EXPECT_NEAR(*f.crampNightsPerWeek(), 3 * 7.0 / 12, 1e-12); // 1.75
    EXPECT_DOUBLE_EQ(*f.severityMedian, 7.0); // 4, 6, 8, 9
    EXPECT_EQ(*f.severityMin, 4);
    EXPECT_EQ(*f.severityMax, 9);
    EXPECT_DOUBLE_EQ(*f.durationMedianSeconds, 90.0); // 30, 60, 120, 600
    EXPECT_FALSE(f.sleepDisturbanceMedian.has_value());
}

TEST_F(HandComputed, WeeksAreCalendarWeeksAndPartialOnesSaySo)
{
    const QList<PeriodFigures> weeks = analysis.weeks(QDate(2026, 11, 1), QDate(2026, 11, 15));
    ASSERT_EQ(weeks.size(), 3); // 26 Oct-1 Nov, 2-8 Nov, 9-15 Nov
    EXPECT_EQ(weeks[0].first, QDate(2026, 10, 26));
    EXPECT_EQ(weeks[0].nightsTracked, 0); // before the diary began
    EXPECT_TRUE(weeks[0].isPartial());
    EXPECT_FALSE(weeks[0].crampsPerWeek().has_value());
    EXPECT_EQ(weeks[1].nightsTracked, 5);
    EXPECT_TRUE(weeks[1].isPartial());
    EXPECT_EQ(weeks[1].cramps, 3);
    EXPECT_NEAR(*weeks[1].crampsPerWeek(), 3 * 7.0 / 5, 1e-12); // 4.2, not a low "3"
    EXPECT_EQ(weeks[2].nightsTracked, 7);
    EXPECT_FALSE(weeks[2].isPartial());
    EXPECT_DOUBLE_EQ(*weeks[2].crampsPerWeek(), 1.0);
}

TEST(WeekBars, AWeekWithFewerThanFourTrackedNightsShowsItsCountNotASevenNightRate)
{
    // The edge is 4 nights: 3 tracked nights show the count, 4 the rate per seven nights.
    const auto week = [](int tracked, int cramps) {
        PeriodFigures w;
        w.first = QDate(2026, 11, 2);
        w.last = QDate(2026, 11, 8);
        w.nightsTracked = tracked;
        w.cramps = cramps;
        return w;
    };
    EXPECT_FALSE(week(0, 0).weekBar().has_value()); // not tracked: no bar, not a quiet week
    EXPECT_EQ(week(1, 1).weekBar(), 1.0); // not 7
    EXPECT_EQ(week(2, 2).weekBar(), 2.0); // not 7: never the tallest bar
    EXPECT_EQ(week(3, 3).weekBar(), 3.0); // not 7
    EXPECT_FALSE(week(3, 3).isScaledToAWeek());
    EXPECT_TRUE(week(4, 2).isScaledToAWeek());
    EXPECT_DOUBLE_EQ(*week(4, 2).weekBar(), 3.5); // 2 x 7 / 4
    EXPECT_DOUBLE_EQ(*week(6, 3).weekBar(), 3.5); // 3 x 7 / 6
    EXPECT_DOUBLE_EQ(*week(7, 3).weekBar(), 3.0);
    EXPECT_TRUE(week(6, 3).isPartial());
    EXPECT_FALSE(week(7, 3).isPartial());
}

TEST_F(HandComputed, TimeOfNightLegsAndCalendar)
{
    const QList<int> hours = analysis.crampsByHourOfNight(QDate(2026, 11, 1), QDate(2026, 11, 15));
    EXPECT_EQ(hours[14], 1); // 02:00 is 14 hours after noon
    EXPECT_EQ(hours[15], 2); // 03:00 twice (the 6th is untracked)
    EXPECT_EQ(hours[16], 1);
    EXPECT_EQ(std::accumulate(hours.cbegin(), hours.cend(), 0), 4);
    EXPECT_EQ(analysis.crampsByLeg(QDate(2026, 11, 1), QDate(2026, 11, 15)).value(QStringLiteral("unknown")), 4);
    const QMap<QDate, int> nights = analysis.crampsPerNight(QDate(2026, 11, 1), QDate(2026, 11, 15));
    EXPECT_EQ(nights.size(), 12);
    EXPECT_EQ(nights.value(QDate(2026, 11, 3)), 2);
    EXPECT_EQ(nights.value(QDate(2026, 11, 4)), 0);
    EXPECT_FALSE(nights.contains(QDate(2026, 11, 6)));
}

TEST_F(HandComputed, BeforeAndAfterADate)
{
    // Before 9 Nov: nights 2-5, 8 (5 tracked), 3 cramps; from 9 Nov: 7 nights, 1 cramp.
    const BeforeAfter change = analysis.beforeAfter(QDate(2026, 11, 9), QDate(2026, 11, 1), QDate(2026, 11, 15));
    EXPECT_EQ(change.nightsBefore, 5);
    EXPECT_EQ(change.crampsBefore, 3);
    EXPECT_EQ(change.nightsAfter, 7);
    EXPECT_EQ(change.crampsAfter, 1);
    EXPECT_NEAR(change.perWeekBefore(), 4.2, 1e-12);
    EXPECT_DOUBLE_EQ(change.perWeekAfter(), 1.0);
    // Exact: n = 4 cramps, p = 7/12 of the nights after. P(0..4) = 0.030141, 0.168789, 0.354456,
    // 0.330826, 0.115788; those at most P(1) are k = 0, 1, 4: 0.314718.
    EXPECT_NEAR(change.pValue, 0.3147183642, 1e-9);
}

TEST(DiaryAnalysisEdges, AnEmptyDiaryHasNoNightsAndNoRates)
{
    const DiaryAnalysis analysis({}, NightClock(), Qt::Monday, QDate(2026, 11, 15));
    const PeriodFigures f = analysis.figures(QDate(2026, 1, 1), QDate(2026, 11, 15));
    EXPECT_EQ(f.nightsTracked, 0);
    EXPECT_EQ(f.cramps, 0);
    EXPECT_FALSE(f.crampsPerWeek().has_value());
    EXPECT_FALSE(f.severityMedian.has_value());
    EXPECT_TRUE(analysis.crampsPerNight(QDate(2026, 1, 1), QDate(2026, 11, 15)).isEmpty());
    EXPECT_TRUE(analysis.factorLinks(QDate(2026, 1, 1), QDate(2026, 11, 15)).isEmpty());
}

TEST(DiaryAnalysisEdges, EveryNightWithACrampAndAFactorNeverRecorded)
{
    DiaryAnalysis::Snapshot s;
    s.factors = { yesNo(1, "alcohol"), yesNo(2, "caffeine") };
    for (int i = 0; i < 24; ++i) {
        const QDate night = QDate(2026, 10, 1).addDays(i);
        s.episodes.append(
                cramp(QDateTime(night.addDays(1), QTime(3, 0), Qt::UTC).toString(Qt::ISODate).toLatin1().constData()));
        s.nightLogs.append({ night, {}, { { 1, i % 2 == 0 } }, {}, {} });
    }
    const DiaryAnalysis analysis(s, NightClock(), Qt::Monday, QDate(2026, 10, 24));
    const PeriodFigures f = analysis.figures(QDate(2026, 10, 1), QDate(2026, 10, 24));
    EXPECT_EQ(f.crampNights, 24);
    EXPECT_EQ(f.crampFreeNights(), 0);
    EXPECT_DOUBLE_EQ(*f.crampsPerWeek(), 7.0);
    const QList<FactorLink> links = analysis.factorLinks(QDate(2026, 10, 1), QDate(2026, 10, 24));
    ASSERT_EQ(links.size(), 2);
    // Cramps every night: both groups at 100%, ratio 1, nothing to see.
    EXPECT_EQ(links[0].groupNights, 12);
    EXPECT_EQ(links[0].groupCrampNights, 12);
    EXPECT_DOUBLE_EQ(links[0].pValue, 1.0);
    EXPECT_NEAR(links[0].ratio, 1.0, 1e-12);
    // Caffeine never recorded: no nights in either group, and how many are missing.
    EXPECT_EQ(links[1].groupNights + links[1].otherNights, 0);
    EXPECT_FALSE(links[1].hasEnoughNights());
    EXPECT_EQ(links[1].moreGroupNightsNeeded(), FactorLink::MinimumNightsPerGroup);
}

TEST(DiaryAnalysisEdges, FactorLinksSplitWaterAtTwoLitresAndChoicesByLevel)
{
    DiaryAnalysis::Snapshot s;
    s.factors = { Factor { 1,
                           QStringLiteral("water_ml"),
                           QStringLiteral("Water"),
                           FactorKind::Number,
                           QStringLiteral("ml"),
                           {},
                           false,
                           {} },
                  Factor { 2,
                           QStringLiteral("sleep_position"),
                           QStringLiteral("Position"),
                           FactorKind::Choice,
                           {},
                           { QStringLiteral("toes_pointed"), QStringLiteral("side") },
                           false,
                           {} } };
    // 28 nights: water 800 on even nights (cramp on 12 of 14), 2000 on odd (cramp on 2 of 14).
    for (int i = 0; i < 28; ++i) {
        const QDate night = QDate(2026, 10, 1).addDays(i);
        const bool low = i % 2 == 0;
        s.nightLogs.append({ night,
                             {},
                             { { 1, low ? 800.0 : 2000.0 },
                               { 2, QString(i < 14 ? QStringLiteral("toes_pointed") : QStringLiteral("side")) } },
                             {},
                             {} });
        const bool hasCramp = low ? (i != 0 && i != 2) : (i == 1 || i == 3);
        if (hasCramp)
            s.episodes.append(cramp(
                    QDateTime(night.addDays(1), QTime(3, 0), Qt::UTC).toString(Qt::ISODate).toLatin1().constData()));
    }
    const DiaryAnalysis analysis(s, NightClock(), Qt::Monday, QDate(2026, 10, 28));
    const QList<FactorLink> links = analysis.factorLinks(QDate(2026, 10, 1), QDate(2026, 10, 28));
    ASSERT_EQ(links.size(), 3); // water, and one per position
    const FactorLink &water = links[0];
    EXPECT_DOUBLE_EQ(*water.threshold, 2000.0); // the guidance's figure of about two litres
    EXPECT_EQ(water.groupLabel, QStringLiteral("less than 2,000 ml"));
    EXPECT_EQ(water.groupNights, 14);
    EXPECT_EQ(water.groupCrampNights, 12);
    EXPECT_EQ(water.otherCrampNights, 2);
    EXPECT_NEAR(water.pValue, Statistics::fisherExactTwoSided(12, 2, 2, 12), 1e-15);
    EXPECT_NEAR(water.ratio, 6.0, 1e-12);
    EXPECT_LT(water.qValue, 0.01);
    // A split the person chose replaces the default.
    DiaryAnalysis::Snapshot chosen = analysis.snapshot();
    chosen.factors[0].splitAt = 500.0;
    const QList<FactorLink> custom = DiaryAnalysis(chosen, NightClock(), Qt::Monday, QDate(2026, 10, 28))
                                             .factorLinks(QDate(2026, 10, 1), QDate(2026, 10, 28));
    EXPECT_EQ(custom[0].groupNights, 0);
    EXPECT_FALSE(custom[0].hasEnoughNights());
    EXPECT_EQ(links[1].groupLabel, QStringLiteral("Toes pointed down"));
    EXPECT_EQ(links[1].groupNights, 14);
    EXPECT_EQ(links[2].groupNights, 14);
}

// Ten nights logged up to last night, read in the night in progress (tonight), on both
// sides of midnight: tonight's cramp is in no figure until the person is up the morning after.
TEST(DiaryAnalysisTonight, TheNightInProgressIsInNoFigure)
{
    DiaryAnalysis::Snapshot s;
    for (int day = 14; day <= 23; ++day) // nights 13..22 Nov: one cramp each
        s.episodes.append(cramp(qPrintable(QStringLiteral("2026-11-%1T03:00:00+01:00").arg(day)), 5));
    s.episodes.append(cramp("2026-11-24T01:00:00+01:00", 9)); // tonight, the night of the 23rd
    s.nightLogs = { { QDate(2026, 11, 23), {}, {}, {}, {} } }; // tonight's check-in, done in the evening
    const NightClock clock;
    for (const char *now : { "2026-11-23T21:00:00+01:00", "2026-11-24T01:30:00+01:00", "2026-11-24T05:59:59+01:00" }) {
        const DiaryAnalysis analysis(s, clock, Qt::Monday, clock.lastSleptNight(at(now)));
        const PeriodFigures f = analysis.figures(QDate(2026, 11, 1), QDate(2026, 11, 30));
        EXPECT_EQ(f.nightsTracked, 10) << now;
        EXPECT_EQ(f.cramps, 10) << now;
        EXPECT_EQ(f.nightsCheckedIn, 0) << now;
        EXPECT_EQ(*f.severityMax, 5) << now;
        EXPECT_FALSE(analysis.crampsPerNight(QDate(2026, 11, 1), QDate(2026, 11, 30)).contains(QDate(2026, 11, 23)));
        EXPECT_EQ(analysis.beforeAfter(QDate(2026, 11, 18), QDate(2026, 11, 1), QDate(2026, 11, 30)).nightsAfter, 5);
        const QList<int> hours = analysis.crampsByHourOfNight(QDate(2026, 11, 1), QDate(2026, 11, 30));
        EXPECT_EQ(std::accumulate(hours.cbegin(), hours.cend(), 0), 10) << now;
    }
    // From the wake-up hour (06:00) the night just slept is counted like any other.
    const DiaryAnalysis later(s, clock, Qt::Monday, clock.lastSleptNight(at("2026-11-24T06:00:00+01:00")));
    EXPECT_EQ(later.figures(QDate(2026, 11, 1), QDate(2026, 11, 30)).nightsTracked, 11);
    EXPECT_EQ(later.figures(QDate(2026, 11, 1), QDate(2026, 11, 30)).cramps, 11);
}

namespace {
Factor ownNumber(qint64 id)
{
    return Factor { id, {}, QStringLiteral("Steps"), FactorKind::Number, QStringLiteral("k"), {}, false, {} };
}

// One factor's link over nights 1 Oct onwards holding `values`, a cramp on every other night.
FactorLink linkFor(const Factor &factor, const QList<double> &values)
{
    DiaryAnalysis::Snapshot s;
    s.factors = { factor };
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QDate night = QDate(2026, 10, 1).addDays(i);
        s.nightLogs.append({ night, {}, { { factor.id, values[i] } }, {}, {} });
        if (i % 2 == 0)
            s.episodes.append(cramp(
                    QDateTime(night.addDays(1), QTime(3, 0), Qt::UTC).toString(Qt::ISODate).toLatin1().constData()));
    }
    const DiaryAnalysis analysis(s, NightClock(), Qt::Monday, QDate(2026, 12, 31));
    return analysis.factorLinks(QDate(2026, 10, 1), QDate(2026, 12, 31)).first();
}
} // namespace

TEST(FactorSplits, AnOwnNumberSplitsAtItsMedian)
{
    const FactorLink link = linkFor(ownNumber(7), { 2, 4, 6, 8, 10, 12 });
    EXPECT_DOUBLE_EQ(*link.threshold, 7.0);
    EXPECT_EQ(link.groupLabel, QStringLiteral("less than 7 k"));
    EXPECT_EQ(link.groupNights, 3);
    EXPECT_EQ(link.otherNights, 3);
}

TEST(FactorSplits, TiesAtTheLowestValueMoveTheSplitUpSoBothGroupsHoldNights)
{
    // Mostly zeros: the median is 0 and nothing is "less than 0"; the split moves to 3.
    const FactorLink link = linkFor(ownNumber(7), { 0, 0, 0, 0, 0, 3, 5, 0 });
    EXPECT_DOUBLE_EQ(*link.threshold, 3.0);
    EXPECT_EQ(link.groupLabel, QStringLiteral("less than 3 k"));
    EXPECT_EQ(link.groupNights, 6);
    EXPECT_EQ(link.otherNights, 2);
    EXPECT_FALSE(link.groupLabel.contains(QStringLiteral("less than 0")));
}

TEST(FactorSplits, ANumberWithOneValueOnlySaysSoInsteadOfAskingForNights)
{
    for (const QList<double> &values : { QList<double> { 4, 4, 4, 4 }, QList<double> {} }) {
        const FactorLink link = linkFor(ownNumber(7), values);
        EXPECT_TRUE(link.singleValue);
        EXPECT_FALSE(link.threshold.has_value());
        EXPECT_FALSE(link.hasEnoughNights());
        EXPECT_TRUE(link.groupLabel.isEmpty());
    }
}

TEST(FactorSplits, StretchingIsAnyAgainstNoneAndStressSplitsAtTheMiddleOfItsScale)
{
    const Factor stretch { 2,
                           QStringLiteral("stretch_minutes"),
                           QStringLiteral("Stretch"),
                           FactorKind::Number,
                           QStringLiteral("min"),
                           {},
                           false,
                           {} };
    const FactorLink stretched = linkFor(stretch, { 0, 0, 0, 0, 5, 10, 0, 2 }); // all-zero median
    EXPECT_EQ(stretched.groupLabel, QStringLiteral("none"));
    EXPECT_EQ(stretched.otherLabel, QStringLiteral("any"));
    EXPECT_EQ(stretched.groupNights, 5);
    EXPECT_EQ(stretched.otherNights, 3);
    const Factor stress {
        3, QStringLiteral("stress"), QStringLiteral("Stress"), FactorKind::Number, {}, {}, false, {}
    };
    const FactorLink stressed = linkFor(stress, { 0, 0, 0, 0 }); // an empty or calm diary: never "less than 0"
    EXPECT_EQ(stressed.groupLabel, QStringLiteral("less than 5"));
    EXPECT_EQ(stressed.otherLabel, QStringLiteral("5 or more"));
}

// What `stats --json` prints: the report's figures with every factor link spelled out.
TEST(ReportFiguresJson, CarriesFactorLinksWithTheirTableAndWords)
{
    DiaryAnalysis::Snapshot s;
    s.factors = { yesNo(1, "exercise") };
    for (int i = 0; i < 24; ++i) { // 3..26 Oct: exercise on even nights, a cramp on each of them
        const QDate night = QDate(2026, 10, 3).addDays(i);
        s.nightLogs.append({ night, {}, { { 1, i % 2 == 0 } }, {}, {} });
        if (i % 2 == 0)
            s.episodes.append(cramp(
                    QDateTime(night.addDays(1), QTime(3, 0), Qt::UTC).toString(Qt::ISODate).toLatin1().constData()));
    }
    const DiaryAnalysis analysis(s, NightClock(), Qt::Monday, QDate(2026, 10, 26));
    const ReportFigures::Period period = ReportFigures::defaultPeriod(analysis);
    EXPECT_EQ(period.first, QDate(2026, 10, 3)); // the whole diary: shorter than 12 weeks
    const QJsonObject json = ReportFigures::compute(analysis, period.first, period.last).json();
    EXPECT_EQ(json[u"period"].toString(), QStringLiteral("wholeDiary"));
    EXPECT_TRUE(json[u"baseline"].isNull()); // 24 nights: too short for a baseline
    const QJsonObject link = json[u"factorLinks"].toArray().first().toObject();
    EXPECT_EQ(link[u"factorKey"].toString(), QStringLiteral("exercise"));
    EXPECT_EQ(link[u"groupNights"].toInt(), 12);
    EXPECT_EQ(link[u"groupCrampNights"].toInt(), 12);
    EXPECT_EQ(link[u"otherNights"].toInt(), 12);
    EXPECT_EQ(link[u"otherCrampNights"].toInt(), 0);
    EXPECT_TRUE(link[u"enoughNights"].toBool());
    EXPECT_LT(link[u"p"].toDouble(), 0.001);
    EXPECT_GT(link[u"ratioLow"].toDouble(), 1.0);
    EXPECT_EQ(link[u"strength"].toString(), QStringLiteral("clear"));
    EXPECT_TRUE(link[u"words"].toString().startsWith(QStringLiteral("A clear link. Cramp nights were about")));
}
