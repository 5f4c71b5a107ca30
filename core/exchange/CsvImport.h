#pragma once

#include "core/domain/TextLimits.h"

#include <functional>
#include <optional>

#include <QList>
#include <QMap>
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
    int otherRows = 0; // rows about something else (a mood, a sleep) in a file of every kind of reading
    QStringList medicinesAdded; // named by check-ins but not yet in the diary
    QList<CsvImportProblem> problems; // the first MaxProblemsListed
    int problemCount = 0;
    QMap<QString, int> moreByColumn; // the problems after those, counted by column
    bool ok() const { return problemCount == 0; }
    // Keeps the first problems whole and only counts the rest, so a file of a million bad
    // rows costs no more memory than one of twenty.
    void add(const CsvImportProblem &problem);
    // One problem per line ("line 4, column severity: must be 0 to 10"), the first 20 only,
    // then how many more by column; and what was skipped.
    QString describe() const;
    // After a successful import: "Imported 12 rows. 3 cramps already in the diary were skipped. ..."
    QString summary() const;
};

class DiaryRepository;
class QIODevice;

namespace CsvImport {
constexpr qsizetype MaxFieldLength = TextLimits::Notes; // the longest text a diary keeps
constexpr qint64 MaxFileBytes = 50 * 1024 * 1024; // checked before reading; the file is read piece by piece

// Streams `input` through one all-or-nothing action on the diary: `header` checks the
// first record (adding problems to `result`), then `row` gets each data record with its
// line and writes it while `result` is still ok. A problem anywhere, or a refusal by the
// diary, undoes every write; an input that is not UTF-8 throws StoreError.
// `separator`: see CsvReader. `keep` false: a trial run, undone at the end even when it
// succeeds, so `result` says what the import would do.
void run(DiaryRepository &diary, QIODevice &input, CsvImportResult &result,
         const std::function<void(const QStringList &header)> &header,
         const std::function<void(int line, const QStringList &fields)> &row, QChar separator = QLatin1Char(','),
         bool keep = true);
// Runs `import` over text already in memory (tests, the clipboard).
CsvImportResult fromText(const QString &text, const std::function<CsvImportResult(QIODevice &)> &import);
} // namespace CsvImport
