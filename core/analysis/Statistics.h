#pragma once

#include <optional>

#include <QList>

// The few statistics the insights need, written out so each can be checked by hand.
namespace Statistics {

std::optional<double> median(QList<double> values);

// Two-sided Fisher exact test of the 2x2 table [[a, b], [c, d]]: the probability, with
// the margins fixed, of a table at most as likely as the one observed.
double fisherExactTwoSided(int a, int b, int c, int d);

struct RatioInterval {
    double ratio = 0;
    double low = 0;
    double high = 0;
};
// Ratio of two proportions, eventsA/nightsA over eventsB/nightsB, with a 95% interval
// on the log scale; a zero count gets 0.5 added to every cell (Haldane) so it stays finite.
std::optional<RatioInterval> riskRatio(int eventsA, int nightsA, int eventsB, int nightsB);

// Benjamini-Hochberg adjusted p-values (q-values), in the order given.
QList<double> benjaminiHochberg(const QList<double> &pValues);

// Two-sided exact test that two Poisson rates are equal: given all countA + countB
// events, countB follows a binomial with p = exposureB / (exposureA + exposureB).
double poissonRatesEqualTwoSided(int countA, double exposureA, int countB, double exposureB);

} // namespace Statistics
