#pragma once

#include "core/domain/DiarySnapshot.h"
#include "core/domain/NightClock.h"

#include <QString>

// The report's page on a self-experiment: what was tested and how the nights were
// assigned, the two kinds of night side by side, the test and what it cannot show, in
// the same words the window uses.
namespace ExperimentSection {
// Empty when the diary holds no experiment overlapping first..last.
// `newPage`: it opens the report's second page.
QString html(const DiarySnapshot &diary, const NightClock &clock, QDate first, QDate last, bool newPage = true);
}
