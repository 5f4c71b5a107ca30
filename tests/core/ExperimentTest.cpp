#include "core/domain/ExperimentDesign.h"
#include "core/experiment/ExperimentAnalysis.h"
#include "core/experiment/ExperimentNights.h"
#include "core/experiment/ExperimentPlanner.h"
#include "core/experiment/ExperimentWording.h"
#include "core/experiment/PlanPower.h"
#include "core/experiment/RandomisationTest.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <string>
#include <vector>

#include <QRandomGenerator>

namespace {
const QDate Monday(2026, 11, 2);

ExperimentDesign nightly(int nights, int blockNights, quint32 seed = 7)
{
    return { .nights = nights, .blockNights = blockNights, .start = Monday, .seed = seed };
}

ExperimentDesign paired(int pairs, int blockNights, int washout = 0, quint32 seed = 7)
{
    return { ExperimentScheme::PairedBlocks, 2 * pairs * blockNights, blockNights, washout, false, Monday, seed };
}

QList<Arm> armsOf(const QList<PlannedNight> &plan)
{
    QList<Arm> arms;
    for (const PlannedNight &n : plan) {
        if (n.role == PlannedNight::Analysed)
            arms.append(n.arm);
    }
    return arms;
}

std::string lettersOf(const QList<PlannedNight> &plan)
{
    std::string letters;
    for (Arm arm : armsOf(plan))
        letters += arm == Arm::Change ? 'C' : 'U';
    return letters;
}

// Nights as "C"/"U" letters and outcomes, included unless listed; p = -1 when refused.
RandomisationResult testOf(const ExperimentDesign &d, const char *arms, const QList<double> &outcomes,
                           const QList<int> &excluded = {})
{
    QList<RandomisationNight> nights;
    for (qsizetype i = 0; i < outcomes.size(); ++i)
        nights.append({ arms[i] == 'C' ? Arm::Change : Arm::Usual, outcomes[i], !excluded.contains(int(i)) });
    return RandomisationTest::run(d, nights).value_or(RandomisationResult { -1 });
}

// The share of `runs` experiments of `design`, each with a plan of its own and each
// night a cramp night at its arm's rate, that the randomisation test finds at p <= 0.05.
double simulatedShare(ExperimentDesign design, double usualRate, double changeRate, int runs, quint32 seed)
{
    QRandomGenerator random(seed);
    int found = 0;
    for (int r = 0; r < runs; ++r) {
        design.seed = random.generate();
        QList<RandomisationNight> nights;
        for (Arm arm : armsOf(ExperimentPlanner::draw(design)))
            nights.append({ arm, random.generateDouble() < (arm == Arm::Change ? changeRate : usualRate) ? 1.0 : 0.0 });
        const auto test = RandomisationTest::run(design, nights);
        EXPECT_TRUE(test && test->exact);
        found += test && test->p <= 0.05 + 1e-12 ? 1 : 0;
    }
    return double(found) / runs;
}

// 28 nights, every one recorded and followed: 2 of 14 change nights with a cramp (1 and 3
// cramps, worst 4 and 6), 8 of 14 usual nights (1 cramp each, worst 5; the last unrated).
QList<ExperimentNight> handNights(const ExperimentDesign &d)
{
    QList<ExperimentNight> nights;
    int change = 0, usual = 0;
    for (Arm arm : armsOf(ExperimentPlanner::draw(d))) {
        const int k = arm == Arm::Change ? change++ : usual++;
        if (arm == Arm::Change && k < 2)
            nights.append({ arm, true, true, k ? 3 : 1, k ? 6 : 4, {} });
        else if (arm == Arm::Usual && k < 8)
            nights.append({ arm, true, true, 1, k < 7 ? std::optional(5) : std::nullopt, {} });
        else
            nights.append({ arm, true, true, 0, std::nullopt, {} });
    }
    return nights;
}
} // namespace

TEST(ExperimentPlanner, SameSeedSamePlanOtherSeedOtherPlan)
{
    const auto plan = ExperimentPlanner::draw(nightly(28, 14, 42));
    EXPECT_EQ(ExperimentPlanner::draw(nightly(28, 14, 42)), plan);
    EXPECT_NE(lettersOf(ExperimentPlanner::draw(nightly(28, 14, 43))), lettersOf(plan));
    // A plan recorded once must redraw identically on any machine and after any update:
    // QRandomGenerator(42) with bounded() is fixed by Qt, and so is this sequence.
    EXPECT_EQ(lettersOf(plan), "UCCCCUUCCUCUUUUCCUUCCUUCUCUC");
}

