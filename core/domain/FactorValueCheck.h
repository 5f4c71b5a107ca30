#pragma once

#include "core/domain/Factor.h"
#include "core/domain/NightLog.h"

#include <optional>

// Whether a value fits its factor (type, allowed choices, sensible range), and if not,
// what is wrong in words. Shared by the check-in form, the command line and the store.
namespace FactorValueCheck {
QString problem(const Factor &factor, const FactorValue &value);

struct Range {
    double minimum;
    double maximum;
};
Range rangeOf(const Factor &factor);
} // namespace FactorValueCheck
