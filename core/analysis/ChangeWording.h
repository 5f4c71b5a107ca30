#pragma once

#include "core/analysis/BeforeAfter.h"

#include <QString>

// Cramps before and after a date (a medicine started or stopped, a date the person chose)
// in words, for Insights and the report alike.
namespace ChangeWording {
// "3.5 cramps a week before (40 tracked nights), 1.2 a week after (12 tracked nights);
// exact test of the change: p = 0.041."
QString beforeAfter(const BeforeAfter &change);
// "Simvastatin started on 3 Nov 2026: …", then whether the change is clear, and never the
// advice to stop a medicine.
QString medicine(const QString &medication, bool started, const BeforeAfter &change);
// The same finding without the advice, about the person, for the clinician's report.
QString medicineFinding(const QString &medication, bool started, const BeforeAfter &change);
} // namespace ChangeWording
