#pragma once

#include <QString>

// The one way a share is written for a person, in the UI, the command line and the report,
// as the language writes it: "45%" in English, "45 %" in German (a space the line never
// breaks at). Whole percent: the diary's shares are never exact enough for decimals.
namespace PercentText {
QString of(double percent);
QString ofShare(double share); // 0.45 -> "45%"
QString of(int part, int whole); // 0% when there is no whole
} // namespace PercentText
