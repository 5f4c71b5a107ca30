#include "core/analysis/LinkWording.h"

#include "core/domain/DisplayNames.h"
#include "core/settings/Translations.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QLocale>

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

namespace {
// A finding of each kind of group: a yes/no answer, none of a number, a number below its
// split, and one answer of a choice; 12 of 26 nights against 11 of 41 (46% and 27%).
FactorLink ofKind(const char *key, FactorKind kind, double ratio)
{
    FactorLink l = link(ratio, ratio / 2, ratio * 2, 0.5);
    l.factor = Factor { 1, QString::fromLatin1(key), QString(), kind, {}, {}, false, {} };
    if (kind == FactorKind::Number && l.factor.builtinKey == QLatin1StringView("water_ml")) {
        l.factor.unit = QStringLiteral("ml");
        l.threshold = 2000;
        l.groupLabel = QStringLiteral("less than 2,000 ml");
    } else if (kind == FactorKind::Number) {
        l.anyVersusNone = true;
        l.threshold = 0;
        l.groupLabel = QStringLiteral("none");
    } else if (kind == FactorKind::Choice) {
        l.factor.choices = { QStringLiteral("back"), QStringLiteral("side") };
        l.groupLabel = DisplayNames::choice(l.factor, QStringLiteral("back"));
    }
    return l;
}

QStringList utf8(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

// One sentence a line, so a difference shows as text.
std::string lines(const QStringList &sentences)
{
    return sentences.join(QLatin1Char('\n')).toStdString();
}

QStringList everyFinding()
{
    QStringList sentences;
    for (double ratio : { 1.72, 1.0, 0.5 }) {
        sentences.append(LinkWording::finding(ofKind("exercise", FactorKind::YesNo, ratio)));
        sentences.append(LinkWording::finding(ofKind("stretch_minutes", FactorKind::Number, ratio)));
        sentences.append(LinkWording::finding(ofKind("water_ml", FactorKind::Number, ratio)));
        sentences.append(LinkWording::finding(ofKind("sleep_position", FactorKind::Choice, ratio)));
    }
    return sentences;
}
} // namespace

// Every finding is one whole sentence chosen by its case, in English and in German: never
// 'nights with "Stretched before bed" none', nor a German sentence with English word order.
TEST(LinkWording, EachKindOfFindingIsAWholeSentenceInBothLanguages)
{
    EXPECT_EQ(
            lines(everyFinding()),
            lines(utf8({
                    "Cramp nights were about 1.7 times as common on nights with \u201cExercise or overexertion "
                    "today\u201d: 46% against 27% of nights.",
                    "Cramp nights were about 1.7 times as common on nights without \u201cStretched before bed\u201d: "
                    "46% against 27% of nights.",
                    "Cramp nights were about 1.7 times as common on nights when \u201cWater drunk\u201d was below "
                    "2,000 ml: 46% against 27% of nights.",
                    "Cramp nights were about 1.7 times as common on nights answered \u201cOn my back\u201d for "
                    "\u201cSleep position\u201d: 46% against 27% of nights.",
                    "Cramp nights were about as common on nights with \u201cExercise or overexertion today\u201d as "
                    "on other nights: 46% against 27% of nights.",
                    "Cramp nights were about as common on nights without \u201cStretched before bed\u201d as on other "
                    "nights: 46% against 27% of nights.",
                    "Cramp nights were about as common on nights when \u201cWater drunk\u201d was below 2,000 ml as on "
                    "other nights: 46% against 27% of nights.",
                    "Cramp nights were about as common on nights answered \u201cOn my back\u201d for \u201cSleep "
                    "position\u201d as on other nights: 46% against 27% of nights.",
                    "Cramp nights were less common on nights with \u201cExercise or overexertion today\u201d: 46% "
                    "against 27% of nights (about 0.5 times as common).",
                    "Cramp nights were less common on nights without \u201cStretched before bed\u201d: 46% against 27% "
                    "of nights (about 0.5 times as common).",
                    "Cramp nights were less common on nights when \u201cWater drunk\u201d was below 2,000 ml: 46% "
                    "against 27% of nights (about 0.5 times as common).",
                    "Cramp nights were less common on nights answered \u201cOn my back\u201d for \u201cSleep "
                    "position\u201d: 46% against 27% of nights (about 0.5 times as common).",
            })));

    Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QStringList german = everyFinding();
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(
            lines(german),
            lines(utf8({
                    "Krampfnächte waren in Nächten mit \u201eSport oder Überanstrengung heute\u201c etwa 1,7-mal so "
                    "häufig: 46\u00a0% gegenüber 27\u00a0% der Nächte.",
                    "Krampfnächte waren in Nächten ohne \u201eVor dem Schlafen gedehnt\u201c etwa 1,7-mal so häufig: "
                    "46\u00a0% gegenüber 27\u00a0% der Nächte.",
                    "Krampfnächte waren in Nächten, in denen \u201eGetrunkenes Wasser\u201c unter 2.000 ml lag, etwa "
                    "1,7-mal so häufig: 46\u00a0% gegenüber 27\u00a0% der Nächte.",
                    "Krampfnächte waren in Nächten mit der Antwort \u201eAuf dem Rücken\u201c bei "
                    "\u201eSchlafposition\u201c etwa 1,7-mal so häufig: 46\u00a0% gegenüber 27\u00a0% der Nächte.",
                    "Krampfnächte waren in Nächten mit \u201eSport oder Überanstrengung heute\u201c etwa so häufig wie "
                    "in anderen Nächten: 46\u00a0% gegenüber 27\u00a0% der Nächte.",
                    "Krampfnächte waren in Nächten ohne \u201eVor dem Schlafen gedehnt\u201c etwa so häufig wie in "
                    "anderen Nächten: 46\u00a0% gegenüber 27\u00a0% der Nächte.",
                    "Krampfnächte waren in Nächten, in denen \u201eGetrunkenes Wasser\u201c unter 2.000 ml lag, etwa "
                    "so "
                    "häufig wie in anderen Nächten: 46\u00a0% gegenüber 27\u00a0% der Nächte.",
                    "Krampfnächte waren in Nächten mit der Antwort \u201eAuf dem Rücken\u201c bei "
                    "\u201eSchlafposition\u201c etwa so häufig wie in anderen Nächten: 46\u00a0% gegenüber 27\u00a0% "
                    "der Nächte.",
                    "Krampfnächte waren in Nächten mit \u201eSport oder Überanstrengung heute\u201c seltener: "
                    "46\u00a0% "
                    "gegenüber 27\u00a0% der Nächte (etwa 0,5-mal so häufig).",
                    "Krampfnächte waren in Nächten ohne \u201eVor dem Schlafen gedehnt\u201c seltener: 46\u00a0% "
                    "gegenüber "
                    "27\u00a0% der Nächte (etwa 0,5-mal so häufig).",
                    "Krampfnächte waren in Nächten, in denen \u201eGetrunkenes Wasser\u201c unter 2.000 ml lag, "
                    "seltener: 46\u00a0% gegenüber 27\u00a0% der Nächte (etwa 0,5-mal so häufig).",
                    "Krampfnächte waren in Nächten mit der Antwort \u201eAuf dem Rücken\u201c bei "
                    "\u201eSchlafposition\u201c seltener: 46\u00a0% gegenüber 27\u00a0% der Nächte (etwa 0,5-mal so "
                    "häufig).",
            })));
}

// The plain summary above the findings: what goes clearly with more or fewer cramp nights.
TEST(LinkWording, TheSummarySaysWhichAnswersGoClearlyWithMoreOrFewerCrampNights)
{
    EXPECT_EQ(lines(LinkWording::summary({ link(1.72, 1.18, 2.48, 0.03), link(1.3, 0.9, 1.9, 0.5) })),
              "Clearly more cramp nights went with: Exercise or overexertion today: yes.");
    EXPECT_EQ(lines(LinkWording::summary({ link(1.72, 1.18, 2.48, 0.2) })),
              lines(utf8({ "Possible links, not yet clear: Exercise or overexertion today: yes.",
                           "1 factor answer compared; none goes clearly with more or fewer cramp nights yet." })));
    EXPECT_TRUE(LinkWording::summary({}).isEmpty());
}
