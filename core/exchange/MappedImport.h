#pragma once

#include "core/domain/NightClock.h"
#include "core/domain/NightLog.h"
#include "core/exchange/ColumnMapping.h"
#include "core/exchange/CsvImport.h"
#include "core/exchange/ImportForecast.h"

#include <QList>
#include <QStringList>

class DiaryRepository;
class QIODevice;

// Cramps from another app's CSV through a ColumnMapping, as one all-or-nothing action like
// every import: each problem named by line and column, rows like a cramp already in the
// diary skipped and counted. The rules are in docs/import-from-other-apps.md.
namespace MappedImport {
struct Preview {
    QStringList header;
    QList<QStringList> rows; // the first rows, for a preview and a first guess
    QChar separator = QLatin1Char(','); // found in the header line: comma, semicolon or tab
};
// Throws StoreError for a file that is not UTF-8 text. Reads from the start of `input`
// and leaves it there.
Preview preview(QIODevice &input, int rows = 12);
// "a comma", "a semicolon", "a tab"
QString separatorName(QChar separator);

// What an import wrote, so the window can undo it as one step: the cramps added (with
// their ids) and each check-in it made or filled, with what the night held before.
struct Changes {
    QList<Episode> added;
    QList<std::pair<std::optional<NightLog>, NightLog>> nights; // before (none: made by the import), after
};

// `clock` places a cramp in its night, for the factor a row may give for that night. The
// separator is found in the file's first line. `forecast`, when given, gathers what is added.
CsvImportResult import(DiaryRepository &diary, QIODevice &input, const ColumnMapping &mapping,
                       const NightClock &clock = NightClock(), ImportForecast *forecast = nullptr,
                       Changes *changes = nullptr);
// The same import undone at its end: what it would add, to confirm before writing.
CsvImportResult trial(DiaryRepository &diary, QIODevice &input, const ColumnMapping &mapping, const NightClock &clock,
                      ImportForecast &forecast);

// The time a cramp gets when the file gives only a day, and the severity a 0-4 symptom
// rating becomes.
constexpr int AssumedHour = 3;
int severityFrom(double value, int scaleMax);

} // namespace MappedImport
