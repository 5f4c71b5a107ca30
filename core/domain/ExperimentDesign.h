#pragma once

#include "core/domain/EnumKeys.h"

#include <QDate>
#include <QString>

// How a self-experiment (a trial of one) decides, night by night, whether the change is
// made. The plan is drawn once, at planning time, from `seed`; the analysis then asks how
// unusual the result is among all the plans the same scheme could have drawn.
enum class ExperimentScheme {
    // For a change that acts the same night (stretching before bed): nights are assigned at
    // random, half with the change in each block, so a slow drift in cramps over the weeks
    // cannot pile up in one arm.
    NightlyBalanced,
    // For a change that builds up (a supplement): whole blocks with or without it, taken in
    // pairs whose order (change first or usual first) is drawn for each pair, with optional
    // washout nights at the start of every block while the last block's effect wears off.
    PairedBlocks,
};

// A = with the change, B = as usual (without it).
enum class Arm { Change, Usual };

struct ExperimentDesign {
    static constexpr int DefaultNights = 28;
    static constexpr int DefaultNightlyBlockNights = 14;
    static constexpr int DefaultPairedBlockNights = 7;
    static constexpr int BaselineWeekNights = 7;
    static constexpr int MaximumNights = 364;

    ExperimentScheme scheme = ExperimentScheme::NightlyBalanced;
    // The nights with an assignment, washout included, baseline not: a whole number of
    // blocks (nightly) or of pairs of blocks (paired).
    int nights = DefaultNights;
    int blockNights = DefaultNightlyBlockNights;
    // Paired blocks only: the first nights of each block are assigned and followed like the
    // rest but left out of the analysis, because the previous block's effect may linger.
    int washoutNights = 0;
    // A week before the plan, observed only, to see the usual rate; never analysed.
    bool baselineWeek = false;
    QDate start; // the first night of the plan, the baseline week included
    quint32 seed = 1;

    static int defaultBlockNights(ExperimentScheme scheme)
    {
        return scheme == ExperimentScheme::PairedBlocks ? DefaultPairedBlockNights : DefaultNightlyBlockNights;
    }

    int baselineNights() const { return baselineWeek ? BaselineWeekNights : 0; }
    int blocks() const { return blockNights > 0 ? nights / blockNights : 0; }
    int analysedNightsPerBlock() const { return blockNights - washoutNights; }
    int analysedNights() const { return blocks() * analysedNightsPerBlock(); }
    int totalNights() const { return baselineNights() + nights; }
    QDate firstAssignedNight() const { return start.addDays(baselineNights()); }
    QDate lastNight() const { return start.addDays(totalNights() - 1); }

    bool operator==(const ExperimentDesign &) const = default;

    // What makes the design impossible to draw, in words for the person planning it; empty
    // when it can be drawn.
    QString problem() const;
};

// One night of a drawn plan.
struct PlannedNight {
    enum Role {
        Baseline, // observed only, before the plan
        Washout, // assigned and followed, left out of the analysis
        Analysed,
    };

    QDate night;
    Role role = Analysed;
    Arm arm = Arm::Usual; // meaningless for a baseline night
    int block = -1; // 0-based among the plan's blocks; -1 for the baseline

    bool operator==(const PlannedNight &) const = default;
};

template<>
struct EnumKeys<ExperimentScheme> {
    static constexpr std::array<std::pair<ExperimentScheme, const char *>, 2> table { {
            { ExperimentScheme::NightlyBalanced, "nightly" },
            { ExperimentScheme::PairedBlocks, "paired" },
    } };
};

template<>
struct EnumKeys<Arm> {
    static constexpr std::array<std::pair<Arm, const char *>, 2> table { {
            { Arm::Change, "change" },
            { Arm::Usual, "usual" },
    } };
};

template<>
struct EnumKeys<PlannedNight::Role> {
    static constexpr std::array<std::pair<PlannedNight::Role, const char *>, 3> table { {
            { PlannedNight::Baseline, "baseline" },
            { PlannedNight::Washout, "washout" },
            { PlannedNight::Analysed, "analysed" },
    } };
};
