#pragma once

#include "core/domain/DiarySnapshot.h"
#include "core/domain/NightClock.h"
#include "core/experiment/ExperimentAnalysis.h"

// An experiment's nights as the diary recorded them. A night counts once it has ended, up
// to the experiment's last counted night, and only when something was recorded for it: a
// cramp, an evening check-in or an explicit "no cramps". Unlike the diary's rates, which
// take a night without an entry as quiet, a forgotten week here is missing, not cramp-free
// for both arms; a night marked as not tracked is missing too.
namespace ExperimentNights {

// The last night the result can count on `lastSleptNight`.
QDate lastCounted(const Experiment &experiment, QDate lastSleptNight);
// Every analysed night of the plan, in order, with what the diary holds for it.
QList<ExperimentNight> from(const Experiment &experiment, const DiarySnapshot &diary, const NightClock &clock,
                            QDate lastSleptNight);
// The share of the last 8 weeks' tracked nights with a cramp, for what a plan can detect;
// none before a week of diary.
std::optional<double> recentCrampNightRate(const DiarySnapshot &diary, const NightClock &clock, QDate lastSleptNight);
ExperimentAnalysis analyse(const Experiment &experiment, const DiarySnapshot &diary, const NightClock &clock,
                           QDate lastSleptNight);
// The same from nights already read by from().
ExperimentAnalysis analyse(const Experiment &experiment, const QList<ExperimentNight> &nights, QDate lastSleptNight);

} // namespace ExperimentNights
