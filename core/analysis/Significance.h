#pragma once

#include <QString>

// How sure a finding is, written once for the whole app: the cut-off the insights, the
// report and the self-experiment share, and how a p- or q-value is written.
namespace Significance {
constexpr double Level = 0.05;
// A clear result: p (or q) of 0.05 or less, as the experiment's pages say.
inline bool isClear(double p)
{
    return p <= Level;
}
// The value alone, for a table: "0.042", or "< 0.001" below a thousandth.
QString value(double p);
// With its symbol, for a sentence: "p = 0.042", "q < 0.001".
QString statement(const QString &symbol, double p);
} // namespace Significance
