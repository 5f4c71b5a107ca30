// The report's periods, baseline and medicine changes at their edges, with every expected
// figure worked out by hand in the test. The diary: tracked from Monday 2 November 2026 (a
// check-in that night) to Sunday 29 November (the last slept night), the night boundary at
// noon, so a cramp at 03:00 on day D belongs to night D-1.
#include "core/analysis/ReportFigures.h"

#include "TempDiary.h"

#include <gtest/gtest.h>

namespace {
Episode crampOnNight(QDate night, int severity)
{
    Episode e;
    e.start = QDateTime(night.addDays(1), QTime(3, 0), Qt::OffsetFromUTC, 0);
    e.severity = severity;
    return e;
}

// Cramps: 2 per night on 2-8 Nov (14 in the first week), 1 per night on 9-15 Nov, none after.
DiaryAnalysis::Snapshot fourWeeks()
{
    DiaryAnalysis::Snapshot s;
    s.nightLogs = { { QDate(2026, 11, 2), {}, {}, {}, {} } };
    for (int day = 0; day < 7; ++day) {
        s.episodes.append(crampOnNight(QDate(2026, 11, 2).addDays(day), 6));
        s.episodes.append(crampOnNight(QDate(2026, 11, 2).addDays(day), 4));
        s.episodes.append(crampOnNight(QDate(2026, 11, 9).addDays(day), 5));
    }
    return s;
}

DiaryAnalysis analysisOf(DiaryAnalysis::Snapshot s, QDate lastNight = QDate(2026, 11, 29))
{
    return DiaryAnalysis(std::move(s), NightClock(12), Qt::Monday, lastNight);
}

const QDate First(2026, 11, 2);
} // namespace

TEST(ReportFigures, ABaselineIsSetByDefaultFromTwentyEightNightsAndNotBelow)
{
    const DiaryAnalysis analysis = analysisOf(fourWeeks());
    // 2 to 28 Nov: 27 nights, one short of four weeks.
    const ReportFigures short27 = ReportFigures::compute(analysis, First, QDate(2026, 11, 28));
    EXPECT_FALSE(short27.hasBaseline);
    EXPECT_FALSE(short27.changePercent.has_value());
    // 2 to 29 Nov: 28 nights, a baseline of 2-15 Nov.
    const ReportFigures full = ReportFigures::compute(analysis, First, QDate(2026, 11, 29));
    ASSERT_TRUE(full.hasBaseline);
    EXPECT_EQ(full.baselineFirst, First);
    EXPECT_EQ(full.baselineLast, QDate(2026, 11, 15)); // 14 nights, not 13 or 15
    EXPECT_EQ(full.baseline.cramps, 21);
    EXPECT_EQ(full.baseline.nightsTracked, 14);
    // After the baseline: 16-29 Nov, 14 nights, no cramps: -100%.
    EXPECT_EQ(full.afterBaseline.first, QDate(2026, 11, 16));
    EXPECT_EQ(full.afterBaseline.nightsTracked, 14);
    EXPECT_EQ(full.afterBaseline.cramps, 0);
    ASSERT_TRUE(full.changePercent.has_value());
    EXPECT_DOUBLE_EQ(*full.changePercent, -100.0);
}

TEST(ReportFigures, TheChangeIsMeasuredFromTheNightAfterTheBaseline)
{
    DiaryAnalysis::Snapshot s = fourWeeks();
    // One cramp on the baseline's last night and one on the first night after it.
    s.episodes.append(crampOnNight(QDate(2026, 11, 16), 3));
    const ReportFigures r = ReportFigures::compute(analysisOf(s), First, QDate(2026, 11, 29));
    EXPECT_EQ(r.baseline.cramps, 21);
    EXPECT_EQ(r.afterBaseline.cramps, 1);
    // Baseline 21 per 14 nights = 10.5 a week; after 1 per 14 nights = 0.5 a week.
    EXPECT_DOUBLE_EQ(*r.baseline.crampsPerWeek(), 10.5);
    EXPECT_DOUBLE_EQ(*r.afterBaseline.crampsPerWeek(), 0.5);
    EXPECT_NEAR(*r.changePercent, (0.5 - 10.5) / 10.5 * 100, 1e-9); // -95.238
}

