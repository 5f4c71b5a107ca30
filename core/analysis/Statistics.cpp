#include "core/analysis/Statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {
double logChoose(int n, int k)
{
    return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0);
}

// Observed tables and those within this relative tolerance count as "as likely".
constexpr double Tolerance = 1e-7;
} // namespace

namespace Statistics {

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double fisherExactTwoSided(int a, int b, int c, int d)
{
    const int row1 = a + b, row2 = c + d, col1 = a + c, n = a + b + c + d;
    if (n == 0)
        return 1.0;
    const int low = std::max(0, col1 - row2);
    const int high = std::min(row1, col1);
    // Weights proportional to the hypergeometric probabilities, built from the mode outwards
    // with P(x+1)/P(x) = (row1-x)(col1-x) / ((x+1)(row2-col1+x+1)): no logarithms per table,
    // and the far tails simply underflow to zero. Normalising by their sum gives probabilities.
    const auto ratio = [&](int x) { return double(row1 - x) * (col1 - x) / (double(x + 1) * (row2 - col1 + x + 1)); };
    const int mode = std::clamp(int((double(col1) + 1) * (row1 + 1) / (n + 2)), low, high);
    QList<double> weight(high - low + 1);
    weight[mode - low] = 1.0;
    for (int x = mode + 1; x <= high; ++x)
        weight[x - low] = weight[x - 1 - low] * ratio(x - 1);
    for (int x = mode - 1; x >= low; --x)
        weight[x - low] = weight[x + 1 - low] / ratio(x);
    const double observed = weight[a - low] * (1 + Tolerance);
    double total = 0, asLikely = 0;
    for (double w : std::as_const(weight)) {
        total += w;
        if (w <= observed)
            asLikely += w;
    }
    return std::min(1.0, asLikely / total);
}

std::optional<RatioInterval> riskRatio(int eventsA, int nightsA, int eventsB, int nightsB)
{
    if (nightsA <= 0 || nightsB <= 0)
        return std::nullopt;
    double a = eventsA, nA = nightsA, c = eventsB, nB = nightsB;
    if (eventsA == 0 || eventsB == 0 || eventsA == nightsA || eventsB == nightsB) {
        a += 0.5;
        c += 0.5;
        nA += 1.0;
        nB += 1.0;
    }
    const double ratio = (a / nA) / (c / nB);
    const double se = std::sqrt(1.0 / a - 1.0 / nA + 1.0 / c - 1.0 / nB);
    return RatioInterval { ratio, std::exp(std::log(ratio) - 1.96 * se), std::exp(std::log(ratio) + 1.96 * se) };
}

QList<double> benjaminiHochberg(const QList<double> &pValues)
{
    const qsizetype m = pValues.size();
    QList<qsizetype> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) { return pValues[x] < pValues[y]; });
    QList<double> q(m);
    double running = 1.0;
    for (qsizetype rank = m; rank >= 1; --rank) {
        const qsizetype i = order[rank - 1];
        running = std::min(running, pValues[i] * double(m) / double(rank));
        q[i] = std::min(1.0, running);
    }
    return q;
}

double poissonRatesEqualTwoSided(int countA, double exposureA, int countB, double exposureB)
{
    const int n = countA + countB;
    if (n == 0 || exposureA <= 0 || exposureB <= 0)
        return 1.0;
    const double p = exposureB / (exposureA + exposureB);
    const auto logP = [&](int k) { return logChoose(n, k) + k * std::log(p) + (n - k) * std::log1p(-p); };
    const double observed = logP(countB) + std::log1p(Tolerance);
    // P(k+1)/P(k) = (n-k)/(k+1) * p/(1-p): one log-gamma set per test, as for Fisher's.
    const double oddsStep = std::log(p) - std::log1p(-p);
    double total = 0;
    double lp = logP(0);
    for (int k = 0; k <= n; ++k) {
        if (lp <= observed)
            total += std::exp(lp);
        lp += std::log(double(n - k) / (k + 1)) + oddsStep;
    }
    return std::min(1.0, total);
}

} // namespace Statistics
