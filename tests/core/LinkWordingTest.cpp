#include "core/analysis/LinkWording.h"

#include <gtest/gtest.h>

namespace {
FactorLink link(double ratio, double low, double high, double q)
{
    FactorLink l;
    l.factor = Factor {
        1, QStringLiteral("exercise"), QStringLiteral("Exercise"), FactorKind::YesNo, {}, {}, false, {}
    };
    l.groupLabel = QStringLiteral("yes");
    l.otherLabel = QStringLiteral("no");
    l.groupNights = 26;
    l.groupCrampNights = 12;
    l.otherNights = 41;
    l.otherCrampNights = 11;
    l.ratio = ratio;
    l.ratioLow = low;
    l.ratioHigh = high;
    l.pValue = q / 2;
    l.qValue = q;
    return l;
}
} // namespace

TEST(LinkWording, StrengthFollowsTheIntervalAndTheCorrectionTheSameWayEverywhere)
{
    // The contradiction: ratio 1.72, interval 1.18 to 2.48, yet "no clear link".
    EXPECT_EQ(LinkWording::strength(link(1.72, 1.18, 2.48, 0.03)), LinkWording::Strength::Clear);
    EXPECT_EQ(LinkWording::strength(link(1.72, 1.18, 2.48, 0.12)), LinkWording::Strength::Possible);
    EXPECT_EQ(LinkWording::strength(link(0.40, 0.20, 0.80, 0.01)), LinkWording::Strength::Clear);
    EXPECT_EQ(LinkWording::strength(link(1.30, 0.90, 1.90, 0.01)), LinkWording::Strength::None); // 1 inside
    EXPECT_EQ(LinkWording::strengthText(link(1.72, 1.18, 2.48, 0.03), 14), QStringLiteral("A clear link"));
    EXPECT_EQ(LinkWording::strengthText(link(1.72, 1.18, 2.48, 0.12), 14),
              QStringLiteral("A possible link, not yet clear after allowing for 14 comparisons"));
    EXPECT_EQ(LinkWording::strengthText(link(1.72, 1.18, 2.48, 0.12), 1),
              QStringLiteral("A possible link, not yet clear"));
    EXPECT_EQ(LinkWording::strengthText(link(1.30, 0.90, 1.90, 0.5), 3), QStringLiteral("No clear link so far"));
    EXPECT_EQ(LinkWording::strengthKey(LinkWording::Strength::Possible), QStringLiteral("possible"));
}

TEST(LinkWording, TheFindingIsOneSentenceWithBothRates)
{
    EXPECT_EQ(
            LinkWording::finding(link(1.72, 1.18, 2.48, 0.03)),
            QStringLiteral("Cramp nights were about 1.7 times as common on nights with \u201cExercise or overexertion "
                           "today\u201d: 46% against 27% of nights."));
    EXPECT_TRUE(LinkWording::finding(link(0.5, 0.3, 0.8, 0.03))
                        .startsWith(QStringLiteral("Cramp nights were less common")));
    const QString numbers = LinkWording::numbers(link(1.72, 1.18, 2.48, 0.03), 1);
    EXPECT_TRUE(numbers.contains(
            QStringLiteral("In numbers: yes, cramps on 12 of 26 nights; no, cramps on 11 of 41 nights.")))
            << numbers.toStdString();
    EXPECT_TRUE(numbers.contains(QStringLiteral("across 1 comparison."))) << numbers.toStdString();
    EXPECT_FALSE(numbers.contains(QStringLiteral("1 comparisons")));
}

TEST(LinkWording, WhatALinkStillNeedsIsCountedInNightsOrSaysNothingCanBeCompared)
{
    FactorLink young = link(1, 0, 0, 1);
    young.groupNights = 9;
    young.otherNights = 3;
    EXPECT_EQ(LinkWording::needs(young), QStringLiteral("needs 1 more night with yes and 7 more with no"));
    FactorLink flat;
    flat.singleValue = true;
    EXPECT_TRUE(LinkWording::needs(flat).contains(QStringLiteral("nothing to compare yet")));
}