TEST(ExperimentPlanner, NightlyBlocksAreBalancedDatedAndUniform)
{
    for (quint32 seed = 1; seed <= 50; ++seed) {
        const auto plan = ExperimentPlanner::draw(nightly(56, 14, seed));
        QList<int> change(4, 0);
        for (qsizetype i = 0; i < plan.size(); ++i) {
            EXPECT_EQ(plan[i], (PlannedNight { Monday.addDays(i), PlannedNight::Analysed, plan[i].arm, int(i / 14) }));
            change[plan[i].block] += plan[i].arm == Arm::Change ? 1 : 0;
        }
        EXPECT_EQ(change, QList<int>({ 7, 7, 7, 7 })) << "seed " << seed;
    }
    // Each half as likely: a block of 4 has C(4,2) = 6; 6,000 plans give each 1,000 +- 87 (3 sd).
    std::map<std::string, int> seen;
    for (quint32 seed = 0; seed < 6000; ++seed)
        ++seen[lettersOf(ExperimentPlanner::draw(nightly(4, 4, seed)))];
    ASSERT_EQ(seen.size(), 6u);
    for (const auto &[letters, times] : seen)
        EXPECT_NEAR(times, 1000, 87) << letters;
}

TEST(ExperimentPlanner, PairedBlocksAfterBaselineAreAbOrBaWithWashoutFirst)
{
    int changeFirst = 0;
    for (quint32 seed = 1; seed <= 200; ++seed) {
        ExperimentDesign d = paired(4, 7, 2, seed);
        d.baselineWeek = true;
        const auto plan = ExperimentPlanner::draw(d);
        ASSERT_EQ(plan.size(), 63);
        for (int i = 0; i < 7; ++i)
            EXPECT_EQ(plan[i], (PlannedNight { Monday.addDays(i), PlannedNight::Baseline, Arm::Usual, -1 }));
        // Then 8 blocks of 7 nights from 9 Nov, each one arm and opening with 2 washout nights.
        for (int i = 7; i < 63; ++i) {
            const auto role = (i - 7) % 7 < 2 ? PlannedNight::Washout : PlannedNight::Analysed;
            EXPECT_EQ(plan[i], (PlannedNight { Monday.addDays(i), role, plan[i / 7 * 7].arm, i / 7 - 1 }));
        }
        for (int first = 7; first < 63; first += 14) {
            EXPECT_NE(plan[first].arm, plan[first + 7].arm) << "a pair holds one block of each";
            changeFirst += plan[first].arm == Arm::Change ? 1 : 0;
        }
        EXPECT_EQ(d.lastNight(), QDate(2027, 1, 3));
        EXPECT_EQ(armsOf(plan).size(), d.analysedNights());
    }
    // Each order with probability 1/2: 800 pairs give 0.5 +- 3 sd (sd 0.0177).
    EXPECT_NEAR(changeFirst / 800.0, 0.5, 0.053);
}

TEST(ExperimentPlanner, RefusesDesignsThatCannotBeDrawn)
{
    const auto refused = [](const ExperimentDesign &d, const char *words) {
        EXPECT_TRUE(d.problem().contains(QLatin1StringView(words))) << qPrintable(d.problem());
        EXPECT_TRUE(ExperimentPlanner::draw(d).isEmpty());
    };
    refused(nightly(30, 14), "whole number of 14-night blocks");
    refused(nightly(28, 7), "even number");
    refused({ .nights = 28, .blockNights = 14, .washoutNights = 2, .start = Monday }, "blocks in pairs only");
    refused(paired(2, 7, 7), "shorter than a block");
    refused(paired(2, 7, -1), "shorter than a block");
    refused({ ExperimentScheme::PairedBlocks, 21, 7, 0, false, Monday, 1 }, "pairs of 7-night blocks");
    refused({ .nights = 28, .blockNights = 14, .start = {} }, "first night");
    refused(nightly(0, 14), "must last");
    refused(nightly(378, 14), "must last");
    refused(nightly(2, 1), "at least 2 nights");
    EXPECT_TRUE(nightly(28, 14).problem().isEmpty() && paired(2, 7, 6).problem().isEmpty());
}

