#include "core/experiment/RandomisationTest.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <vector>

#include <QRandomGenerator>

namespace {
// How many assignments give the Change arm `nights` included nights whose outcomes add
// up to `sum`. The statistic depends on nothing else, so counting these totals instead of
// listing assignments makes 28 nights in two 14-night blocks (3,432^2 assignments) exact.
struct Total {
    int nights = 0;
    double sum = 0;
    double ways = 1;
};
using Distribution = std::vector<Total>; // sorted by (nights, sum), each pair once

// Beyond this many totals at once the count would be slow; Monte Carlo takes over.
// Every scheme of up to 200,000 assignments stays below it.
constexpr std::size_t StateBudget = 1'000'000;

bool before(const Total &x, const Total &y)
{
    return x.nights != y.nights ? x.nights < y.nights : x.sum < y.sum;
}

// Sorted input with repeated pairs -> one entry per pair.
void coalesce(Distribution &d)
{
    std::size_t out = 0;
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (out > 0 && d[out - 1].nights == d[i].nights && d[out - 1].sum == d[i].sum)
            d[out - 1].ways += d[i].ways;
        else
            d[out++] = d[i];
    }
    d.resize(out);
}

// Mean outcome without the change minus mean with it; 0 when a side has no included
// night, since there is then no difference to see.
double statistic(int changeNights, double changeSum, int included, double total)
{
    const int usualNights = included - changeNights;
    if (changeNights == 0 || usualNights == 0)
        return 0;
    return (total - changeSum) / usualNights - changeSum / changeNights;
}

struct Night {
    bool included;
    double outcome;
};

// Every way to give the change half the nights of a balanced block, as totals: a knapsack
// over the nights, counting choices by how many nights are taken so far.
std::optional<Distribution> balancedBlock(const std::vector<Night> &block)
{
    const int half = int(block.size()) / 2;
    std::vector<Distribution> taken(half + 1);
    taken[0] = { Total {} };
    for (std::size_t i = 0; i < block.size(); ++i) {
        const int inc = block[i].included ? 1 : 0;
        const double y = block[i].included ? block[i].outcome : 0;
        for (int k = std::min<int>(int(i) + 1, half); k >= 1; --k) {
            // Shifting keeps the order (ties from rounding are merged by coalesce).
            Distribution &to = taken[k];
            const std::size_t middle = to.size();
            for (const Total &t : taken[k - 1])
                to.push_back({ t.nights + inc, t.sum + y, t.ways });
            std::inplace_merge(to.begin(), to.begin() + middle, to.end(), before);
            coalesce(to);
            if (to.size() > StateBudget)
                return std::nullopt;
        }
    }
    return taken[half];
}

// A pair of blocks: the change in the first or in the second.
Distribution pairOfBlocks(const std::vector<Night> &first, const std::vector<Night> &second)
{
    Distribution options;
    for (const auto *block : { &first, &second }) {
        Total t;
        for (const Night &n : *block) {
            t.nights += n.included ? 1 : 0;
            t.sum += n.included ? n.outcome : 0;
        }
        options.push_back(t);
    }
    std::sort(options.begin(), options.end(), before);
    coalesce(options);
    return options;
}

// The scheme's units drawn independently: the nightly blocks, or the pairs of blocks.
struct Layout {
    std::vector<std::vector<Night>> blocks;
    bool paired = false;
};

std::optional<Distribution> exactTotals(const Layout &layout)
{
    Distribution all = { Total {} };
    const std::size_t step = layout.paired ? 2 : 1;
    for (std::size_t b = 0; b < layout.blocks.size(); b += step) {
        const std::optional<Distribution> unit = layout.paired
                ? std::optional(pairOfBlocks(layout.blocks[b], layout.blocks[b + 1]))
                : balancedBlock(layout.blocks[b]);
        if (!unit || all.size() * unit->size() > StateBudget)
            return std::nullopt;
        Distribution next;
        next.reserve(all.size() * unit->size());
        for (const Total &u : *unit) {
            for (const Total &t : all)
                next.push_back({ t.nights + u.nights, t.sum + u.sum, t.ways * u.ways });
        }
        std::sort(next.begin(), next.end(), before);
        coalesce(next);
        all = std::move(next);
    }
    return all;
}

