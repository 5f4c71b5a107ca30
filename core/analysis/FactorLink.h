#pragma once

#include "core/domain/Factor.h"

#include <optional>

#include <QString>

// How cramps go with one factor, over the nights with a check-in: nights in the group
// (the factor present, below a threshold, or at one choice) against all other nights.
struct FactorLink {
    Factor factor;
    QString groupLabel; // "yes", "less than 1200 ml", "toes pointed down"
    QString otherLabel; // "no", "1200 ml or more", "any other position"
    std::optional<double> threshold; // numbers only: the split
    bool splitChosen = false; // the person chose the split (else the default)
    bool anyVersusNone = false; // numbers only: the group is the nights without any (0)
    // A number factor whose recorded nights so far all hold one value (or none): there is no
    // split to compare, and asking for more nights on one side would promise what may never come.
    bool singleValue = false;
    int groupNights = 0;
    int groupCrampNights = 0;
    int otherNights = 0;
    int otherCrampNights = 0;
    double pValue = 1.0; // Fisher's exact test, two-sided
    double qValue = 1.0; // after the false-discovery correction across all links shown
    double ratio = 0; // cramp-night rate in the group over the rate in other nights
    double ratioLow = 0;
    double ratioHigh = 0;

    static constexpr int MinimumNightsPerGroup = 10;
    bool hasEnoughNights() const
    {
        return groupNights >= MinimumNightsPerGroup && otherNights >= MinimumNightsPerGroup;
    }
    int moreGroupNightsNeeded() const { return std::max(0, MinimumNightsPerGroup - groupNights); }
    int moreOtherNightsNeeded() const { return std::max(0, MinimumNightsPerGroup - otherNights); }
    double groupRate() const { return groupNights ? double(groupCrampNights) / groupNights : 0; }
    double otherRate() const { return otherNights ? double(otherCrampNights) / otherNights : 0; }
};
