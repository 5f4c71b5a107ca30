#pragma once

#include "core/domain/Leg.h"
#include "core/domain/Muscle.h"
#include "core/exchange/ColumnMapping.h"

#include <optional>

#include <QString>

// Legs, muscles and durations as other apps write them (docs/import-from-other-apps.md).
namespace ForeignWords {
// "left", "L", "links", ...; in a phrase ("Left outer calf") the one side word it names.
std::optional<Leg> leg(const QString &value);
// A muscle by the words other apps use; anything else is "other".
Muscle muscle(const QString &value);
// Seconds from "90" (in `unit`), "1.5" minutes, or "1:30" (minutes and seconds).
std::optional<int> duration(const QString &text, ColumnMapping::DurationUnit unit);
} // namespace ForeignWords
