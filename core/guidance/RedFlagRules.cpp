#include "core/guidance/RedFlagRules.h"

#include "core/domain/DisplayNames.h"
#include "core/domain/DurationText.h"
#include "core/domain/NightClock.h"
#include "core/guidance/GuidanceLibrary.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSet>

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RedFlagRules)
};

QStringList signNames(const Episode &episode, std::initializer_list<WarningSign> signs)
{
    QStringList names;
    for (WarningSign sign : signs) {
        if (episode.warningSigns.contains(sign))
            names.append(DisplayNames::of(sign));
    }
    return names;
}
} // namespace

namespace RedFlagRules {

QString headline(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Emergency: return Text::tr("Call the emergency services now");
    case Urgency::SameDay: return Text::tr("See a clinician today");
    case Urgency::UrgentAppointment: return Text::tr("Ask for an urgent appointment");
    case Urgency::Appointment: return Text::tr("Book an appointment with a clinician");
    case Urgency::NextVisit: return Text::tr("Mention this at your next appointment");
    }
    return {};
}

QList<RedFlagAlert> forEpisode(const Episode &episode)
{
    QList<RedFlagAlert> alerts;
    const QString clinician = QString::fromLatin1(GuidanceLibrary::ClinicianTopicId);

    if (const QStringList reasons = signNames(episode, { WarningSign::BreathlessnessOrChestPain }); !reasons.isEmpty())
        alerts.append({ Urgency::Emergency, headline(Urgency::Emergency),
                        Text::tr("Being short of breath or having chest pain together with a painful leg needs help at "
                                 "once. Call your local emergency number; do not wait to see if it passes."),
                        reasons, QStringLiteral("blood-clot-signs") });

    if (const QStringList reasons = signNames(episode,
                                              { WarningSign::Swelling, WarningSign::Redness, WarningSign::Warmth,
                                                WarningSign::NotRelievedByStretching, WarningSign::ConstantPain });
        !reasons.isEmpty())
        alerts.append({ Urgency::SameDay, headline(Urgency::SameDay),
                        Text::tr("Swelling, redness or warmth of the leg, or pain that is constant or not eased by "
                                 "stretching, should be examined today so that a blood clot can be ruled out."),
                        reasons, QStringLiteral("blood-clot-signs") });

    if (episode.durationSeconds && *episode.durationSeconds > LongCrampSeconds)
        alerts.append(
                { Urgency::UrgentAppointment,
                  headline(Urgency::UrgentAppointment),
                  Text::tr("A cramp that goes on for more than ten minutes without easing should be checked soon. "
                           "Ask your practice for an urgent appointment."),
                  { Text::tr("lasted %1").arg(DurationText::of(qint64(*episode.durationSeconds))) },
                  clinician });

    if (const QStringList reasons = signNames(episode,
                                              { WarningSign::MuscleWeakness, WarningSign::NumbnessOrTingling,
                                                WarningSign::PainOnWalking, WarningSign::EasedByHangingLegDown });
        !reasons.isEmpty()) {
        const bool circulation = episode.warningSigns.contains(WarningSign::PainOnWalking)
                || episode.warningSigns.contains(WarningSign::EasedByHangingLegDown);
        alerts.append({ Urgency::Appointment, headline(Urgency::Appointment),
                        Text::tr("These signs are not an emergency, but they are worth showing to a clinician. Book "
                                 "an appointment and bring your diary's report."),
                        reasons, circulation ? QStringLiteral("circulation") : QStringLiteral("nerve-causes") });
    }
    return alerts;
}

std::optional<RedFlagAlert> forRecentNights(const QList<Episode> &episodes, QDate lastNight, const NightClock &clock)
{
    const QDate recentStart = lastNight.addDays(-27);
    const QDate earlierStart = recentStart.addDays(-28);
    int recent = 0, earlier = 0;
    QSet<QDate> disturbedNights;
    for (const Episode &e : episodes) {
        const QDate night = clock.nightOf(e.start);
        if (night > lastNight || night < earlierStart)
            continue;
        if (night >= recentStart) {
            ++recent;
            if (e.wokeFromSleep.value_or(false) || e.sleepDisturbance.value_or(0) >= 5)
                disturbedNights.insert(night);
        } else {
            ++earlier;
        }
    }
    const QString topic = QString::fromLatin1(GuidanceLibrary::ClinicianTopicId);
    // More often: at least two a week lately, and half as many again as the four weeks before.
    if (recent >= 8 && 2 * recent >= 3 * std::max(earlier, 1)) {
        return RedFlagAlert { Urgency::NextVisit,
                              headline(Urgency::NextVisit),
                              Text::tr("Your cramps have become more frequent: %1 in the last four weeks against %2 in "
                                       "the four weeks before. That is worth raising with a clinician; the report "
                                       "shows it in figures.")
                                      .arg(recent)
                                      .arg(earlier),
                              { Text::tr("%1 cramps in 4 weeks, up from %2").arg(recent).arg(earlier) },
                              topic };
    }
    // Often: sleep broken on at least two nights a week over the last four weeks.
    if (disturbedNights.size() >= 8) {
        return RedFlagAlert {
            Urgency::NextVisit,
            headline(Urgency::NextVisit),
            Text::tr("Cramps disturbed your sleep on %1 of the last 28 nights. Frequent broken sleep is "
                     "worth raising with a clinician; the report shows it in figures.")
                    .arg(disturbedNights.size()),
            { Text::tr("Sleep disturbed on %1 nights in 4 weeks").arg(disturbedNights.size()) },
            topic
        };
    }
    return std::nullopt;
}

QList<RedFlagAlert> newAlerts(const Episode &saved, const std::optional<Episode> &before)
{
    const QList<RedFlagAlert> alerts = forEpisode(saved);
    if (alerts.isEmpty() || !before)
        return alerts;
    QList<Urgency> had;
    for (const RedFlagAlert &alert : forEpisode(*before))
        had.append(alert.urgency);
    const bool anythingNew = std::any_of(alerts.cbegin(), alerts.cend(),
                                         [&](const RedFlagAlert &alert) { return !had.contains(alert.urgency); });
    return anythingNew ? alerts : QList<RedFlagAlert>();
}

} // namespace RedFlagRules
