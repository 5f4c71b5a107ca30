#pragma once

#include "core/domain/Experiment.h"

#include <QJsonObject>

class JsonReader;

// A self-experiment as JSON, for the backup and `experiment show --json`: the design, the
// seed, and every planned night with its assignment and whether it was followed. Read back
// strictly: the plan must be exactly the one its design and dates describe.
namespace ExperimentJson {
QJsonObject toJson(const Experiment &experiment);
// Throws StoreError naming the value by its JSON path.
Experiment fromJson(const JsonReader &object);
} // namespace ExperimentJson
