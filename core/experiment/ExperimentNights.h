#pragma once

#include "core/domain/DiarySnapshot.h"
#include "core/domain/NightClock.h"
#include "core/experiment/ExperimentAnalysis.h"

// An experiment's nights as the diary recorded them. A night counts once it has ended, up
// to the experiment's last counted night; like every rate in the diary, a tracked night
// without a logged cramp is a night without one, and a night marked as not tracked has no
// data.
namespace ExperimentNights {

// The last night the result can count on `lastEndedNight`.
QDate lastCounted(const Experiment &experiment, QDate lastEndedNight);
// Every analysed night of the plan, in order, with what the diary holds for it.
QList<ExperimentNight> from(const Experiment &experiment, const DiarySnapshot &diary, const NightClock &clock,
                            QDate lastEndedNight);
// The share of the last 8 weeks' tracked nights with a cramp, for what a plan can detect;
// none before a week of diary.
std::optional<double> recentCrampNightRate(const DiarySnapshot &diary, const NightClock &clock, QDate lastEndedNight);
ExperimentAnalysis analyse(const Experiment &experiment, const DiarySnapshot &diary, const NightClock &clock,
                           QDate lastEndedNight);

} // namespace ExperimentNights