TEST(ExperimentRandomisation, TwoPairsOfBlocksHaveFourOrders)
{
    const ExperimentDesign d = paired(2, 2);
    EXPECT_EQ(RandomisationTest::possibleAssignments(d), 4);
    EXPECT_DOUBLE_EQ(RandomisationTest::smallestPossibleP(d), 0.25);
    // Blocks C[0,0] U[1,1] | U[1,0] C[0,0]: observed 3/4 - 0/4 = 0.75. Swapping pair 1
    // gives 2/4 - 1/4 = 0.25, pair 2 gives 1/4 - 2/4 = -0.25, both -0.75: p = 1/4, the floor.
    auto test = testOf(d, "CCUUUUCC", { 0, 0, 1, 1, 1, 0, 0, 0 });
    EXPECT_DOUBLE_EQ(test.observed, 0.75);
    EXPECT_DOUBLE_EQ(test.p, 0.25);
    // C[1,0] U[1,0] | C[0,0] U[1,1]: observed 3/4 - 1/4 = 0.5; swapping pair 1 ties (0.5),
    // swapping pair 2 gives 1/4 - 3/4 = -0.5 with or without pair 1: p = 2/4.
    test = testOf(d, "CCUUCCUU", { 1, 0, 1, 0, 0, 0, 1, 1 });
    EXPECT_DOUBLE_EQ(test.observed, 0.5);
    EXPECT_DOUBLE_EQ(test.p, 0.5);
    // The direction is fixed in advance: more cramps with the change is not a finding.
    EXPECT_DOUBLE_EQ(testOf(d, "CCUUUUCC", { 1, 1, 0, 0, 0, 0, 1, 1 }).p, 1.0);
}

TEST(ExperimentRandomisation, NightlyBlocksOfFourHaveSixHalvesEach)
{
    const ExperimentDesign d = nightly(4, 4);
    EXPECT_EQ(RandomisationTest::possibleAssignments(d), 6);
    // Cramps 3,0,1,2 with U C U C: observed (3+1)/2 - (0+2)/2 = 1. With 6 cramps in all,
    // change on nights {a,b} gives 3 - (ya+yb): {0,1} 0, {0,2} -1, {0,3} -2, {1,2} 2,
    // {1,3} 1, {2,3} 0. At least 1: {1,2}, {1,3}, so p = 2/6.
    auto test = testOf(d, "UCUC", { 3, 0, 1, 2 });
    EXPECT_DOUBLE_EQ(test.observed, 1.0);
    EXPECT_NEAR(test.p, 2.0 / 6, 1e-12);
    // Night 4 without data stays out under every assignment, so the arm sizes vary:
    // observed (3+1)/2 - 0/1 = 2; {0,1} 1 - 1.5, {0,2} 0 - 2, {0,3} 0.5 - 3, {1,2} 3 - 0.5,
    // {1,3} 2 - 0 (observed), {2,3} 1.5 - 1. At least 2: {1,2}, {1,3}, so p = 2/6.
    test = testOf(d, "UCUC", { 3, 0, 1, 2 }, { 3 });
    EXPECT_DOUBLE_EQ(test.observed, 2.0);
    EXPECT_NEAR(test.p, 2.0 / 6, 1e-12);
    // Arms the scheme could not have drawn are refused, as is a wrong number of nights.
    EXPECT_EQ(testOf(d, "CCCU", { 3, 0, 1, 2 }).p, -1);
    EXPECT_EQ(testOf(d, "UCU", { 3, 0, 1 }).p, -1);
    EXPECT_EQ(testOf(paired(1, 2), "CUUC", { 0, 0, 1, 1 }).p, -1);

    // Two blocks of 4 (36 assignments), cramp nights 1001 (U C C U) and 1100 (C U C U): 4 a
    // side, 4 cramp nights, so the statistic is (4 - S)/4 - S/4 = 1 - S/2 for S cramp nights
    // with the change; S = 1 observed. In each block 1 half holds 0 cramp nights, 4 hold 1,
    // 1 holds 2, so S <= 1 in 1*1 + 1*4 + 4*1 = 9 of 36 assignments: p = 0.25.
    test = testOf(nightly(8, 4), "UCCUCUCU", { 1, 0, 0, 1, 1, 1, 0, 0 });
    EXPECT_TRUE(test.exact);
    EXPECT_DOUBLE_EQ(test.observed, 0.5);
    EXPECT_DOUBLE_EQ(test.p, 0.25);
    EXPECT_EQ(test.assignmentsConsidered, 36);
}