TEST(ReportFigures, ABaselineWithoutCrampsGivesNoChangeRatherThanADivisionByZero)
{
    DiaryAnalysis::Snapshot s;
    s.nightLogs = { { First, {}, {}, {}, {} } };
    s.episodes = { crampOnNight(QDate(2026, 11, 20), 5) };
    const ReportFigures r = ReportFigures::compute(analysisOf(s), First, QDate(2026, 11, 29));
    ASSERT_TRUE(r.hasBaseline);
    EXPECT_EQ(r.baseline.cramps, 0);
    EXPECT_FALSE(r.changePercent.has_value());
}

TEST(ReportFigures, NoBaselineMeansNoneEvenForTwelveWeeksAndAGivenOneIsKeptAsGiven)
{
    const DiaryAnalysis analysis = analysisOf(fourWeeks());
    const ReportFigures none
            = ReportFigures::compute(analysis, First, QDate(2026, 11, 29), ReportFigures::BaselineChoice::none());
    EXPECT_FALSE(none.hasBaseline);
    EXPECT_FALSE(none.changePercent.has_value());
    EXPECT_EQ(none.baselineKind, ReportFigures::BaselineChoice::Kind::None);
    EXPECT_TRUE(none.json().value(QStringLiteral("baseline")).isNull());

    // A given baseline applies even to a short period: 9 to 11 Nov, 3 nights of 1 cramp.
    const ReportFigures given
            = ReportFigures::compute(analysis, QDate(2026, 11, 9), QDate(2026, 11, 15),
                                     ReportFigures::BaselineChoice::given(QDate(2026, 11, 9), QDate(2026, 11, 11)));
    ASSERT_TRUE(given.hasBaseline);
    EXPECT_EQ(given.baseline.cramps, 3);
    EXPECT_EQ(given.afterBaseline.first, QDate(2026, 11, 12));
    EXPECT_EQ(given.afterBaseline.cramps, 4);
    // 7 a week before and 7 a week after: no change.
    EXPECT_DOUBLE_EQ(*given.changePercent, 0.0);

    EXPECT_FALSE(ReportFigures::baselineOf(First, QDate(2026, 11, 28), {}).has_value());
    const auto usual = ReportFigures::baselineOf(First, QDate(2026, 11, 29), {});
    ASSERT_TRUE(usual.has_value());
    EXPECT_EQ(usual->last, QDate(2026, 11, 15));
}

TEST(ReportFigures, TheDefaultPeriodIsTwelveWeeksOrTheWholeDiary)
{
    // A diary begun 2 Nov, ending 29 Nov: the whole diary (28 nights).
    const DiaryAnalysis young = analysisOf(fourWeeks());
    const ReportFigures::Period whole = ReportFigures::defaultPeriod(young);
    EXPECT_EQ(whole.first, First);
    EXPECT_EQ(whole.last, QDate(2026, 11, 29));
    // 12 weeks are 84 nights. Ending 23 Jan 2027 they would begin 1 Nov, before the diary:
    // the whole diary. Ending 24 Jan they begin on its first night, 2 Nov; ending 25 Jan, 3 Nov.
    EXPECT_EQ(ReportFigures::defaultPeriod(analysisOf(fourWeeks(), QDate(2027, 1, 23))).first, First);
    EXPECT_EQ(ReportFigures::defaultPeriod(analysisOf(fourWeeks(), QDate(2027, 1, 24))).first, First);
    EXPECT_EQ(ReportFigures::defaultPeriod(analysisOf(fourWeeks(), QDate(2027, 1, 25))).first, QDate(2026, 11, 3));
    EXPECT_EQ(ReportFigures::defaultPeriod(analysisOf(fourWeeks(), QDate(2027, 1, 25))).last, QDate(2027, 1, 25));
}

