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
    int imported = 0;
    QList<CsvImportProblem> problems;
    bool ok() const { return problems.isEmpty(); }
    QString describe() const; // one problem per line: "line 4, severity: must be 0 to 10"
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
