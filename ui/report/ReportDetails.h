#pragma once

#include "core/analysis/ReportFigures.h"
#include "ui/report/ReportOptions.h"

#include <QString>

struct DiarySnapshot;
class GuidanceLibrary;

// The report's second page: the medicine changes, the evening factors that go clearly with
// cramp nights (one short table, or one line saying none does), what was tried during
// cramps and any self-experiment; then, when asked for, every factor with its statistics.
namespace ReportDetails {
QString html(const ReportFigures &figures, const ReportOptions &options, const DiarySnapshot &diary,
             const GuidanceLibrary &guidance);
} // namespace ReportDetails
