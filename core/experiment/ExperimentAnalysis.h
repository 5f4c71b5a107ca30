#pragma once

#include "core/analysis/Statistics.h"
#include "core/domain/ExperimentDesign.h"
#include "core/experiment/RandomisationTest.h"
#include "core/experiment/RateDifference.h"

#include <optional>

#include <QDate>
#include <QList>

// What the diary knows of one analysed night of an experiment.
struct ExperimentNight {
    Arm arm = Arm::Usual; // as assigned by the plan
    std::optional<bool> followed; // unknown until the person says
    bool hasData = false; // an evening check-in or a cramp was recorded for the night
    int cramps = 0;
    std::optional<int> worstSeverity; // 0-10; absent on a night without a cramp
};

// The nights of one arm that an analysis counts.
struct ArmFigures {
    int nights = 0;
    int crampNights = 0;
    int cramps = 0;
    // Nights whose worst severity is known: every night without a cramp (0), and cramp
    // nights rated; a cramp logged in one keystroke has no rating yet.
    int ratedNights = 0;
    int severitySum = 0;

    double crampNightRate() const { return nights ? double(crampNights) / nights : 0; }
    double crampsPerNight() const { return nights ? double(cramps) / nights : 0; }
    std::optional<double> meanWorstSeverity() const
    {
        return ratedNights ? std::optional(double(severitySum) / ratedNights) : std::nullopt;
    }
};

// Change against usual over one set of nights. Differences are "usual minus change", so a
// positive figure means fewer or milder cramps with the change.
struct ArmComparison {
    ArmFigures change;
    ArmFigures usual;
    // Primary outcome, a cramp night (yes/no): the rates' difference in rate points with
    // its 95% Newcombe interval, their ratio (change over usual) with its 95% interval,
    // and the randomisation test.
    std::optional<RateDifference> rateDifference;
    std::optional<Statistics::RatioInterval> rateRatio;
    std::optional<RandomisationResult> crampNightTest;
    // Secondary outcomes.
    std::optional<RandomisationResult> crampsTest; // on cramps per night

    double crampsPerNightDifference() const { return usual.crampsPerNight() - change.crampsPerNight(); }
    std::optional<double> severityDifference() const
    {
        const auto u = usual.meanWorstSeverity(), c = change.meanWorstSeverity();
        return u && c ? std::optional(*u - *c) : std::nullopt;
    }
};

// The figures of an experiment, from its design and its analysed nights.
struct ExperimentAnalysis {
    int plannedNights = 0; // analysed nights in the plan (washout and baseline not counted)
    int completedNights = 0; // of those, up to the last night
    int nightsWithData = 0; // of those, with something recorded
    int followedNights = 0; // of those completed, followed as planned
    // Intention to treat, the primary analysis: every completed night with data, by the
    // arm the plan assigned, followed or not. Only this one keeps the randomisation test's
    // guarantee, since which nights were not followed may depend on the arm.
    ArmComparison asAssigned;
    // Only the nights followed as planned: what the change does when it is done.
    ArmComparison asFollowed;

    // `nights` holds every analysed night of the plan in date order (ExperimentPlanner's
    // Analysed nights); those after `lastNight` have not happened yet (an experiment still
    // running or stopped early). An invalid `lastNight` means all have. With nights that do
    // not fit the design the randomisation tests are absent.
    static ExperimentAnalysis compute(const ExperimentDesign &design, const QList<ExperimentNight> &nights,
                                      QDate lastNight = {});
};