TEST(ExperimentRandomisation, CountingTotalsMatchesListingEveryAssignment)
{
    // Random cramp counts with nights missing, against a plain listing of every assignment
    // of 18 nights: 3 nightly blocks of 6 (any 3 of each with the change: 20^3 = 8,000),
    // or 3 pairs of 3-night blocks (the change in the first 3 or the last 3 of each 6: 8).
    QRandomGenerator random(99);
    for (int round = 0; round < 20; ++round) {
        const bool isPaired = round % 2;
        const ExperimentDesign d = isPaired ? paired(3, 3, 0, round) : nightly(18, 6, round);
        QList<RandomisationNight> nights;
        unsigned observed = 0;
        for (Arm arm : armsOf(ExperimentPlanner::draw(d))) {
            observed |= unsigned(arm == Arm::Change) << nights.size();
            nights.append({ arm, double(random.bounded(4)), random.bounded(5) != 0 });
        }
        const auto statistic = [&](unsigned change) {
            double sums[2] = { 0, 0 }, counts[2] = { 0, 0 }; // [0] usual, [1] change
            for (int i = 0; i < 18; ++i) {
                sums[change >> i & 1] += nights[i].included ? nights[i].outcome : 0;
                counts[change >> i & 1] += nights[i].included ? 1 : 0;
            }
            return counts[0] && counts[1] ? sums[0] / counts[0] - sums[1] / counts[1] : 0.0;
        };
        const auto fits = [&](unsigned six) { return isPaired ? six == 7u || six == 56u : std::popcount(six) == 3; };
        int all = 0, asExtreme = 0;
        for (unsigned mask = 0; mask < (1u << 18); ++mask) {
            if (fits(mask & 63u) && fits(mask >> 6 & 63u) && fits(mask >> 12)) {
                ++all;
                asExtreme += statistic(mask) >= statistic(observed) - 1e-9 ? 1 : 0;
            }
        }
        const auto test = RandomisationTest::run(d, nights).value();
        EXPECT_TRUE(test.exact);
        EXPECT_EQ(test.assignmentsConsidered, all);
        EXPECT_NEAR(test.p, double(asExtreme) / all, 1e-12) << "round " << round;
    }
}

TEST(ExperimentRandomisation, ExactBeyondListingElseMonteCarlo)
{
    // 28 nights in two 14-night blocks allow 3,432^2 assignments. With whole numbers the
    // totals stay few and the test exact: a change that takes away both cramps of every
    // night it is made on reaches the floor, 1 / 3,432^2.
    const ExperimentDesign d = nightly(28, 14, 5);
    EXPECT_DOUBLE_EQ(RandomisationTest::possibleAssignments(d), 3432.0 * 3432.0);
    const QList<Arm> arms = armsOf(ExperimentPlanner::draw(d));
    QList<RandomisationNight> nights;
    for (Arm arm : arms)
        nights.append({ arm, arm == Arm::Change ? 0.0 : 2.0 });
    const auto floor = RandomisationTest::run(d, nights).value();
    EXPECT_TRUE(floor.exact);
    EXPECT_DOUBLE_EQ(floor.p, RandomisationTest::smallestPossibleP(d));
    // Outcomes whose sums hardly ever coincide (square roots) leave thousands of totals per
    // block and millions together: too many to count, so Monte Carlo draws from the scheme.
    double observedSum = 0;
    for (qsizetype i = 0; i < arms.size(); ++i) {
        nights[i].outcome = std::sqrt(double(i + 2));
        observedSum += arms[i] == Arm::Change ? nights[i].outcome : 0;
    }
    const auto test = RandomisationTest::run(d, nights).value();
    EXPECT_FALSE(test.exact);
    EXPECT_EQ(test.assignmentsConsidered, 20000);
    EXPECT_LT(test.monteCarloError, 0.005);
    // Independently: every night counts, so the statistic falls as the change's sum S rises;
    // p is the share of (half of block 1, half of block 2) with S at most the observed.
    std::vector<double> sums[2];
    for (unsigned mask = 0; mask < (1u << 14); ++mask) {
        for (int b = 0; b < 2 && std::popcount(mask) == 7; ++b) {
            sums[b].push_back(0);
            for (int i = 0; i < 14; ++i)
                sums[b].back() += mask >> i & 1 ? nights[b * 14 + i].outcome : 0;
        }
    }
    std::sort(sums[1].begin(), sums[1].end());
    double atMost = 0;
    for (double s : sums[0])
        atMost += std::upper_bound(sums[1].begin(), sums[1].end(), observedSum - s + 1e-9) - sums[1].begin();
    EXPECT_GT(atMost / (3432.0 * 3432.0), 0.02);
    EXPECT_NEAR(test.p, atMost / (3432.0 * 3432.0), 4 * test.monteCarloError);
}

