#pragma once

#include "core/domain/EnumKeys.h"
#include "core/domain/ExperimentDesign.h"

#include <QString>

// What a self-experiment tests: one change to the evening, made on some nights and not on
// others. The built-in ones are the changes the guidance discusses; an own yes/no factor
// can be tested too.
struct ExperimentChange {
    enum Kind { Stretching, Water, Magnesium, NoPointedToes, OwnFactor };

    Kind kind = Stretching;
    int amount = 0; // minutes of stretching, or millilitres of water; 0 for the others
    qint64 ownFactorId = 0; // OwnFactor: the yes/no factor tested
    QString ownFactorName; // OwnFactor: its name, for the words of each night

    bool operator==(const ExperimentChange &) const = default;

    static constexpr int DefaultStretchMinutes = 10;
    static constexpr int DefaultWaterMillilitres = 2000;
    // How the nights are assigned: a supplement builds up over days, so it goes in blocks;
    // the others act the same night, so nights are assigned one by one.
    ExperimentScheme scheme() const
    {
        return kind == Magnesium ? ExperimentScheme::PairedBlocks : ExperimentScheme::NightlyBalanced;
    }
    // The check-in factor that records it, if built in ("stretch_minutes", "water_ml", ...).
    QString factorKey() const;
    // "Stretching for 10 minutes before bed"
    QString name() const;
    // What to do on a night with this arm: "Stretch for 10 minutes before bed" / "No
    // stretching before bed".
    QString instruction(Arm arm) const;
};

template<>
struct EnumKeys<ExperimentChange::Kind> {
    static constexpr std::array<std::pair<ExperimentChange::Kind, const char *>, 5> table { {
            { ExperimentChange::Stretching, "stretching" },
            { ExperimentChange::Water, "water" },
            { ExperimentChange::Magnesium, "magnesium" },
            { ExperimentChange::NoPointedToes, "toes_not_pointed" },
            { ExperimentChange::OwnFactor, "own" },
    } };
};
