#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

// What an import found wrong, row by row; when there is any, nothing was imported.
struct CsvImportProblem {
    int line = 0; // line of the file (the header is line 1)
    QString column; // empty when the whole row or file is at fault
    QString reason;
};

struct CsvImportResult {
    static constexpr int MaxProblemsListed = 20;

    int imported = 0;
    int skippedDuplicates = 0; // rows exactly like an entry the diary already has
    QStringList medicinesAdded; // named by check-ins but not yet in the diary
    QList<CsvImportProblem> problems;
    bool ok() const { return problems.isEmpty(); }
    // One problem per line ("line 4, column severity: must be 0 to 10"), the first 20 only,
    // then how many more by column; and what was skipped.
    QString describe() const;
    // After a successful import: "Imported 12 rows. 3 cramps already in the diary were skipped. ..."
    QString summary() const;
};

class DiaryRepository;

namespace CsvImport {
constexpr qsizetype MaxFieldLength = 20000;
constexpr qsizetype MaxFileBytes = 50 * 1024 * 1024;

// The records of a file, or empty with the reason in `result` (too large, broken, empty).
std::optional<QList<QStringList>> records(const QString &text, CsvImportResult &result);

// Runs `write` (one call per row) as one action once every row was checked; a refusal by
// the diary undoes all of it and is reported in `result`.
void commit(DiaryRepository &diary, int rows, const std::function<void()> &write, CsvImportResult &result);
} // namespace CsvImport