TEST(ExperimentAnalysis, RatesDifferenceAndRatioByHand)
{
    const ExperimentDesign d = nightly(28, 14, 11);
    const auto a = ExperimentAnalysis::compute(d, handNights(d));
    const ArmComparison &c = a.asAssigned;
    EXPECT_EQ(QList<int>({ a.plannedNights, a.completedNights, a.followedNights, c.change.nights, c.usual.nights }),
              QList<int>({ 28, 28, 28, 14, 14 }));
    EXPECT_NEAR(c.change.crampNightRate(), 2.0 / 14, 1e-12);
    EXPECT_NEAR(c.usual.crampNightRate(), 8.0 / 14, 1e-12);
    // Difference 8/14 - 2/14 = 6/14; ratio (2/14)/(8/14) = 0.25.
    EXPECT_NEAR(c.crampNightRateDifference(), 6.0 / 14, 1e-12);
    EXPECT_NEAR(c.crampNightRateRatio().value(), 0.25, 1e-12);
    // The interval from the same randomisation holds the difference and, with p < 0.05,
    // lies above no difference.
    const RandomisationTest::ShiftInterval range = c.crampNightInterval.value();
    EXPECT_GT(range.low, 0);
    EXPECT_LT(range.low, 6.0 / 14);
    EXPECT_GT(range.high, 6.0 / 14);
    EXPECT_LE(range.high, 1.0);
    // Cramps per night 8/14 - 4/14; worst severity 35/13 (one unrated) - 10/14.
    EXPECT_NEAR(c.crampsPerNightDifference(), 4.0 / 14, 1e-12);
    EXPECT_NEAR(c.severityDifference().value(), 35.0 / 13 - 10.0 / 14, 1e-12);
    const RandomisationResult crampNight = c.crampNightTest.value(), cramps = c.crampsTest.value();
    EXPECT_TRUE(crampNight.exact);
    EXPECT_NEAR(crampNight.observed, 6.0 / 14, 1e-12);
    EXPECT_LT(crampNight.p, 0.05);
    EXPECT_NEAR(cramps.observed, 4.0 / 14, 1e-12);
    EXPECT_GT(cramps.p, crampNight.p) << "the 3-cramp change night weighs against it";
}

TEST(ExperimentAnalysis, AsFollowedLeavesOutNightsNotFollowedNoDataAndNightsToCome)
{
    ExperimentDesign d = nightly(28, 14, 11);
    d.baselineWeek = true;
    QList<ExperimentNight> nights = handNights(d);
    // The first usual cramp night not followed (the change was made after all), and the
    // last change night without data.
    const auto usualCramp = [](const ExperimentNight &n) { return n.arm == Arm::Usual && n.cramps; };
    std::find_if(nights.begin(), nights.end(), usualCramp)->followed = false;
    const auto lastChange = std::find_if(nights.rbegin(), nights.rend(), [](auto &n) { return n.arm == Arm::Change; });
    ASSERT_EQ(lastChange->cramps, 0);
    lastChange->hasData = false;
    auto a = ExperimentAnalysis::compute(d, nights);
    const ArmComparison &as = a.asAssigned, &fo = a.asFollowed;
    EXPECT_EQ(QList<int>({ a.nightsWithData, a.followedNights, as.change.nights, as.usual.nights, as.usual.crampNights,
                           fo.change.nights, fo.usual.nights, fo.usual.crampNights }),
              QList<int>({ 27, 26, 13, 14, 8, 13, 13, 7 })); // followed and recorded: 26
    EXPECT_NEAR(fo.crampNightRateDifference(), 5.0 / 13, 1e-12);
    EXPECT_GT(fo.crampNightTest->p, as.crampNightTest->p);

    // Stopped early: baseline 2-8 Nov, assigned nights from 9 Nov, up to 28 Nov is 20 of
    // them. The 8 to come stay out under every assignment, as nights without data do.
    nights = handNights(d);
    a = ExperimentAnalysis::compute(d, nights, QDate(2026, 11, 28));
    EXPECT_EQ(QList<int>({ a.plannedNights, a.completedNights, as.change.nights + as.usual.nights }),
              QList<int>({ 28, 20, 20 }));
    QList<RandomisationNight> byHand;
    for (qsizetype i = 0; i < nights.size(); ++i)
        byHand.append({ nights[i].arm, nights[i].cramps ? 1.0 : 0.0, i < 20 });
    EXPECT_DOUBLE_EQ(as.crampNightTest->p, RandomisationTest::run(d, byHand)->p);
}

TEST(ExperimentSimulation, FalsePositivesStayAtFivePercentAndPowerHolds)
{
    // With no effect, p <= 0.05 in at most 5% of experiments, give or take 3 simulation
    // standard errors: 0.05 + 3 * sqrt(0.05 * 0.95 / 2000) = 0.0646.
    const double limit = 0.05 + 3 * std::sqrt(0.05 * 0.95 / 2000);
    EXPECT_LE(simulatedShare(nightly(28, 14), 0.4, 0.4, 2000, 101), limit);
    // 8 pairs of 7-night blocks, 2 washout nights each: 2^8 = 256 orders, a floor of 0.0039.
    EXPECT_LE(simulatedShare(paired(8, 7, 2), 0.4, 0.4, 2000, 202), limit);
    // 2 pairs can never reach 0.05: their floor is 1/4.
    EXPECT_DOUBLE_EQ(simulatedShare(paired(2, 7), 0.9, 0.0, 200, 303), 0.0);

    // With a large effect, as often as the power says: two independent estimates of one
    // share, so they differ by less than 3 * sqrt(2 p (1-p) / n).
    const auto agree = [](const ExperimentDesign &d, double usual, double change) {
        const double power = PlanPower::estimate(d, usual, change);
        const double found = simulatedShare(d, usual, change, 2000, 29);
        EXPECT_GT(power, 0.5);
        EXPECT_NEAR(found, power, 3 * std::sqrt(2 * power * (1 - power) / 2000));
    };
    agree(nightly(28, 14), 0.6, 0.1);
    agree(paired(6, 7, 2), 0.6, 0.1);
}

