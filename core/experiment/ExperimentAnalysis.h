#pragma once

#include "core/analysis/Statistics.h"
#include "core/domain/ExperimentDesign.h"
#include "core/experiment/RandomisationTest.h"

#include <optional>

#include <QDate>
#include <QList>

// What the diary knows of one analysed night of an experiment.
struct ExperimentNight {
    Arm arm = Arm::Usual; // as assigned by the plan
    std::optional<bool> followed; // unknown until the person says
    // A cramp, an evening check-in or an explicit "no cramps" was recorded for the night.
    // A night with none of these is missing: it says nothing, and is never a quiet night.
    bool hasData = false;
    int cramps = 0;
    std::optional<int> worstSeverity; // 0-10; absent on a night without a cramp
    QDate night; // for naming the missing ones
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
    // Primary outcome, a cramp night (yes/no): the randomisation test, and the differences
    // in the share of cramp nights (usual minus change) that the same randomisation keeps,
    // each end a one-sided 95% bound, so its low end is above 0 exactly when p <= 0.05.
    std::optional<RandomisationResult> crampNightTest;
    std::optional<RandomisationTest::ShiftInterval> crampNightInterval;
    // Secondary outcomes.
    std::optional<RandomisationResult> crampsTest; // on cramps per night

    // Share of cramp nights without the change minus with it; positive means fewer.
    double crampNightRateDifference() const { return usual.crampNightRate() - change.crampNightRate(); }
    // Change over usual; none when the usual nights had no cramp.
    std::optional<double> crampNightRateRatio() const
    {
        return usual.crampNights > 0 && change.nights > 0
                ? std::optional(change.crampNightRate() / usual.crampNightRate())
                : std::nullopt;
    }
    double crampsPerNightDifference() const { return usual.crampsPerNight() - change.crampsPerNight(); }
    std::optional<double> severityDifference() const
    {
        const auto u = usual.meanWorstSeverity(), c = change.meanWorstSeverity();
        return u && c ? std::optional(*u - *c) : std::nullopt;
    }
};

// The figures of an experiment, from its design and its analysed nights.
struct ExperimentAnalysis {
    // Looking at a result night after night and stopping at the first good one finds
    // effects that are not there (about one plan in ten instead of one in twenty), so a
    // running plan shows its progress only: no test, interval or verdict.
    enum class Stage {
        Running, // nights of the plan are still to come
        Finished, // every night of the plan has ended
        StoppedEarly, // stopped by the person; the result rests on the nights up to then
    };
    Stage stage = Stage::Finished;
    int plannedNights = 0; // analysed nights in the plan (washout and baseline not counted)
    int completedNights = 0; // of those, up to the last night
    int nightsWithData = 0; // of those, with something recorded
    QList<QDate> missingNights; // of those completed, the nights with nothing recorded
    int followedNights = 0; // of those with data, followed as planned

    bool hasResult() const { return stage != Stage::Running; }
    // Intention to treat, the primary analysis: every completed night with data, by the
    // arm the plan assigned, followed or not. Only this one keeps the randomisation test's
    // guarantee, since which nights were not followed may depend on the arm.
    ArmComparison asAssigned;
    // Only the nights followed as planned: what the change does when it is done.
    ArmComparison asFollowed;

    // `nights` holds every analysed night of the plan in date order (ExperimentPlanner's
    // Analysed nights); those after `lastNight` have not happened yet (an experiment still
    // running or stopped early). An invalid `lastNight` means all have. With nights that do
    // not fit the design the randomisation tests are absent, and so are they all while
    // the plan is Running.
    static ExperimentAnalysis compute(const ExperimentDesign &design, const QList<ExperimentNight> &nights,
                                      QDate lastNight = {}, Stage stage = Stage::Finished);
};
