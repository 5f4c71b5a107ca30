#pragma once

#include "core/analysis/FactorLink.h"

#include <QList>
#include <QString>
#include <QStringList>

// The words for a factor link, shared by Insights, the report and the command line so a
// person and their clinician read the same thing. Strength follows the statistics, and
// always in the same way:
//   the 95% interval excludes 1 and q <= 0.05 (Significance::isClear) -> a clear link
//   the 95% interval excludes 1 only          -> a possible link, not yet clear after
//                                                allowing for the comparisons made
//   otherwise                                 -> no clear link
// A link says "goes with", never "causes".
namespace LinkWording {

enum class Strength { Clear, Possible, None };

Strength strength(const FactorLink &link);
QString strengthKey(Strength strength); // "clear", "possible", "none": stable, for JSON
// "A clear link", "A possible link, not yet clear after allowing for 14 comparisons", ...
QString strengthText(const FactorLink &link, int comparisons);
// "Exercise or overexertion today: yes" / "Water drunk: less than 2,000 ml"
QString groupName(const FactorLink &link);
// The finding in one sentence: "Cramp nights were about 1.7 times as common with ...:
// 46% against 27% of nights."
QString finding(const FactorLink &link);
// The findings in a few plain sentences: which answers go clearly with more cramp nights,
// which with fewer, which possibly; or that none does yet. Empty when nothing is compared.
QStringList summary(const QList<FactorLink> &links);
// The numbers behind it: the 2x2 table, the ratio with its interval, p and q.
QString numbers(const FactorLink &link, int comparisons);
// What a link that still lacks nights needs, or why it cannot be compared yet.
QString needs(const FactorLink &link);
// The whole finding for a person: its strength, the sentence, what it means (going
// together is not causing); with `withNumbers`, the numbers on a line of their own.
QString describe(const FactorLink &link, int comparisons, bool withNumbers);

} // namespace LinkWording
