#include "core/experiment/RateDifference.h"

#include <cmath>

namespace {
constexpr double Z = 1.959963984540054; // two-sided 95%

struct Wilson {
    double rate;
    double low;
    double high;
};

Wilson wilson(int events, int nights)
{
    const double n = nights, p = events / n, z2 = Z * Z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = Z / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return { p, centre - half, centre + half };
}
} // namespace

std::optional<RateDifference> RateDifference::newcombe(int eventsA, int nightsA, int eventsB, int nightsB)
{
    if (nightsA <= 0 || nightsB <= 0)
        return std::nullopt;
    const Wilson a = wilson(eventsA, nightsA), b = wilson(eventsB, nightsB);
    // Each side of the interval combines the two rates' distances to the Wilson limits
    // that push the difference that way.
    const double d = a.rate - b.rate;
    return RateDifference { d, d - std::hypot(a.rate - a.low, b.high - b.rate),
                            d + std::hypot(a.high - a.rate, b.rate - b.low) };
}
