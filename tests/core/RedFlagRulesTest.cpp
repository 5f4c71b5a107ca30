#include "core/guidance/RedFlagRules.h"

#include "TempDiary.h"
#include "core/domain/NightClock.h"

#include <gtest/gtest.h>

namespace {
Episode withSigns(QList<WarningSign> signs)
{
    Episode e;
    e.start = at("2026-11-20T03:00:00+01:00");
    e.warningSigns = signs;
    return e;
}

QList<Urgency> urgencies(const QList<RedFlagAlert> &alerts)
{
    QList<Urgency> result;
    for (const RedFlagAlert &alert : alerts)
        result.append(alert.urgency);
    return result;
}

const QStringList DiagnosisWords = { QStringLiteral("you have"), QStringLiteral("your thrombosis"),
                                     QStringLiteral("diagnos"), QStringLiteral("artery disease") };
} // namespace

TEST(RedFlagRules, BreathlessnessWithAPainfulLegIsAnEmergency)
{
    const auto alerts = RedFlagRules::forEpisode(withSigns({ WarningSign::BreathlessnessOrChestPain }));
    ASSERT_EQ(urgencies(alerts), QList<Urgency> { Urgency::Emergency });
    EXPECT_TRUE(alerts.first().headline.contains(QStringLiteral("emergency")));
    EXPECT_EQ(alerts.first().topicId, QStringLiteral("blood-clot-signs"));
}

TEST(RedFlagRules, SwellingRednessWarmthAndUnrelievedPainMeanToday)
{
    for (WarningSign sign : { WarningSign::Swelling, WarningSign::Redness, WarningSign::Warmth,
                              WarningSign::NotRelievedByStretching, WarningSign::ConstantPain }) {
        const auto alerts = RedFlagRules::forEpisode(withSigns({ sign }));
        ASSERT_EQ(urgencies(alerts), QList<Urgency> { Urgency::SameDay }) << toKey(sign).toStdString();
        EXPECT_TRUE(alerts.first().headline.contains(QStringLiteral("today")));
        EXPECT_EQ(alerts.first().reasons.size(), 1);
    }
}

TEST(RedFlagRules, ACrampOverTenMinutesNeedsAnUrgentAppointment)
{
    Episode e = withSigns({});
    e.durationSeconds = 601;
    EXPECT_EQ(urgencies(RedFlagRules::forEpisode(e)), QList<Urgency> { Urgency::UrgentAppointment });
    e.durationSeconds = 600; // exactly ten minutes is not over ten
    EXPECT_TRUE(RedFlagRules::forEpisode(e).isEmpty());
}

TEST(RedFlagRules, NerveAndCirculationSignsMeanAnAppointment)
{
    for (WarningSign sign : { WarningSign::MuscleWeakness, WarningSign::NumbnessOrTingling, WarningSign::PainOnWalking,
                              WarningSign::EasedByHangingLegDown }) {
        const auto alerts = RedFlagRules::forEpisode(withSigns({ sign }));
        ASSERT_EQ(urgencies(alerts), QList<Urgency> { Urgency::Appointment }) << toKey(sign).toStdString();
    }
    EXPECT_EQ(RedFlagRules::forEpisode(withSigns({ WarningSign::PainOnWalking })).first().topicId,
              QStringLiteral("circulation"));
    EXPECT_EQ(RedFlagRules::forEpisode(withSigns({ WarningSign::NumbnessOrTingling })).first().topicId,
              QStringLiteral("nerve-causes"));
}

TEST(RedFlagRules, SeveralSignsGiveEachLevelMostUrgentFirstAndNeverADiagnosis)
{
    Episode e = withSigns(
            { WarningSign::NumbnessOrTingling, WarningSign::Swelling, WarningSign::BreathlessnessOrChestPain });
    e.durationSeconds = 900;
    const auto alerts = RedFlagRules::forEpisode(e);
    EXPECT_EQ(urgencies(alerts),
              (QList<Urgency> { Urgency::Emergency, Urgency::SameDay, Urgency::UrgentAppointment,
                                Urgency::Appointment }));
    for (const RedFlagAlert &alert : alerts) {
        for (const QString &word : DiagnosisWords)
            EXPECT_FALSE(QString(alert.headline + alert.advice).contains(word, Qt::CaseInsensitive))
                    << word.toStdString();
        EXPECT_FALSE(alert.topicId.isEmpty());
    }
}

