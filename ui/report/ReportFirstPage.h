#pragma once

#include "core/analysis/ReportFigures.h"
#include "ui/report/ReportOptions.h"

#include <QString>

struct DiarySnapshot;

// The report's first page, the two-minute read: who and which period, the figures clinical
// studies use with the trend and the change from baseline, the weekly chart, the medicines,
// the warning signs as findings and the person's questions. Written about the person, in
// the third person; no statistics beyond rates.
namespace ReportFirstPage {
// `chartWidth` in HTML pixels; the chart itself is the resource "chart:weekly".
QString html(const ReportFigures &figures, const ReportOptions &options, const DiarySnapshot &diary, double chartWidth);
} // namespace ReportFirstPage
