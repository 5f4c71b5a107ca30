#include "core/domain/EpisodeValidator.h"

#include "TempDiary.h"
#include "core/domain/DurationText.h"

#include <gtest/gtest.h>

namespace {
QStringList fields(const QList<FieldProblem> &problems)
{
    QStringList names;
    for (const FieldProblem &p : problems)
        names.append(p.field);
    return names;
}
const QDateTime Now = at("2026-11-23T08:00:00+01:00");
} // namespace

TEST(EpisodeValidator, AcceptsAStartAloneAndEveryBoundaryValue)
{
    Episode e;
    e.start = at("2026-11-23T03:00:00+01:00");
    EXPECT_TRUE(EpisodeValidator::validate(e, Now).isEmpty());
    e.severity = 0;
    e.sleepDisturbance = 10;
    e.durationSeconds = 0;
    EXPECT_TRUE(EpisodeValidator::validate(e, Now).isEmpty());
    e.severity = 10;
    e.durationSeconds = EpisodeValidator::MaxDurationSeconds;
    EXPECT_TRUE(EpisodeValidator::validate(e, Now).isEmpty());
}

TEST(EpisodeValidator, NamesTheFieldOfEachProblem)
{
    Episode e;
    e.start = Now.addSecs(3600);
    e.durationSeconds = -5;
    e.severity = 11;
    e.sleepDisturbance = -1;
    e.reliefs = { { Relief::Stretch, true }, { Relief::Stretch, false } };
    const auto problems = EpisodeValidator::validate(e, Now);
    EXPECT_EQ(fields(problems),
              (QStringList { QStringLiteral("start"), QStringLiteral("duration"), QStringLiteral("severity"),
                             QStringLiteral("sleepDisturbance"), QStringLiteral("reliefs") }));
    for (const FieldProblem &p : problems)
        EXPECT_FALSE(p.message.isEmpty());
    Episode missing;
    EXPECT_EQ(fields(EpisodeValidator::validate(missing, Now)), QStringList { QStringLiteral("start") });
}

TEST(EpisodeValidator, AllowsAFewMinutesOfClockSkew)
{
    Episode e;
    e.start = Now.addSecs(120);
    EXPECT_TRUE(EpisodeValidator::validate(e, Now).isEmpty());
}

TEST(DurationText, OneFormatExactToTheSecondBelowAnHour)
{
    EXPECT_EQ(DurationText::of(qint64(45)), QStringLiteral("45 s"));
    EXPECT_EQ(DurationText::of(qint64(60)), QStringLiteral("1 min"));
    EXPECT_EQ(DurationText::of(qint64(143)), QStringLiteral("2 min 23 s"));
    EXPECT_EQ(DurationText::of(qint64(601)), QStringLiteral("10 min 1 s")); // flagged as over ten minutes: it says so
    EXPECT_EQ(DurationText::of(qint64(3900)), QStringLiteral("1 h 5 min"));
    EXPECT_EQ(DurationText::of(95.6), QStringLiteral("1 min 36 s")); // a median, rounded
}
