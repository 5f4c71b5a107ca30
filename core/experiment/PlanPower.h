#pragma once

#include "core/domain/ExperimentDesign.h"

// How likely a planned experiment is to show a change that works, before it starts: the
// plan's own scheme simulated many times, each night a cramp night or not at its arm's rate,
// each simulated experiment analysed by the same randomisation test as a real one.
namespace PlanPower {

constexpr double SignificanceLevel = 0.05;

// The share of simulated experiments with p <= SignificanceLevel (one-sided, "the change
// lowers cramps"), all nights recorded. `currentRate` and `rateWithChange` are shares of
// nights with a cramp (0-1); equal rates give the false positive rate instead. 0 for a
// design with a problem().
double estimate(const ExperimentDesign &design, double currentRate, double rateWithChange, int simulations = 2000,
                quint32 seed = 1);

} // namespace PlanPower
