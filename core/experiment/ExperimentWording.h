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
// The result in one sentence a lay reader understands: what the nights showed, and how
// sure; while the plan runs or without nights to compare, what the verdict says.
QString lead(const ExperimentAnalysis &analysis);
// The result in plain words, a paragraph each: what was tested and recorded, missing nights,
// an early stop, the two kinds of night side by side, and what it cannot show.
QStringList plain(const Experiment &experiment, const ExperimentAnalysis &analysis);
// The numbers behind it: the difference and its range, the randomisation test with its
// plans, the nights as followed, and the secondary outcomes. Empty without a result.
QStringList numbers(const ExperimentAnalysis &analysis);
// The lead first, then the plain words and the numbers: for the report and the command line.
QStringList result(const Experiment &experiment, const ExperimentAnalysis &analysis);
// "fewer cramp nights with the change", "no clear difference", "not enough nights yet"
QString verdict(const ExperimentAnalysis &analysis);
QString pText(const RandomisationResult &test);

} // namespace ExperimentWording