TEST(ReportFigures, AMedicineChangeCountsOnlyInsideThePeriodAfterItsFirstNight)
{
    DiaryAnalysis::Snapshot s = fourWeeks();
    s.medications = {
        { 1, QStringLiteral("On the first night"), DrugClass::Statin, {}, { { First, std::nullopt } } },
        { 2, QStringLiteral("On the second night"), DrugClass::Statin, {}, { { QDate(2026, 11, 3), std::nullopt } } },
        { 3,
          QStringLiteral("Stopped on the last night"),
          DrugClass::Diuretic,
          {},
          { { QDate(2026, 10, 1), QDate(2026, 11, 29) } } },
        { 4,
          QStringLiteral("Stopped the night before"),
          DrugClass::Diuretic,
          {},
          { { QDate(2026, 10, 1), QDate(2026, 11, 28) } } },
    };
    const ReportFigures r = ReportFigures::compute(analysisOf(s), First, QDate(2026, 11, 29));
    QStringList changes;
    for (const ReportFigures::MedicineChange &c : r.medicineChanges)
        changes.append(QStringLiteral("%1 %2 %3")
                               .arg(c.medication.name,
                                    c.started ? QStringLiteral("started") : QStringLiteral("stopped"),
                                    c.date.toString(Qt::ISODate)));
    // Started on the period's first night: nothing before it to compare. Stopped on the last
    // night: its first night without falls after the period.
    EXPECT_EQ(changes,
              (QStringList { QStringLiteral("On the second night started 2026-11-03"),
                             QStringLiteral("Stopped the night before stopped 2026-11-29") }));
}

TEST(ReportFigures, AFallOfExactlyAQuarterCountsAsAResponse)
{
    // Baseline 2-15 Nov: 8 cramps (4 a week). After, 16-29 Nov: 6 cramps (3 a week), -25%.
    DiaryAnalysis::Snapshot s;
    s.nightLogs = { { First, {}, {}, {}, {} } };
    for (int i = 0; i < 8; ++i)
        s.episodes.append(crampOnNight(First.addDays(i), 5));
    for (int i = 0; i < 6; ++i)
        s.episodes.append(crampOnNight(QDate(2026, 11, 16).addDays(i), 5));
    const ReportFigures quarter = ReportFigures::compute(analysisOf(s), First, QDate(2026, 11, 29));
    ASSERT_TRUE(quarter.changePercent.has_value());
    EXPECT_DOUBLE_EQ(*quarter.changePercent, -25.0);
    EXPECT_EQ(quarter.reducedByAQuarter(), true);
    EXPECT_TRUE(quarter.json().value(QStringLiteral("reductionOfAtLeast25Percent")).toBool());
    // One more cramp after: 7, -12.5%.
    s.episodes.append(crampOnNight(QDate(2026, 11, 25), 5));
    const ReportFigures less = ReportFigures::compute(analysisOf(s), First, QDate(2026, 11, 29));
    EXPECT_DOUBLE_EQ(*less.changePercent, -12.5);
    EXPECT_EQ(less.reducedByAQuarter(), false);
}

TEST(ReportFigures, TheBusiestThreeHoursAreTheEarliestOfTheFullestAndInTheJson)
{
    // Boundary at noon. One cramp at each of 02:xx to 06:xx: the windows 02-04, 03-05 and
    // 04-06 each hold 3 of 5; the earliest, 02:00-04:59, is named.
    DiaryAnalysis::Snapshot s;
    s.nightLogs = { { First, {}, {}, {}, {} } };
    for (const int hour : { 2, 3, 4, 5, 6 }) {
        Episode e = crampOnNight(QDate(2026, 11, 10), 5);
        e.start.setTime(QTime(hour, 10));
        s.episodes.append(e);
    }
    const ReportFigures r = ReportFigures::compute(analysisOf(s), First, QDate(2026, 11, 29));
    ASSERT_TRUE(r.busiestHours.has_value());
    EXPECT_EQ(r.busiestHours->firstHour, 2);
    EXPECT_EQ(r.busiestHours->cramps, 3);
    EXPECT_EQ(r.busiestHours->ofAll, 5);
    const QJsonObject json = r.json().value(QStringLiteral("busiestThreeHours")).toObject();
    EXPECT_EQ(json.value(QStringLiteral("firstHour")).toInt(), 2);
    EXPECT_EQ(json.value(QStringLiteral("cramps")).toInt(), 3);

    s.episodes.clear();
    EXPECT_FALSE(ReportFigures::compute(analysisOf(s), First, QDate(2026, 11, 29)).busiestHours.has_value());
}