TEST(ExperimentPower, EqualsAnIndependentExactComputation)
{
    // tests/core/reference/plan_power.py enumerates every ordered outcome of the blocks
    // with exact fractions for the null (slow, independent of the app's code).
    struct Case {
        ExperimentDesign design;
        double usual, change, exact;
    };
    const Case cases[] = {
        { nightly(28, 14), 0.5, 0.15, 0.471512 }, { nightly(42, 14), 0.5, 0.15, 0.700815 },
        { nightly(56, 14), 0.5, 0.15, 0.840932 }, { nightly(28, 14), 0.6, 0.1, 0.809554 },
        { nightly(42, 14), 0.6, 0.1, 0.955886 },  { nightly(56, 14), 0.6, 0.1, 0.991173 },
        { paired(2, 7), 0.6, 0.1, 0.0 },          { paired(3, 7), 0.6, 0.1, 0.0 },
    };
    for (const Case &c : cases) {
        const PlanPower::Estimate e = PlanPower::compute(c.design, c.usual, c.change);
        EXPECT_TRUE(e.exact) << c.design.nights;
        EXPECT_NEAR(e.power, c.exact, 1e-5) << c.design.nights << " nights, " << c.usual << " -> " << c.change;
    }
    // Beyond the exact budget it is simulated, within a percentage point: a year of
    // nightly blocks against 26 blocks' false positive rate, which the test holds at or
    // below 5% and an effect this strong finds almost surely.
    const PlanPower::Estimate year = PlanPower::compute(nightly(364, 14), 0.5, 0.5);
    EXPECT_FALSE(year.exact);
    EXPECT_LE(year.power, 0.05 + 0.01);
    EXPECT_GT(year.power, 0.03);
    EXPECT_GT(PlanPower::compute(nightly(364, 14), 0.5, 0.15).power, 0.99);
    // 4 pairs of 7-night blocks (16 orders, floor 0.0625) can never find anything.
    EXPECT_DOUBLE_EQ(PlanPower::estimate(paired(4, 7), 0.9, 0.0), 0.0);
}

namespace {
// A diary for `e`: each analysed night gets, by its index, what `what` says: 'c' a cramp
// (severity 5 at 03:00), 'k' a check-in, 'n' an explicit "no cramps", '-' nothing at all.
DiarySnapshot diaryFor(const Experiment &e, const std::string &what)
{
    DiarySnapshot diary;
    diary.experiment = e;
    int i = 0;
    for (const PlannedNight &p : e.plan) {
        if (p.role != PlannedNight::Analysed)
            continue;
        const char c = what.at(i++);
        if (c == 'c') {
            Episode cramp;
            cramp.start = QDateTime(p.night.addDays(1), QTime(3, 0));
            cramp.severity = 5;
            diary.episodes.append(cramp);
        } else if (c == 'k') {
            diary.nightLogs.append({ p.night, QDateTime(p.night, QTime(21, 0)), {}, {}, {} });
        } else if (c == 'n') {
            diary.noCrampNights.append(p.night);
        }
    }
    return diary;
}

Experiment experimentOf(const ExperimentDesign &d)
{
    Experiment e;
    e.design = d;
    e.plan = ExperimentPlanner::draw(d);
    return e;
}
} // namespace

