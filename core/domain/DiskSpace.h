#pragma once

#include <QString>

// Whether the disk holding `path` has less room left than one page of a diary: what a
// failed write most likely ran into, so the message can say "the disk is full" rather
// than "damaged" or "Unknown error".
namespace DiskSpace {
bool nearlyFull(const QString &path);
} // namespace DiskSpace
