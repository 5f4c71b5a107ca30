#pragma once

#include "core/domain/ExperimentChange.h"
#include "core/domain/ExperimentDesign.h"

#include <optional>

#include <QDateTime>
#include <QList>
#include <QMap>

// A self-experiment as the diary keeps it: the change, the design, the plan drawn once
// when it was made (never redrawn), and what each evening's check-in said about keeping to
// it. Stopped early, it counts the nights up to the stop.
struct Experiment {
    qint64 id = 0;
    ExperimentChange change;
    ExperimentDesign design;
    QList<PlannedNight> plan; // every night in order, the baseline week first
    QMap<QDate, bool> followed; // nights whose check-in said whether the plan was kept
    QDateTime plannedAt;
    std::optional<QDate> stoppedAfter; // the last night counted when stopped early

    bool operator==(const Experiment &) const = default;

    QDate firstNight() const { return design.start; }
    QDate lastNight() const { return design.lastNight(); }
    // The last night the result counts: the plan's last, or the last before the stop.
    QDate lastCountedNight() const { return stoppedAfter ? std::min(*stoppedAfter, lastNight()) : lastNight(); }
    // The plan for `night`, when it is one of the experiment's counted nights.
    std::optional<PlannedNight> planFor(QDate night) const
    {
        if (!night.isValid() || night < firstNight() || night > lastCountedNight())
            return std::nullopt;
        const qsizetype index = firstNight().daysTo(night);
        return index < plan.size() ? std::optional<PlannedNight>(plan.at(index)) : std::nullopt;
    }
};
