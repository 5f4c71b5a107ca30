#pragma once

#include <optional>

#include <QDate>

// The figures of one period (a week, or a chosen range), counted per tracked night.
struct PeriodFigures {
    QDate first;
    QDate last;
    int nightsTracked = 0; // nights the diary was kept: from its first entry on, minus untracked periods
    int nightsCheckedIn = 0; // tracked nights with an evening check-in
    int cramps = 0;
    int crampNights = 0; // nights with at least one cramp
    std::optional<double> severityMedian;
    std::optional<int> severityMin;
    std::optional<int> severityMax;
    std::optional<double> durationMedianSeconds;
    std::optional<double> sleepDisturbanceMedian;

    int crampFreeNights() const { return nightsTracked - crampNights; }
    // cramps / nights tracked x 7; empty when no night was tracked
    std::optional<double> crampsPerWeek() const
    {
        return nightsTracked ? std::optional<double>(cramps * 7.0 / nightsTracked) : std::nullopt;
    }
    std::optional<double> crampNightsPerWeek() const
    {
        return nightsTracked ? std::optional<double>(crampNights * 7.0 / nightsTracked) : std::nullopt;
    }
    // A week only partly tracked is drawn as such, never as a low week.
    bool isPartial() const { return nightsTracked < first.daysTo(last) + 1; }

    // From this many tracked nights a week's bar is its rate scaled to seven nights; below
    // it, the count itself: 2 cramps in 2 tracked nights must not become the tallest bar.
    static constexpr int NightsToScaleAWeek = 4;
    bool isScaledToAWeek() const { return nightsTracked >= NightsToScaleAWeek; }
    // The height of this week's bar: cramps per 7 nights from 4 tracked nights on, the raw
    // count of cramps below that (a partial week), nothing for a week with no tracked night.
    std::optional<double> weekBar() const
    {
        if (nightsTracked == 0)
            return std::nullopt;
        return isScaledToAWeek() ? crampsPerWeek() : std::optional<double>(cramps);
    }
};
