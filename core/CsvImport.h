#pragma once

#include <QList>
#include <QString>

// What an import found wrong, row by row; when there is any, nothing was imported.
struct CsvImportProblem {
    int line = 0;    // line of the file (the header is line 1)
    QString column;  // empty when the whole row or file is at fault
    QString reason;
};

struct CsvImportResult {
    int imported = 0;
    QList<CsvImportProblem> problems;
    bool ok() const { return problems.isEmpty(); }
    QString describe() const; // one problem per line: "line 4, severity: must be 0 to 10"
};

namespace CsvImport {
constexpr qsizetype MaxFieldLength = 20000;
constexpr qsizetype MaxFileBytes = 50 * 1024 * 1024;
} // namespace CsvImport
