#pragma once

#include <QString>

// The one way a duration is written for a person, in the UI, the command line and the
// report: "45 s", "2 min", "2 min 23 s", "1 h 5 min". Exact to the second below an hour,
// so a 601 s cramp reads "10 min 1 s", never "10 minutes".
namespace DurationText {
QString of(qint64 seconds);
QString of(double seconds); // rounded to the second (medians)
} // namespace DurationText
