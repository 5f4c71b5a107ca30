#pragma once

#include "core/domain/NightClock.h"
#include "core/exchange/ColumnMapping.h"
#include "core/exchange/CsvImport.h"

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
};
// Throws StoreError for a file that is not UTF-8 text.
Preview preview(QIODevice &input, int rows = 8);

// `clock` places a cramp in its night, for the factor a row may give for that night.
CsvImportResult import(DiaryRepository &diary, QIODevice &input, const ColumnMapping &mapping,
                       const NightClock &clock = NightClock());

// The time a cramp gets when the file gives only a day, and the severity a 0-4 symptom
// rating becomes.
constexpr int AssumedHour = 3;
int severityFrom(double value, int scaleMax);
} // namespace MappedImport
