#include "core/experiment/ExperimentNights.h"

#include <QHash>
#include <QSet>

namespace {
bool isUntracked(const DiarySnapshot &diary, QDate night)
{
    return std::any_of(diary.untracked.cbegin(), diary.untracked.cend(),
                       [night](const UntrackedPeriod &p) { return night >= p.firstNight && night <= p.lastNight; });
}
} // namespace

namespace ExperimentNights {

QDate lastCounted(const Experiment &experiment, QDate lastSleptNight)
{
    return std::min(experiment.lastCountedNight(), lastSleptNight);
}

QList<ExperimentNight> from(const Experiment &experiment, const DiarySnapshot &diary, const NightClock &clock,
                            QDate lastSleptNight)
{
    const QDate last = lastCounted(experiment, lastSleptNight);
    QHash<QDate, ExperimentNight> cramps;
    for (const Episode &episode : diary.episodes) {
        const QDate night = clock.nightOf(episode.start);
        if (night < experiment.firstNight() || night > last)
            continue;
        ExperimentNight &n = cramps[night];
        ++n.cramps;
        if (episode.severity)
            n.worstSeverity = std::max(n.worstSeverity.value_or(0), *episode.severity);
    }
    QSet<QDate> recorded; // nights with something said about them besides a cramp
    for (const NightLog &log : diary.nightLogs)
        recorded.insert(log.night);
    for (const QDate night : diary.noCrampNights)
        recorded.insert(night);
    QList<ExperimentNight> nights;
    for (const PlannedNight &planned : experiment.plan) {
        if (planned.role != PlannedNight::Analysed)
            continue;
        const bool hasData = planned.night <= last && !isUntracked(diary, planned.night)
                && (cramps.contains(planned.night) || recorded.contains(planned.night));
        ExperimentNight night = hasData ? cramps.value(planned.night) : ExperimentNight {};
        night.arm = planned.arm;
        night.hasData = hasData;
        night.night = planned.night;
        if (experiment.followed.contains(planned.night))
            night.followed = experiment.followed.value(planned.night);
        nights.append(night);
    }
    return nights;
}

std::optional<double> recentCrampNightRate(const DiarySnapshot &diary, const NightClock &clock, QDate lastSleptNight)
{
    QDate firstEntry = lastSleptNight.addDays(1);
    QSet<QDate> crampNights;
    for (const Episode &episode : diary.episodes) {
        const QDate night = clock.nightOf(episode.start);
        firstEntry = std::min(firstEntry, night);
        crampNights.insert(night);
    }
    for (const NightLog &log : diary.nightLogs)
        firstEntry = std::min(firstEntry, log.night);
    const QDate first = std::max(lastSleptNight.addDays(-55), firstEntry); // kept from its first entry on
    int tracked = 0;
    int withCramp = 0;
    for (QDate night = first; night <= lastSleptNight; night = night.addDays(1)) {
        if (isUntracked(diary, night))
            continue;
        ++tracked;
        withCramp += crampNights.contains(night) ? 1 : 0;
    }
    return tracked >= 7 ? std::optional<double>(double(withCramp) / tracked) : std::nullopt;
}

ExperimentAnalysis analyse(const Experiment &experiment, const DiarySnapshot &diary, const NightClock &clock,
                           QDate lastSleptNight)
{
    return analyse(experiment, from(experiment, diary, clock, lastSleptNight), lastSleptNight);
}

ExperimentAnalysis analyse(const Experiment &experiment, const QList<ExperimentNight> &nights, QDate lastSleptNight)
{
    using Stage = ExperimentAnalysis::Stage;
    const QDate last = lastCounted(experiment, lastSleptNight);
    // Running while a night it counts has yet to end (none, for a plan stopped before it began).
    const bool toCome
            = last < experiment.lastCountedNight() && experiment.lastCountedNight() >= experiment.firstNight();
    const Stage stage = toCome                                                             ? Stage::Running
            : experiment.stoppedAfter && *experiment.stoppedAfter < experiment.lastNight() ? Stage::StoppedEarly
                                                                                           : Stage::Finished;
    return ExperimentAnalysis::compute(experiment.design, nights, last, stage);
}

} // namespace ExperimentNights
