#pragma once

#include <QString>

// The one place that asks QStandardPaths where things live, so tests and the
// --database option can point elsewhere without touching the rest of the code.
namespace AppPaths {
QString defaultDiaryPath();
QString dataDirectory();
} // namespace AppPaths
