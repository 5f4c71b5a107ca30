#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The way out of a damaged diary: a full check that names what is wrong, and a repair
// that copies every entry the diary's rules accept into a new diary and lists, entry by
// entry, what it left out. The damaged file is only ever read.
namespace DiarySalvage {

struct LeftOut {
    QString entry; // "the cramp of 2026-03-04 03:10 (number 17)"
    QString reason; // "severity is 99, which the diary does not allow"
};

struct Report {
    bool readable = false; // false: nothing could be read (see `structure`)
    QStringList structure; // problems of the file itself, in plain words
    QList<LeftOut> leftOut;
    int cramps = 0, checkIns = 0, medicines = 0, factors = 0, untrackedPeriods = 0; // entries kept
    bool healthy() const { return readable && structure.isEmpty() && leftOut.isEmpty(); }
    QString keptSummary() const; // "1,466 cramps, 2,745 check-ins, 2 medicines, 15 factors"
    QStringList lines() const; // every problem, then every entry left out with its reason
};

// Reads the diary at `path` without changing anything beside it and says what a repair
// would keep and leave out. Throws StoreError only for a file that is no diary at all.
Report inspect(const QString &path);

// Writes the repaired diary to `target` (a new file); throws StoreError when it cannot.
Report salvageInto(const QString &path, const QString &target);

struct Repair {
    Report report;
    QString damagedCopy; // where the damaged file was moved; empty when nothing was replaced
};
// Repairs the diary at `path` in place, holding its lock: the salvaged copy takes its name
// and the damaged file (with its log) is kept beside it. Nothing is replaced when the
// diary has no problems or nothing could be read. Throws StoreError (Locked, Io).
Repair repairInPlace(const QString &path);

} // namespace DiarySalvage