TEST(ExperimentNights, AForgottenBlockIsMissingNotCrampFreeAndTheTestUsesRecordedNightsOnly)
{
    // 2 blocks of 4 nights (C(4,2)^2 = 36 plans). The first block recorded: cramps on its
    // two usual nights, a check-in and a "no cramps" on its change nights. The second
    // block forgotten. By hand: the observed plan puts both cramp nights in Usual, the
    // largest difference (1); of the 6 ways to split the first block only the observed one
    // reaches it, whatever the forgotten block's split (6 each): p = 6/36 = 1/6.
    const ExperimentDesign d = nightly(8, 4, 5);
    const Experiment e = experimentOf(d);
    std::string what;
    int changeSeen = 0;
    for (Arm arm : armsOf(e.plan).mid(0, 4))
        what += arm == Arm::Usual ? 'c' : (changeSeen++ ? 'n' : 'k');
    what += "----";
    const NightClock clock;
    const ExperimentAnalysis a = ExperimentNights::analyse(e, diaryFor(e, what), clock, e.lastNight());
    EXPECT_EQ(a.stage, ExperimentAnalysis::Stage::Finished);
    EXPECT_EQ(a.completedNights, 8);
    EXPECT_EQ(a.nightsWithData, 4);
    QList<QDate> forgotten;
    for (int i = 4; i < 8; ++i)
        forgotten.append(d.start.addDays(i));
    EXPECT_EQ(a.missingNights, forgotten);
    EXPECT_EQ(a.asAssigned.change.nights, 2);
    EXPECT_EQ(a.asAssigned.usual.nights, 2);
    EXPECT_EQ(a.asAssigned.usual.crampNights, 2);
    EXPECT_NEAR(a.asAssigned.crampNightTest->p, 1.0 / 6, 1e-12);
    const QString words = ExperimentWording::result(e, a).join(QLatin1Char('\n'));
    EXPECT_TRUE(words.contains(QStringLiteral("Nights recorded: 4 of the plan's 8"))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("nothing recorded"))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("Fri 6 Nov, Sat 7 Nov, Sun 8 Nov, Mon 9 Nov"))) << words.toStdString();

    // A diary with no entries at all has nothing to compare, not 0 of 14 against 0 of 14.
    const ExperimentAnalysis empty = ExperimentNights::analyse(e, diaryFor(e, "--------"), clock, e.lastNight());
    EXPECT_EQ(empty.nightsWithData, 0);
    EXPECT_EQ(empty.missingNights.size(), 8);
    EXPECT_EQ(empty.asAssigned.change.nights + empty.asAssigned.usual.nights, 0);
    EXPECT_EQ(ExperimentWording::verdict(empty), QStringLiteral("Not enough nights recorded to compare"));
}

TEST(ExperimentNights, NoResultBeforeThePlanEndsAndAStoppedPlanSaysSo)
{
    const ExperimentDesign d = nightly(28, 14, 11);
    Experiment e = experimentOf(d);
    // Every usual night a cramp, every change night quiet: a striking interim result.
    std::string what;
    for (Arm arm : armsOf(e.plan))
        what += arm == Arm::Usual ? 'c' : 'n';
    const DiarySnapshot diary = diaryFor(e, what);
    const NightClock clock;
    const ExperimentAnalysis interim = ExperimentNights::analyse(e, diary, clock, d.start.addDays(17));
    EXPECT_EQ(interim.stage, ExperimentAnalysis::Stage::Running);
    EXPECT_FALSE(interim.hasResult());
    EXPECT_EQ(interim.completedNights, 18);
    EXPECT_FALSE(interim.asAssigned.crampNightTest);
    EXPECT_FALSE(interim.asAssigned.crampNightInterval);
    EXPECT_FALSE(interim.asFollowed.crampNightTest);
    EXPECT_FALSE(ExperimentWording::verdict(interim).contains(QStringLiteral("Fewer")));
    const QString words = ExperimentWording::result(e, interim).join(QLatin1Char('\n'));
    EXPECT_FALSE(words.contains(QStringLiteral("p =")));
    EXPECT_FALSE(words.contains(QStringLiteral("p <")));
    EXPECT_FALSE(words.contains(QStringLiteral("interval")));

    const ExperimentAnalysis done = ExperimentNights::analyse(e, diary, clock, d.lastNight());
    EXPECT_EQ(done.stage, ExperimentAnalysis::Stage::Finished);
    EXPECT_LT(done.asAssigned.crampNightTest->p, 0.05);
    EXPECT_EQ(ExperimentWording::verdict(done), QStringLiteral("Fewer cramp nights with the change"));

    e.stoppedAfter = d.start.addDays(17);
    const ExperimentAnalysis stopped = ExperimentNights::analyse(e, diary, clock, d.lastNight());
    EXPECT_EQ(stopped.stage, ExperimentAnalysis::Stage::StoppedEarly);
    EXPECT_TRUE(stopped.asAssigned.crampNightTest.has_value());
    const QString stoppedWords = ExperimentWording::result(e, stopped).join(QLatin1Char('\n'));
    EXPECT_TRUE(stoppedWords.contains(QStringLiteral("stopped early"))) << stoppedWords.toStdString();
    EXPECT_TRUE(stoppedWords.contains(QStringLiteral("the 18 night"))) << stoppedWords.toStdString();
    EXPECT_TRUE(stoppedWords.contains(QStringLiteral("overstates"))) << stoppedWords.toStdString();
    EXPECT_TRUE(stoppedWords.contains(QStringLiteral("leaves only the difference seen possible")))
            << stoppedWords.toStdString();
}

