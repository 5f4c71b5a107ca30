#pragma once

#include <optional>

#include <QString>
#include <QTime>

// A clock time as a half-awake person types it: "0400", "04:00", "4:00", "4.00", "4", "23",
// "2315", "4am", "11:30 pm". Minutes are two digits after a separator, or the last two of
// three or four digits. Anything else (empty, "25", "4:5", "12:60") is not a time.
namespace TypedTime {
std::optional<QTime> read(const QString &typed);
} // namespace TypedTime
