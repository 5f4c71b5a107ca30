#include "core/experiment/ExperimentWording.h"

#include "core/analysis/Significance.h"
#include "core/domain/DateText.h"
#include "core/domain/PercentText.h"
#include "core/experiment/RandomisationTest.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExperimentWording)
};

QString percent(double share)
{
    return PercentText::ofShare(share);
}

QString number(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
}

QString rates(const ArmComparison &c)
{
    return Text::tr("With the change, cramps came on %1 of %2 nights (%3); without it, on %4 of %5 nights (%6).")
            .arg(c.change.crampNights)
            .arg(c.change.nights)
            .arg(percent(c.change.crampNightRate()))
            .arg(c.usual.crampNights)
            .arg(c.usual.nights)
            .arg(percent(c.usual.crampNightRate()));
}
} // namespace

namespace ExperimentWording {

QString power(const ExperimentDesign &design, double currentRate, double rateWithChange, double power)
{
    const int eachWay = design.analysedNights() / 2;
    return Text::tr("With %1 nights each way and cramps on %2 of nights now, a fall to %3 would be found about %4 "
                    "times in 10.")
            .arg(eachWay)
            .arg(percent(currentRate), percent(rateWithChange))
            .arg(qRound(power * 10));
}

QString floor(const ExperimentDesign &design)
{
    if (design.scheme != ExperimentScheme::PairedBlocks || !design.problem().isEmpty())
        return {};
    const double lowest = RandomisationTest::smallestPossibleP(design);
    if (Significance::isClear(lowest))
        return {};
    const int pairs = design.blocks() / 2;
    return Text::tr("With %n pair(s) of blocks there are only %1 possible orders, so this plan can never give a "
                    "p-value below %2. A clear result needs at least 5 pairs (%3 nights).",
                    nullptr, pairs)
            .arg(QLocale().toString(RandomisationTest::possibleAssignments(design), 'f', 0), number(lowest))
            .arg(5 * 2 * design.blockNights);
}

QString tonight(const Experiment &experiment, QDate night)
{
    const auto planned = experiment.planFor(night);
    if (!planned)
        return {};
    const int day = int(experiment.firstNight().daysTo(night)) + 1;
    const int total = int(experiment.plan.size());
    if (planned->role == PlannedNight::Baseline)
        return Text::tr("Night %1 of %2 (baseline week): as usual, nothing to change yet").arg(day).arg(total);
    return Text::tr("Night %1 of %2: %3").arg(day).arg(total).arg(experiment.change.instruction(planned->arm));
}

QString pText(const RandomisationResult &test)
{
    const QString p = Significance::statement(QStringLiteral("p"), test.p);
    if (test.exact)
        return Text::tr("%1, exact over all %2 plans the scheme allows")
                .arg(p, QLocale().toString(test.assignmentsConsidered, 'f', 0));
    return Text::tr("%1 (\u00b1%2), from %3 plans drawn at random from the scheme")
            .arg(p, number(test.monteCarloError, 3), QLocale().toString(test.assignmentsConsidered, 'f', 0));
}

QString verdict(const ExperimentAnalysis &analysis)
{
    if (!analysis.hasResult())
        return Text::tr("Under way: the result is read once the plan has ended");
    const ArmComparison &c = analysis.asAssigned;
    if (c.change.nights < 2 || c.usual.nights < 2 || !c.crampNightTest)
        return Text::tr("Not enough nights recorded to compare");
    if (Significance::isClear(c.crampNightTest->p))
        return Text::tr("Fewer cramp nights with the change");
    return Text::tr("No clear difference");
}

namespace {
QString difference(const ArmComparison &c)
{
    const double points = 100 * c.crampNightRateDifference();
    QString text;
    if (qRound(points) > 0)
        text = Text::tr("That is %1 percentage points fewer cramp nights with the change").arg(number(points, 0));
    else if (qRound(points) < 0)
        text = Text::tr("That is %1 percentage points more cramp nights with the change").arg(number(-points, 0));
    else
        text = Text::tr("That is about the same share of cramp nights either way");
    if (const auto ratio = c.crampNightRateRatio())
        text += Text::tr(" (a ratio of %1).").arg(number(*ratio));
    else
        text += QLatin1Char('.');
    return text;
}

QString interval(const RandomisationTest::ShiftInterval &range)
{
    if (range.low <= -1 && range.high >= 1)
        return Text::tr("This plan has too few possible orders to rule out any difference at the 95% level, so its "
                        "result cannot be given a range.");
    // Whole points, with decimals near 0 so that an end's side of no difference shows.
    const auto points = [](double share) {
        const double p = 100 * share;
        const int decimals = std::abs(p) >= 0.5 ? 0 : std::abs(p) >= 0.05 ? 1 : 2;
        return std::abs(p) < 0.005 ? number(0, 0) : number(p, decimals);
    };
    if (range.high - range.low < 0.005) // every night of one arm went one way, of the other the other way
        return Text::tr("Every night with the change went one way and every night without it the other, so the "
                        "plan's own randomisation leaves only the difference seen possible.");
    return Text::tr("The plan's own randomisation leaves differences from %1 to %2 percentage points possible "
                    "(positive: fewer cramp nights with the change). Each end is a 95% bound, so the range is a 90% "
                    "interval, and its lower end is above 0 exactly when the test below gives p of 0.05 or less.")
            .arg(points(range.low), points(range.high));
}

} // namespace

QString lead(const ExperimentAnalysis &analysis)
{
    const ArmComparison &c = analysis.asAssigned;
    if (!analysis.hasResult() || c.change.nights < 2 || c.usual.nights < 2 || !c.crampNightTest)
        return verdict(analysis) + QLatin1Char('.');
    const QString with = percent(c.change.crampNightRate()), without = percent(c.usual.crampNightRate());
    if (Significance::isClear(c.crampNightTest->p))
        return Text::tr("For you, in these weeks, nights with the change had cramps less often than chance alone "
                        "would explain: on %1 of them, against %2 of nights without it.")
                .arg(with, without);
    return Text::tr("This experiment did not show a clear difference: cramps came on %1 of nights with the change "
                    "and %2 without. It cannot rule out a smaller effect; more nights would tell more.")
            .arg(with, without);
}

QStringList plain(const Experiment &experiment, const ExperimentAnalysis &analysis)
{
    QStringList paragraphs;
    const ArmComparison &c = analysis.asAssigned;
    if (analysis.completedNights == analysis.plannedNights)
        paragraphs << Text::tr("Tested: %1. Nights recorded: %2 of the plan's %3.")
                              .arg(experiment.change.name())
                              .arg(analysis.nightsWithData)
                              .arg(analysis.plannedNights);
    else
        paragraphs << Text::tr("Tested: %1. Nights recorded: %2 of the %3 counted so far (the plan counts %4).")
                              .arg(experiment.change.name())
                              .arg(analysis.nightsWithData)
                              .arg(analysis.completedNights)
                              .arg(analysis.plannedNights);
    if (!analysis.missingNights.isEmpty()) {
        QStringList dates;
        for (const QDate night : analysis.missingNights.mid(0, 10))
            dates << DateText::shortDay(night);
        if (analysis.missingNights.size() > 10)
            dates << Text::tr("and %n more", nullptr, int(analysis.missingNights.size()) - 10);
        paragraphs << Text::tr("Missing, so left out of the comparison: %n night(s) with nothing recorded (no cramp, "
                               "no check-in, no \u201cno cramps\u201d): %1. A night is counted only when the diary "
                               "says what happened.",
                               nullptr, int(analysis.missingNights.size()))
                              .arg(dates.join(QStringLiteral(", ")));
    }
    if (!analysis.hasResult()) {
        paragraphs << Text::tr("The plan runs until the night of %1. Its result is shown once it has ended: reading "
                               "a result night after night and stopping at a good one finds effects that are not "
                               "there.")
                              .arg(DateText::date(experiment.lastNight()));
        return paragraphs;
    }
    if (analysis.stage == ExperimentAnalysis::Stage::StoppedEarly)
        paragraphs << Text::tr("The experiment was stopped early, after the night of %1; the result rests on the %n "
                               "night(s) recorded up to then. If it was stopped because it looked good, it "
                               "overstates the effect.",
                               nullptr, analysis.nightsWithData)
                              .arg(DateText::date(*experiment.stoppedAfter));
    if (c.change.nights == 0 || c.usual.nights == 0) {
        paragraphs << Text::tr("There are no recorded nights to compare.");
        return paragraphs;
    }
    paragraphs << rates(c);
    paragraphs << Text::tr("What this cannot show: it is about one person, in these weeks, not about anyone else. "
                           "Knowing which nights had the change may colour how cramps are noticed (expectation), and "
                           "an effect that lasts into the next night (carry-over) blurs the difference. Talk it over "
                           "with a clinician before making a change for good.");
    return paragraphs;
}

QStringList numbers(const ExperimentAnalysis &analysis)
{
    QStringList paragraphs;
    const ArmComparison &c = analysis.asAssigned;
    if (!analysis.hasResult() || c.change.nights == 0 || c.usual.nights == 0)
        return paragraphs;
    paragraphs << difference(c);
    if (c.crampNightInterval)
        paragraphs << interval(*c.crampNightInterval);
    if (c.crampNightTest) // what it means is the lead sentence, said once above the numbers
        paragraphs << Text::tr("Randomisation test of the plan as drawn: %1.").arg(pText(*c.crampNightTest));
    const ArmComparison &f = analysis.asFollowed;
    if (f.change.nights > 0 && f.usual.nights > 0)
        paragraphs << Text::tr("Counting only the %1 nights when the plan was followed as the check-in recorded: %2 "
                               "of nights with the change against %3 without%4.")
                              .arg(analysis.followedNights)
                              .arg(percent(f.change.crampNightRate()), percent(f.usual.crampNightRate()),
                                   f.crampNightTest ? QStringLiteral(" (%1)").arg(pText(*f.crampNightTest))
                                                    : QString());
    QString secondary = Text::tr("Cramps per night: %1 with the change, %2 without.")
                                .arg(number(c.change.crampsPerNight()), number(c.usual.crampsPerNight()));
    if (const auto changeSeverity = c.change.meanWorstSeverity(), usualSeverity = c.usual.meanWorstSeverity();
        changeSeverity && usualSeverity)
        secondary += QLatin1Char(' ')
                + Text::tr("Worst severity of a night (0 for a night without a cramp): %1 with the change, %2 "
                           "without.")
                          .arg(number(*changeSeverity, 1), number(*usualSeverity, 1));
    paragraphs << secondary;
    return paragraphs;
}

QStringList result(const Experiment &experiment, const ExperimentAnalysis &analysis)
{
    QStringList paragraphs = plain(experiment, analysis);
    const QStringList figures = numbers(analysis);
    paragraphs.prepend(lead(analysis));
    // The limits close the result, after the numbers.
    if (!figures.isEmpty() && !paragraphs.isEmpty()) {
        const QString limits = paragraphs.takeLast();
        paragraphs << figures << limits;
    }
    return paragraphs;
}

} // namespace ExperimentWording
