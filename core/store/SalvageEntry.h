#pragma once

#include <QString>
#include <QStringList>

struct sqlite3_stmt;

// How the check and the repair name a row of the diary in their report, as a person
// would name the entry: "the cramp of 2026-03-04 03:10 (number 17)".
namespace SalvageEntry {

// The text of `column` in `row` (read with `columns`), "?" when it is missing or NULL.
QString columnText(sqlite3_stmt *row, const QStringList &columns, const char *column);

// The entry a row of `table` holds.
QString describe(const QString &table, sqlite3_stmt *row, const QStringList &columns);

} // namespace SalvageEntry
