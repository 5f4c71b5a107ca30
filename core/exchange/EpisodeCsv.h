#pragma once

#include "core/domain/Episode.h"
#include "core/exchange/CsvImport.h"

class DiaryRepository;
class QIODevice;
class NightClock;

// Episodes as CSV, one row per cramp; the columns are documented in docs/csv.md.
namespace EpisodeCsv {
QStringList columns();
QString write(const QList<Episode> &episodes, const NightClock &clock);
// Every cramp of the diary, streamed a season at a time; false if `out` refused a write.
bool write(QIODevice &out, const DiaryRepository &diary, const NightClock &clock);
// Adds every row as a new cramp in one transaction, or nothing if any row is wrong. The
// file is read piece by piece; rows like a cramp already in the diary are skipped.
CsvImportResult import(DiaryRepository &diary, QIODevice &input);
CsvImportResult import(DiaryRepository &diary, const QString &text);
} // namespace EpisodeCsv
