#pragma once

#include "core/analysis/Significance.h"
#include "core/domain/ExperimentDesign.h"

#include <optional>

#include <QList>

// One analysed night as the randomisation test sees it.
struct RandomisationNight {
    Arm arm = Arm::Usual; // as assigned by the plan
    double outcome = 0; // 1/0 for a cramp night, or the number of cramps
    bool included = true; // has data (and, for an "as followed" test, was followed)
};

struct RandomisationResult {
    // One-sided, in the direction fixed before the experiment: "the change lowers cramps".
    double p = 1;
    bool exact = true; // every assignment of the scheme counted, else a Monte Carlo estimate
    double assignmentsConsidered = 0; // all the scheme allows (exact) or the draws (Monte Carlo)
    double monteCarloError = 0; // standard error of p; 0 when exact
    double observed = 0; // mean outcome without the change minus mean with it
};

// A randomisation test that draws from the plan's own scheme: under "the change makes no
// difference" each night's outcome would have been the same whatever the plan said, so
// the observed assignment is one of all those the scheme could have drawn, each as likely.
// p is the share of them whose statistic (mean Usual minus mean Change, over the included
// nights) is at least the observed one, the observed assignment included. This holds by
// construction, with no assumption about how cramps are distributed, which a t-test on 28
// nights could not promise. Nights left out (no data) stay out under every assignment.
namespace RandomisationTest {

constexpr int MinimumMonteCarloDraws = 10000;

struct Options {
    int monteCarloDraws = 20000; // raised to MinimumMonteCarloDraws
    quint32 seed = 1;
};

// How many assignments the scheme allows: C(block, block/2) per nightly block, 2 per pair
// of blocks; 0 for a design with a problem().
double possibleAssignments(const ExperimentDesign &design);
// The lowest p the plan can ever give (each assignment counts itself): shown before the
// experiment starts, because 2 pairs of blocks (4 orders) can never go below 0.25.
double smallestPossibleP(const ExperimentDesign &design);

// `nights` holds every analysed night of the plan in date order (washout and baseline
// left out). Exact whenever the distinct (included Change nights, outcome sum) totals stay
// few: always for schemes of up to 200,000 assignments, and for whole-number outcomes
// (cramp nights, cramp counts) far beyond; otherwise Monte Carlo over the same scheme,
// p = (1 + k) / (1 + draws). None when the nights do not fit the design (their number, or
// arms that this scheme could not have drawn).
std::optional<RandomisationResult> run(const ExperimentDesign &design, const QList<RandomisationNight> &nights,
                                       const Options &options = {});

// The differences (mean Usual minus mean Change, in the outcome's units) that the same
// randomisation does not rule out, found by inverting the test over constant shifts: a
// shift d is ruled out below when, with d added back to every included Change night, the
// one-sided test above gives p <= alpha; above, likewise in the other direction. Each end
// is a one-sided (1 - alpha) bound, so the range holds 1 - 2 alpha; its low end is above 0
// exactly when run() gives p <= alpha, because at d = 0 it is the same test. An end the
// plan can never rule out (a floor above alpha) stays at the widest difference possible.
struct ShiftInterval {
    double low = 0;
    double high = 0;
};
std::optional<ShiftInterval> shiftInterval(const ExperimentDesign &design, const QList<RandomisationNight> &nights,
                                           double alpha = Significance::Level, const Options &options = {});

} // namespace RandomisationTest
