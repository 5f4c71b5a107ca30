#include "core/analysis/Statistics.h"

#include <cmath>
#include <gtest/gtest.h>

// Expected values were computed independently with exact rational arithmetic
// (hypergeometric and binomial sums over Python's fractions.Fraction).

TEST(Statistics, FisherExactMatchesKnownTables)
{
    EXPECT_NEAR(Statistics::fisherExactTwoSided(3, 1, 1, 3), 0.4857142857142857, 1e-12);
    EXPECT_NEAR(Statistics::fisherExactTwoSided(8, 2, 1, 5), 0.03496503496503497, 1e-12);
    EXPECT_NEAR(Statistics::fisherExactTwoSided(9, 5, 8, 32), 0.00557364537723077, 1e-12);
    EXPECT_NEAR(Statistics::fisherExactTwoSided(12, 2, 3, 18), 5.488242595969567e-05, 1e-15);
    EXPECT_NEAR(Statistics::fisherExactTwoSided(0, 10, 10, 0), 1.082508822446903e-05, 1e-15);
    EXPECT_DOUBLE_EQ(Statistics::fisherExactTwoSided(5, 5, 5, 5), 1.0);
    EXPECT_DOUBLE_EQ(Statistics::fisherExactTwoSided(1, 0, 0, 0), 1.0);
    EXPECT_DOUBLE_EQ(Statistics::fisherExactTwoSided(0, 0, 0, 0), 1.0);
}

TEST(Statistics, RiskRatioWithItsInterval)
{
    // 9 of 14 nights against 8 of 40: (9/14)/(8/40) = 3.2142857; log-scale interval by hand:
    // se = sqrt(1/9 - 1/14 + 1/8 - 1/40) = sqrt(0.139683) = 0.373742, so
    // exp(ln 3.214286 -+ 1.96 se) = exp(1.167605 -+ 0.732534) = 1.545075 .. 6.686818.
    const auto rr = Statistics::riskRatio(9, 14, 8, 40);
    ASSERT_TRUE(rr.has_value());
    EXPECT_NEAR(rr->ratio, 3.2142857, 1e-6);
    EXPECT_NEAR(rr->low, 1.545075, 1e-5);
    EXPECT_NEAR(rr->high, 6.686818, 1e-5);
    // A zero count stays finite thanks to the 0.5 correction: (0.5/11)/(5.5/21) = 0.17355.
    const auto zero = Statistics::riskRatio(0, 10, 5, 20);
    ASSERT_TRUE(zero.has_value());
    EXPECT_NEAR(zero->ratio, 0.1735537, 1e-6);
    EXPECT_LT(zero->low, zero->ratio);
    EXPECT_FALSE(Statistics::riskRatio(1, 0, 1, 5).has_value());
}

TEST(Statistics, BenjaminiHochbergAdjustsInTheOrderGiven)
{
    // m = 4: sorted 0.01, 0.02, 0.03, 0.5 -> 0.04, 0.04, 0.04, 0.5 (monotone from the top).
    const QList<double> q = Statistics::benjaminiHochberg({ 0.03, 0.5, 0.01, 0.02 });
    ASSERT_EQ(q.size(), 4);
    EXPECT_NEAR(q[0], 0.04, 1e-12);
    EXPECT_NEAR(q[1], 0.5, 1e-12);
    EXPECT_NEAR(q[2], 0.04, 1e-12);
    EXPECT_NEAR(q[3], 0.04, 1e-12);
    EXPECT_TRUE(Statistics::benjaminiHochberg({}).isEmpty());
}

TEST(Statistics, PoissonRateChangeIsExact)
{
    EXPECT_NEAR(Statistics::poissonRatesEqualTwoSided(4, 28, 14, 28), 0.0308837890625, 1e-12);
    EXPECT_NEAR(Statistics::poissonRatesEqualTwoSided(0, 28, 6, 28), 0.03125, 1e-12);
    EXPECT_NEAR(Statistics::poissonRatesEqualTwoSided(10, 70, 10, 70), 1.0, 1e-12);
    EXPECT_NEAR(Statistics::poissonRatesEqualTwoSided(3, 14, 12, 42), 1.0, 1e-12);
    EXPECT_DOUBLE_EQ(Statistics::poissonRatesEqualTwoSided(0, 14, 0, 14), 1.0);
}

TEST(Statistics, MedianOfEvenAndOddCounts)
{
    EXPECT_FALSE(Statistics::median({}).has_value());
    EXPECT_DOUBLE_EQ(*Statistics::median({ 7, 3, 5 }), 5.0);
    EXPECT_DOUBLE_EQ(*Statistics::median({ 7, 3, 5, 4 }), 4.5);
}

// When every night of the second group had a cramp, half a night is added to each cell (as
// when a group has none), so the ratio is (2.5 / 5) / (5.5 / 6), not 2/4 against 5/5.
TEST(Statistics, ARiskRatioIsCorrectedWhenOneGroupHadCrampsEveryNight)
{
    const auto rr = Statistics::riskRatio(2, 4, 5, 5);
    ASSERT_TRUE(rr.has_value());
    EXPECT_NEAR(rr->ratio, (2.5 / 5) / (5.5 / 6), 1e-12);
    const double se = std::sqrt(1 / 2.5 - 1 / 5.0 + 1 / 5.5 - 1 / 6.0);
    EXPECT_NEAR(rr->low, rr->ratio * std::exp(-1.96 * se), 1e-12);
    EXPECT_NEAR(rr->high, rr->ratio * std::exp(1.96 * se), 1e-12);
}
