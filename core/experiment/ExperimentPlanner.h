#pragma once

#include "core/domain/ExperimentDesign.h"

#include <QList>

// Draws the night-by-night plan of an experiment from its seed. Only QRandomGenerator's
// seeded Mersenne Twister and bounded() are used, both fixed by Qt on every platform, so
// the recorded seed redraws the very same plan anywhere, and the randomisation test can
// rely on every plan of the scheme having had the same chance.
namespace ExperimentPlanner {

// The baseline week (if any) first, then every assigned night in date order; empty when
// the design has a problem().
QList<PlannedNight> draw(const ExperimentDesign &design);

} // namespace ExperimentPlanner
