#pragma once

#include "core/domain/Leg.h"
#include "core/domain/Muscle.h"

#include <QString>

// The single keys of the quick log sheet, one per leg and muscle. They are part of the
// translation so each can follow its word; the bedside sheet prints the same letters, so
// what was circled at night is what is typed in the morning.
namespace QuickLogKeys {
QString of(Leg leg);
QString of(Muscle muscle);
} // namespace QuickLogKeys
