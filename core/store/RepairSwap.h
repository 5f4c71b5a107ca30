#pragma once

#include <QString>
#include <QStringList>

// The swap that puts a repaired copy in place of a damaged diary, safe against a kill at
// any step: the diary's name points at a complete diary at every instant. The finished copy
// waits as NAME.repaired-STAMP; the damaged file first gets a second name (NAME.damaged-
// STAMP, a hard link), its log follows it, and one rename puts the copy over NAME. A kill
// in between leaves the ready copy, and the next writer rolls the swap forward.
namespace RepairSwap {
QString readyPath(const QString &path, const QString &stamp);
QString damagedPath(const QString &path, const QString &stamp);

// Swaps the ready copy of `stamp` in; returns the damaged copy's name. The caller holds the
// diary's lock. Throws StoreError (Io) naming the step that failed; what is done stays done
// and a later call finishes it.
QString swap(const QString &path, const QString &stamp);

// Finishes a swap a kill interrupted; returns the damaged copy's name, empty if none was pending.
QString finishPending(const QString &path);
bool isPending(const QString &path);

// Copies of this diary a repair left beside it (damaged, repaired, partial).
QStringList leftBeside(const QString &path);
} // namespace RepairSwap