TEST(ExperimentInterval, FourPairsCannotRuleOutAnythingAsTheirTestCannot)
{
    // The case: 4 AB/BA pairs of 7-night blocks with 2 washout nights, cramps on
    // 3 of 5 analysed nights without the change and 1 of 5 with it in every pair: a
    // difference of 40 points, yet p = 1/16, the lowest 16 orders can give.
    const ExperimentDesign d = paired(4, 7, 2, 3);
    QList<RandomisationNight> nights;
    int k = 0;
    for (Arm arm : armsOf(ExperimentPlanner::draw(d))) {
        const int inBlock = k++ % 5;
        nights.append({ arm, arm == Arm::Usual ? (inBlock < 3 ? 1.0 : 0.0) : (inBlock < 1 ? 1.0 : 0.0) });
    }
    const RandomisationResult test = RandomisationTest::run(d, nights).value();
    EXPECT_NEAR(test.p, 1.0 / 16, 1e-12);
    EXPECT_NEAR(test.observed, 0.4, 1e-12);
    const RandomisationTest::ShiftInterval range = RandomisationTest::shiftInterval(d, nights).value();
    EXPECT_LE(range.low, 0) << "p > 0.05, so no difference stays possible";
    EXPECT_DOUBLE_EQ(range.low, -1.0) << "no shift at all can be ruled out below";
    EXPECT_DOUBLE_EQ(range.high, 1.0);
}

TEST(ExperimentInterval, ExcludesNoDifferenceExactlyWhenTheTestIsBelowItsLevelIn200Plans)
{
    QRandomGenerator random(2024);
    const ExperimentDesign designs[] = { nightly(8, 4), nightly(12, 4), paired(6, 4, 1), paired(5, 3) };
    int significant = 0;
    for (int run = 0; run < 200; ++run) {
        ExperimentDesign d = designs[run % 4];
        d.seed = random.generate();
        const double usual = random.generateDouble(), change = usual * random.generateDouble();
        QList<RandomisationNight> nights;
        for (Arm arm : armsOf(ExperimentPlanner::draw(d)))
            nights.append({ arm, random.generateDouble() < (arm == Arm::Change ? change : usual) ? 1.0 : 0.0,
                            random.generateDouble() > 0.1 });
        const auto test = RandomisationTest::run(d, nights);
        const auto range = RandomisationTest::shiftInterval(d, nights);
        ASSERT_TRUE(test && range);
        EXPECT_EQ(range->low > 0, test->p <= 0.05 + 1e-12) << "run " << run << ", p " << test->p;
        EXPECT_LE(range->low, range->high);
        significant += test->p <= 0.05 ? 1 : 0;
    }
    EXPECT_GT(significant, 10) << "both sides of the level are exercised";
    EXPECT_LT(significant, 190);
}

TEST(ExperimentWording, AWorseResultReadsAsMoreCrampNightsNeverAsNegativeFewer)
{
    const ExperimentDesign d = nightly(28, 14, 11);
    const Experiment e = experimentOf(d);
    std::string what; // every change night a cramp, every usual night said quiet
    for (Arm arm : armsOf(e.plan))
        what += arm == Arm::Change ? 'c' : 'n';
    const ExperimentAnalysis a = ExperimentNights::analyse(e, diaryFor(e, what), NightClock(), d.lastNight());
    const QString words = ExperimentWording::result(e, a).join(QLatin1Char('\n'));
    EXPECT_TRUE(words.contains(QStringLiteral("100 percentage points more cramp nights with the change")))
            << words.toStdString();
    EXPECT_FALSE(words.contains(QStringLiteral("-100"))) << words.toStdString();
    EXPECT_EQ(ExperimentWording::verdict(a), QStringLiteral("No clear difference"));
    EXPECT_GT(a.asAssigned.crampNightTest->p, 0.5);
}

// A Monte Carlo estimate counts the observed plan as one of the draws, so it is never 0:
// a change that gives the lowest outcomes of all on every night it is made reaches
// (1 + 0) / (1 + 20,000), not 0.
TEST(ExperimentRandomisation, AMonteCarloPCountsTheObservedPlan)
{
    const ExperimentDesign d = nightly(28, 14, 5);
    QList<RandomisationNight> nights;
    for (Arm arm : armsOf(ExperimentPlanner::draw(d)))
        nights.append({ arm,
                        arm == Arm::Change ? 0.001 * std::sqrt(double(nights.size() + 2))
                                           : 10 + std::sqrt(double(nights.size() + 2)) });
    const auto test = RandomisationTest::run(d, nights).value();
    ASSERT_FALSE(test.exact);
    EXPECT_DOUBLE_EQ(test.p, 1.0 / 20001);
}
