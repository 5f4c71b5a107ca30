#include "core/experiment/PlanPower.h"

#include <cmath>
#include <functional>
#include <vector>

#include <QRandomGenerator>

// With every night recorded, both arms hold the same number of nights, so the test's
// statistic falls as the cramp nights with the change (X) rise, and p is the chance, over
// the scheme's assignments, of an X no larger than the one observed. The scheme draws its
// units (a nightly block, or a pair of blocks) independently, so that chance is the
// convolution of each unit's own distribution of X, and so is X under the effect.
namespace {
using Distribution = std::vector<double>; // P(X = x) for x = 0, 1, ...

Distribution convolve(const Distribution &a, const Distribution &b)
{
    Distribution out(a.size() + b.size() - 1, 0.0);
    for (std::size_t i = 0; i < a.size(); ++i) {
        for (std::size_t j = 0; j < b.size(); ++j)
            out[i + j] += a[i] * b[j];
    }
    return out;
}

Distribution binomial(int n, double rate)
{
    Distribution d(n + 1);
    for (int k = 0; k <= n; ++k)
        d[k] = std::exp(std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0)) * std::pow(rate, k)
                * std::pow(1 - rate, n - k);
    return d;
}

// One kind of outcome of a unit: how likely it is under the effect, the unit's X under
// the scheme's assignments (the null) and X as the plan drew it (under the effect).
struct Kind {
    double weight;
    Distribution null;
    Distribution observed;
};

// The units' kinds: a nightly block of n nights (half with the change) by its number of
// cramp nights m, its X spread over the halves that hold them; a pair of blocks by the
// cramp nights of the block with the change (c) and without it (u), X being c or u.
std::vector<Kind> kindsOf(const ExperimentDesign &design, double usualRate, double changeRate)
{
    const int n = design.analysedNightsPerBlock();
    std::vector<Kind> kinds;
    if (design.scheme == ExperimentScheme::NightlyBalanced) {
        const int h = n / 2;
        const Distribution change = binomial(h, changeRate), usual = binomial(h, usualRate);
        for (int m = 0; m <= n; ++m) {
            Kind kind { 0, Distribution(h + 1, 0.0), Distribution(h + 1, 0.0) };
            double ways = 0;
            for (int x = std::max(0, m - h); x <= std::min(h, m); ++x) {
                // Hypergeometric: x of the m cramp nights among the h nights with the change.
                const double w = std::exp(std::lgamma(m + 1.0) - std::lgamma(x + 1.0) - std::lgamma(m - x + 1.0)
                                          + std::lgamma(n - m + 1.0) - std::lgamma(h - x + 1.0)
                                          - std::lgamma(n - m - h + x + 1.0));
                kind.null[x] = w;
                ways += w;
                kind.observed[x] = change[x] * usual[m - x];
                kind.weight += kind.observed[x];
            }
            for (double &p : kind.null)
                p /= ways;
            if (kind.weight > 0) {
                for (double &p : kind.observed)
                    p /= kind.weight;
            }
            kinds.push_back(std::move(kind));
        }
    } else {
        const Distribution change = binomial(n, changeRate), usual = binomial(n, usualRate);
        for (int c = 0; c <= n; ++c) {
            for (int u = 0; u <= n; ++u) {
                Kind kind { change[c] * usual[u], Distribution(n + 1, 0.0), Distribution(n + 1, 0.0) };
                kind.null[c] += 0.5;
                kind.null[u] += 0.5;
                kind.observed[c] = 1;
                kinds.push_back(std::move(kind));
            }
        }
    }
    return kinds;
}

// P(p <= level) for these units' kinds, one per unit.
double powerOf(const std::vector<const Kind *> &units)
{
    Distribution null { 1.0 }, observed { 1.0 };
    for (const Kind *kind : units) {
        null = convolve(null, kind->null);
        observed = convolve(observed, kind->observed);
    }
    double power = 0, atMost = 0;
    for (std::size_t x = 0; x < null.size(); ++x) {
        atMost += null[x];
        // An exact p of 1/20 may come out a rounding above it; it still counts.
        if (atMost <= PlanPower::SignificanceLevel + 1e-12 && x < observed.size())
            power += observed[x];
    }
    return power;
}

double binomialCoefficient(double n, double k)
{
    return std::exp(std::lgamma(n + 1) - std::lgamma(k + 1) - std::lgamma(n - k + 1));
}

// Every multiset of `units` kinds: the order of the units does not change p.
double exactPower(const std::vector<Kind> &kinds, int units)
{
    std::vector<const Kind *> chosen;
    double total = 0;
    const std::function<void(std::size_t, double, double)> visit = [&](std::size_t from, double weight, double orders) {
        if (int(chosen.size()) == units) {
            total += weight * orders * powerOf(chosen);
            return;
        }
        for (std::size_t k = from; k < kinds.size(); ++k) {
            if (kinds[k].weight <= 0)
                continue;
            // Orders of the multiset: units! / prod(repeats!), built one unit at a time.
            int repeats = 1;
            for (auto it = chosen.rbegin(); it != chosen.rend() && *it == &kinds[k]; ++it)
                ++repeats;
            chosen.push_back(&kinds[k]);
            visit(k, weight * kinds[k].weight, orders * double(chosen.size()) / repeats);
            chosen.pop_back();
        }
    };
    visit(0, 1.0, 1.0);
    return total;
}

double simulatedPower(const std::vector<Kind> &kinds, int units)
{
    QRandomGenerator random(1); // fixed, so the same plan shows the same figure
    std::vector<double> cumulative;
    double sum = 0;
    for (const Kind &k : kinds)
        cumulative.push_back(sum += k.weight);
    double power = 0;
    std::vector<const Kind *> chosen(units);
    for (int s = 0; s < PlanPower::Simulations; ++s) {
        for (const Kind *&unit : chosen) {
            const double r = random.generateDouble() * sum;
            const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
            unit = &kinds[std::min<std::size_t>(it - cumulative.begin(), kinds.size() - 1)];
        }
        power += powerOf(chosen); // exact given the units' kinds
    }
    return power / PlanPower::Simulations;
}
} // namespace

namespace PlanPower {

Estimate compute(const ExperimentDesign &design, double currentRate, double rateWithChange)
{
    if (!design.problem().isEmpty())
        return { 0, true };
    const std::vector<Kind> kinds = kindsOf(design, currentRate, rateWithChange);
    const int units = design.scheme == ExperimentScheme::NightlyBalanced ? design.blocks() : design.blocks() / 2;
    if (binomialCoefficient(double(kinds.size() + units - 1), units) <= ExactBudget)
        return { exactPower(kinds, units), true };
    return { simulatedPower(kinds, units), false };
}

} // namespace PlanPower