struct MonteCarlo {
    int hits = 0; // draws with a statistic at least the observed one
    int draws = 0;
};

// Draws assignments from the scheme as the planner does (uniform halves of each block, or
// a fair coin for each pair), from its own seed so that a result can be repeated.
MonteCarlo monteCarlo(const Layout &layout, int included, double total, double threshold, int draws, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<std::vector<int>> order;
    for (const auto &block : layout.blocks) {
        order.emplace_back(block.size());
        std::iota(order.back().begin(), order.back().end(), 0);
    }
    MonteCarlo result { 0, draws };
    for (int d = 0; d < draws; ++d) {
        int changeNights = 0;
        double changeSum = 0;
        const auto take = [&](const Night &n) {
            changeNights += n.included ? 1 : 0;
            changeSum += n.included ? n.outcome : 0;
        };
        if (layout.paired) {
            for (std::size_t b = 0; b < layout.blocks.size(); b += 2) {
                for (const Night &n : layout.blocks[b + random.bounded(2u)])
                    take(n);
            }
        } else {
            // The first half of a partial Fisher-Yates shuffle is a uniform half of the
            // block from any starting order, so the orders need no reset between draws.
            for (std::size_t b = 0; b < layout.blocks.size(); ++b) {
                std::vector<int> &o = order[b];
                const quint32 size = quint32(o.size());
                for (quint32 i = 0; i < size / 2; ++i) {
                    std::swap(o[i], o[i + random.bounded(size - i)]);
                    take(layout.blocks[b][o[i]]);
                }
            }
        }
        if (statistic(changeNights, changeSum, included, total) >= threshold)
            ++result.hits;
    }
    return result;
}

// The nights as blocks, or none when the arms are not ones this scheme could draw.
std::optional<Layout> layoutOf(const ExperimentDesign &design, const QList<RandomisationNight> &nights)
{
    if (!design.problem().isEmpty() || nights.size() != design.analysedNights())
        return std::nullopt;
    Layout layout;
    layout.paired = design.scheme == ExperimentScheme::PairedBlocks;
    const int perBlock = design.analysedNightsPerBlock();
    std::vector<Arm> blockArm;
    for (int b = 0; b < design.blocks(); ++b) {
        std::vector<Night> block;
        int change = 0;
        for (int i = b * perBlock; i < (b + 1) * perBlock; ++i) {
            block.push_back({ nights[i].included, nights[i].outcome });
            change += nights[i].arm == Arm::Change ? 1 : 0;
        }
        if (layout.paired) {
            if (change != 0 && change != perBlock)
                return std::nullopt; // a block is all one arm
            blockArm.push_back(change ? Arm::Change : Arm::Usual);
            if (b % 2 && blockArm[b] == blockArm[b - 1])
                return std::nullopt; // a pair holds one block of each
        } else if (change != perBlock / 2) {
            return std::nullopt;
        }
        layout.blocks.push_back(std::move(block));
    }
    return layout;
}
} // namespace

