#pragma once

#include "core/domain/Experiment.h"
#include "core/experiment/ExperimentAnalysis.h"

#include <QStringList>

// The words for a self-experiment, shared by the plan dialog, the result page, the report
// and the command line, so the person and their clinician read the same thing. They say
// what this experiment shows for this person and what it cannot show.
namespace ExperimentWording {

// Before starting: "With 14 nights each way and cramps on 50% of nights now, a fall to 15%
// would be found about 5 times in 10."
QString power(const ExperimentDesign &design, double currentRate, double rateWithChange, double power);
// Before starting, for blocks: the lowest p the plan can give, and how many pairs a
// p of 0.05 needs when it is too few; empty when the floor is no obstacle.
QString floor(const ExperimentDesign &design);
// "Night 9 of 28: stretch your calves for 10 minutes before bed" for `night`, or empty.
QString tonight(const Experiment &experiment, QDate night);
// The result, a paragraph each: what happened, the test, the reading, as followed, the
// secondary outcomes, an early stop, and the limits.
QStringList result(const Experiment &experiment, const ExperimentAnalysis &analysis);
// "fewer cramp nights with the change", "no clear difference", "not enough nights yet"
QString verdict(const ExperimentAnalysis &analysis);
QString pText(const RandomisationResult &test);

} // namespace ExperimentWording
