#pragma once

#include "core/domain/Factor.h"

#include <optional>

#include <QList>
#include <QString>

// Where a number factor divides the checked-in nights into two groups to compare. The
// default follows the guidance where it gives one (water about 2 litres, stretching any
// against none, stress at the middle of its 0-10 scale); otherwise the median, moved up to
// the next distinct value when nothing lies below it, so both groups can hold nights.
struct FactorSplit {
    double at = 0; // nights with a value below `at` form the group, the others the rest
    bool anyVersusNone = false; // the group is "none" (0), the rest "any" (more than 0)

    bool inGroup(double value) const { return anyVersusNone ? value <= 0 : value < at; }
    QString groupLabel(const Factor &factor) const;
    QString otherLabel(const Factor &factor) const;
    // "2,000 ml": a value of the factor with its unit, as the labels write it.
    static QString amount(const Factor &factor, double value);

    static FactorSplit chosen(double at) { return { at, false }; }
    // The guidance's split for a built-in factor, if it gives one.
    static std::optional<FactorSplit> fromGuidance(const Factor &factor);
    // The default for `factor` given the values recorded; none when the values hold fewer
    // than two distinct numbers and the guidance gives no split (nothing to compare yet).
    static std::optional<FactorSplit> byDefault(const Factor &factor, QList<double> values);
};
