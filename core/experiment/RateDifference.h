#pragma once

#include <optional>

// The difference of two rates, eventsA/nightsA minus eventsB/nightsB, with a 95% interval
// by Newcombe's hybrid score method (method 10 of Newcombe, Stat Med 1998;17:873-890).
// It is built from each rate's Wilson interval, so it stays within -1..1 and keeps a width
// when a rate is 0 or 1, where the textbook (Wald) interval shrinks to a point: with 14
// nights a side, rates of 0 are common.
struct RateDifference {
    double difference = 0;
    double low = 0;
    double high = 0;

    // None when either side has no nights.
    static std::optional<RateDifference> newcombe(int eventsA, int nightsA, int eventsB, int nightsB);
};
