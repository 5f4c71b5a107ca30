#pragma once

#include "core/analysis/Significance.h"
#include "core/domain/ExperimentDesign.h"

// How likely a planned experiment is to show a change that works, before it starts: each
// night a cramp night or not at its arm's rate, every night recorded, and the result read
// by the same randomisation test as a real one.
namespace PlanPower {

constexpr double SignificanceLevel = Significance::Level;
// Beyond this many kinds of outcome to add up, the power is simulated instead.
constexpr double ExactBudget = 200'000;
// Simulated, the power's standard error stays under half a percentage point.
constexpr int Simulations = 10'000;

struct Estimate {
    double power = 0;
    bool exact = true;
};

// The share of experiments with p <= SignificanceLevel (one-sided, "the change lowers
// cramps"). `currentRate` and `rateWithChange` are shares of nights with a cramp (0-1);
// equal rates give the false positive rate instead. Exact by adding up every outcome the
// scheme's units can give, as long as their kinds stay within ExactBudget (28, 42 and 56
// nights nightly, 28 and 42 in pairs of 7-night blocks); else simulated. 0 for a design with
// a problem().
Estimate compute(const ExperimentDesign &design, double currentRate, double rateWithChange);
inline double estimate(const ExperimentDesign &design, double currentRate, double rateWithChange)
{
    return compute(design, currentRate, rateWithChange).power;
}

} // namespace PlanPower