namespace RandomisationTest {

double possibleAssignments(const ExperimentDesign &design)
{
    if (!design.problem().isEmpty())
        return 0;
    if (design.scheme == ExperimentScheme::PairedBlocks)
        return std::pow(2.0, design.blocks() / 2);
    double perBlock = 1; // C(n, n/2), built from C(n/2 + k, k): exact up to 56-night blocks
    const int n = design.blockNights;
    for (int k = 1; k <= n / 2; ++k)
        perBlock = perBlock * (n / 2 + k) / k;
    return std::pow(perBlock, design.blocks());
}

double smallestPossibleP(const ExperimentDesign &design)
{
    const double all = possibleAssignments(design);
    return all > 0 ? 1.0 / all : 1.0;
}

std::optional<RandomisationResult> run(const ExperimentDesign &design, const QList<RandomisationNight> &nights,
                                       const RandomisationTest::Options &options)
{
    const std::optional<Layout> layout = layoutOf(design, nights);
    if (!layout)
        return std::nullopt;
    int included = 0, changeNights = 0;
    double total = 0, changeSum = 0;
    for (const RandomisationNight &n : nights) {
        if (!n.included)
            continue;
        ++included;
        total += n.outcome;
        if (n.arm == Arm::Change) {
            ++changeNights;
            changeSum += n.outcome;
        }
    }
    RandomisationResult result;
    result.observed = statistic(changeNights, changeSum, included, total);
    // Assignments whose statistic differs from the observed one only by rounding are ties.
    const double threshold = result.observed - 1e-9 * std::max(1.0, std::abs(result.observed));

    if (const std::optional<Distribution> totals = exactTotals(*layout)) {
        double all = 0, asExtreme = 0;
        for (const Total &t : *totals) {
            all += t.ways;
            if (statistic(t.nights, t.sum, included, total) >= threshold)
                asExtreme += t.ways;
        }
        result.p = std::min(1.0, asExtreme / all);
        result.exact = true;
        result.assignmentsConsidered = all;
        return result;
    }
    const int draws = std::max(options.monteCarloDraws, MinimumMonteCarloDraws);
    const MonteCarlo mc = monteCarlo(*layout, included, total, threshold, draws, options.seed);
    // Counting the observed assignment as one more draw keeps the estimate a valid p-value.
    result.p = (1.0 + mc.hits) / (1.0 + mc.draws);
    result.exact = false;
    result.assignmentsConsidered = mc.draws;
    result.monteCarloError = std::sqrt(result.p * (1 - result.p) / mc.draws);
    return result;
}

} // namespace RandomisationTest

namespace {
// p of `nights` with `shift` added to each Change night's outcome (under "the change
// lowers the outcome by exactly `shift`", what that night would have been as usual);
// `sign` -1 asks the other direction by mirroring every outcome.
double shiftedP(const ExperimentDesign &design, const QList<RandomisationNight> &nights, double shift, double sign,
                const RandomisationTest::Options &options)
{
    QList<RandomisationNight> shifted = nights;
    for (RandomisationNight &n : shifted)
        n.outcome = sign * (n.outcome + (n.arm == Arm::Change ? shift : 0.0));
    return RandomisationTest::run(design, shifted, options)->p;
}

// The edge between the shifts ruled out and those kept, within `widest`. p grows with the
// shift (each assignment's statistic, less the observed one, grows with it), so halving
// finds it; starting from 0 on the side the test at 0 gives keeps the edge's sign true.
double edge(const std::function<bool(double)> &keptAt, double widest)
{
    double out = -widest, in = widest;
    if (keptAt(0))
        in = 0;
    else
        out = 0;
    if (keptAt(out))
        return out; // even the widest difference cannot be ruled out
    if (!keptAt(in))
        return in;
    for (int i = 0; i < 40 && in - out > 1e-6 * widest; ++i) {
        const double middle = (out + in) / 2;
        (keptAt(middle) ? in : out) = middle;
    }
    return in; // a shift the test keeps: the end belongs to the range
}
} // namespace

namespace RandomisationTest {

std::optional<ShiftInterval> shiftInterval(const ExperimentDesign &design, const QList<RandomisationNight> &nights,
                                           double alpha, const Options &options)
{
    if (!run(design, nights, options))
        return std::nullopt;
    double lowest = 0, highest = 0;
    bool any = false;
    for (const RandomisationNight &n : nights) {
        if (!n.included)
            continue;
        lowest = any ? std::min(lowest, n.outcome) : n.outcome;
        highest = any ? std::max(highest, n.outcome) : n.outcome;
        any = true;
    }
    // No difference of means can exceed the outcomes' range (a cramp night: 0 to 1).
    const double widest = std::max(highest - lowest, 1.0);
    const auto keptBelow = [&](double d) { return shiftedP(design, nights, d, 1, options) > alpha + 1e-12; };
    // In the mirror the shift -d adds -d to each Change night: "lowers by d" read upwards.
    const auto keptAbove = [&](double d) { return shiftedP(design, nights, -d, -1, options) > alpha + 1e-12; };
    ShiftInterval interval;
    interval.low = edge(keptBelow, widest);
    interval.high = -edge(keptAbove, widest);
    return interval;
}

} // namespace RandomisationTest
