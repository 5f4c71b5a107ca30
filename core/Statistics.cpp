#include "Statistics.h"

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
    const auto logP = [&](int x) { return logChoose(row1, x) + logChoose(row2, col1 - x) - logChoose(n, col1); };
    const int low = std::max(0, col1 - row2);
    const int high = std::min(row1, col1);
    const double observed = logP(a);
    double p = 0;
    for (int x = low; x <= high; ++x) {
        const double lp = logP(x);
        if (lp <= observed + std::log1p(Tolerance))
            p += std::exp(lp);
    }
    return std::min(1.0, p);
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
    return RatioInterval{ratio, std::exp(std::log(ratio) - 1.96 * se), std::exp(std::log(ratio) + 1.96 * se)};
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
    const double observed = logP(countB);
    double total = 0;
    for (int k = 0; k <= n; ++k) {
        const double lp = logP(k);
        if (lp <= observed + std::log1p(Tolerance))
            total += std::exp(lp);
    }
    return std::min(1.0, total);
}

} // namespace Statistics