TEST(ReportFigures, ADiaryOfOneNightReportsThatNight)
{
    DiaryAnalysis::Snapshot s;
    s.episodes = { crampOnNight(QDate(2026, 11, 29), 5) };
    const ReportFigures::Period period = ReportFigures::defaultPeriod(analysisOf(s));
    EXPECT_EQ(period.first, QDate(2026, 11, 29));
    EXPECT_EQ(period.last, QDate(2026, 11, 29));
}

TEST(ReportFigures, AReliefWithoutAnAnswerNeitherHelpedNorFailed)
{
    DiaryAnalysis::Snapshot s = fourWeeks();
    s.episodes[0].reliefs = { { Relief::Stretch, true } };
    s.episodes[1].reliefs = { { Relief::Stretch, false } };
    s.episodes[2].reliefs = { { Relief::Stretch, std::nullopt } };
    const ReportFigures r = ReportFigures::compute(analysisOf(s), First, QDate(2026, 11, 29));
    ASSERT_EQ(r.reliefs.size(), 1);
    EXPECT_EQ(r.reliefs.first().tried, 3);
    EXPECT_EQ(r.reliefs.first().helped, 1);
    EXPECT_EQ(r.reliefs.first().didNotHelp, 1);
}

TEST(ReportFigures, APeriodEndingOnAMondayHasThatWeeksBar)
{
    // Weeks start on Monday; 30 Nov 2026 is a Monday: the period 2-30 Nov has five weeks,
    // the last of one night.
    const QList<PeriodFigures> weeks = analysisOf(fourWeeks(), QDate(2026, 11, 30)).weeks(First, QDate(2026, 11, 30));
    ASSERT_EQ(weeks.size(), 5);
    EXPECT_EQ(weeks.last().first, QDate(2026, 11, 30));
    EXPECT_EQ(weeks.last().nightsTracked, 1);
}

// The trend compares the period's last 28 nights with the 28 before them, from 56 nights on.
TEST(ReportFigures, TheTrendIsTheLastFourWeeksAgainstTheFourBeforeFromEightWeeks)
{
    const DiaryAnalysis analysis = analysisOf(fourWeeks(), QDate(2026, 12, 27));
    // 3 Nov to 27 Dec: 55 nights, one short of eight weeks.
    EXPECT_FALSE(ReportFigures::compute(analysis, First.addDays(1), QDate(2026, 12, 27)).lastFourWeeks.has_value());
    // 2 Nov to 27 Dec: 56 nights. The last four weeks, 30 Nov to 27 Dec, hold no cramp; the
    // four before, 2 to 29 Nov, all 21: 21 x 7 / 28 = 5.25 a week.
    const ReportFigures f = ReportFigures::compute(analysis, First, QDate(2026, 12, 27));
    ASSERT_TRUE(f.lastFourWeeks.has_value());
    ASSERT_TRUE(f.fourWeeksBefore.has_value());
    EXPECT_EQ(f.lastFourWeeks->first, QDate(2026, 11, 30));
    EXPECT_EQ(f.lastFourWeeks->nightsTracked, 28);
    EXPECT_EQ(f.lastFourWeeks->cramps, 0);
    EXPECT_EQ(f.fourWeeksBefore->first, First);
    EXPECT_EQ(f.fourWeeksBefore->last, QDate(2026, 11, 29));
    EXPECT_EQ(f.fourWeeksBefore->cramps, 21);
    EXPECT_DOUBLE_EQ(*f.fourWeeksBefore->crampsPerWeek(), 5.25);
    EXPECT_EQ(f.json()[u"lastFourWeeks"][u"cramps"].toInt(), 0);
    EXPECT_EQ(f.json()[u"fourWeeksBefore"][u"cramps"].toInt(), 21);
}
