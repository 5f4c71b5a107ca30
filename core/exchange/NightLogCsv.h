#pragma once

#include "core/domain/Experiment.h"
#include "core/domain/Factor.h"
#include "core/domain/Medication.h"
#include "core/domain/NightLog.h"
#include "core/exchange/CsvImport.h"

class DiaryRepository;
class QIODevice;

// Evening check-ins as CSV, one row per night; a column per factor (built-ins by key, the
// person's own as "factor:Name"). Documented in docs/csv.md.
namespace NightLogCsv {
QStringList columns(const QList<Factor> &factors);
// The last columns say each night's part in the self-experiment, if any: "assignment"
// (for the reader; an import passes over it) and "kept" (yes/no, recorded by an import).
QString write(const QList<NightLog> &logs, const QList<Factor> &factors, const QList<Medication> &medications,
              const std::optional<Experiment> &experiment = std::nullopt);
// Saves every row as that night's check-in in one transaction, or nothing if any row is wrong.
// The file is read piece by piece.
CsvImportResult import(DiaryRepository &diary, QIODevice &input);
CsvImportResult import(DiaryRepository &diary, const QString &text);
} // namespace NightLogCsv