TEST(RedFlagRules, AnOrdinaryCrampRaisesNothing)
{
    Episode e = withSigns({});
    e.severity = 10; // even a very painful cramp is not, by itself, a red flag
    e.durationSeconds = 300;
    e.reliefs = { { Relief::Stretch, true } };
    EXPECT_TRUE(RedFlagRules::forEpisode(e).isEmpty());
}

namespace {
QList<Episode> crampsOn(QDate firstNight, int nights, int everyNth, bool woke)
{
    QList<Episode> episodes;
    for (int i = 0; i < nights; i += everyNth) {
        Episode e;
        e.start = QDateTime(firstNight.addDays(i + 1), QTime(3, 0), Qt::OffsetFromUTC, 0);
        e.wokeFromSleep = woke;
        episodes.append(e);
    }
    return episodes;
}
} // namespace

TEST(RedFlagRules, CrampsComingMoreOftenAreForTheNextVisit)
{
    const NightClock clock;
    const QDate last(2026, 11, 22);
    // 4 cramps in the earlier four weeks, 14 in the last four.
    QList<Episode> episodes = crampsOn(last.addDays(-55), 28, 7, false) + crampsOn(last.addDays(-27), 28, 2, false);
    const auto alert = RedFlagRules::forRecentNights(episodes, last, clock);
    ASSERT_TRUE(alert.has_value());
    EXPECT_EQ(alert->urgency, Urgency::NextVisit);
    EXPECT_TRUE(alert->advice.contains(QStringLiteral("14 in the last four weeks against 4")));
}

TEST(RedFlagRules, SteadyCrampsThatRarelyWakeRaiseNothing)
{
    const NightClock clock;
    const QDate last(2026, 11, 22);
    // The same rate in both periods (every other night), not waking the person.
    const QList<Episode> episodes = crampsOn(last.addDays(-55), 56, 2, false);
    EXPECT_FALSE(RedFlagRules::forRecentNights(episodes, last, clock).has_value());
    EXPECT_FALSE(RedFlagRules::forRecentNights({}, last, clock).has_value());
    // A few cramps lately after none is still too few to call a trend.
    EXPECT_FALSE(RedFlagRules::forRecentNights(crampsOn(last.addDays(-27), 28, 7, true), last, clock).has_value());
}

TEST(RedFlagRules, SleepDisturbedOftenIsForTheNextVisit)
{
    const NightClock clock;
    const QDate last(2026, 11, 22);
    // Steady rate, but waking the person on 14 of the last 28 nights.
    const QList<Episode> episodes
            = crampsOn(last.addDays(-55), 28, 2, false) + crampsOn(last.addDays(-27), 28, 2, true);
    const auto alert = RedFlagRules::forRecentNights(episodes, last, clock);
    ASSERT_TRUE(alert.has_value());
    EXPECT_TRUE(alert->advice.contains(QStringLiteral("14 of the last 28 nights")));
}

TEST(RedFlagRules, AnEditAlertsOnlyWhenItRaisesANewUrgency)
{
    const Episode swollen = withSigns({ WarningSign::Swelling });
    EXPECT_FALSE(RedFlagRules::newAlerts(swollen, std::nullopt).isEmpty()); // a new cramp with a sign
    Episode notesEdited = swollen;
    notesEdited.notes = QStringLiteral("left calf, woke me");
    EXPECT_TRUE(RedFlagRules::newAlerts(notesEdited, swollen).isEmpty()); // the same alarm is not raised again
    const Episode breathless = withSigns({ WarningSign::Swelling, WarningSign::BreathlessnessOrChestPain });
    EXPECT_EQ(urgencies(RedFlagRules::newAlerts(breathless, swollen)).first(), Urgency::Emergency);
    EXPECT_TRUE(RedFlagRules::newAlerts(withSigns({}), swollen).isEmpty()); // signs removed: nothing to say
}
