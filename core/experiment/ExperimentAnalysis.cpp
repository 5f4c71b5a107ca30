#include "core/experiment/ExperimentAnalysis.h"

#include "core/experiment/ExperimentPlanner.h"

namespace {
ArmComparison compare(const ExperimentDesign &design, const QList<ExperimentNight> &nights, const QList<bool> &included,
                      bool withTests)
{
    ArmComparison c;
    QList<RandomisationNight> crampNight, cramps;
    for (qsizetype i = 0; i < nights.size(); ++i) {
        const ExperimentNight &n = nights[i];
        crampNight.append({ n.arm, n.cramps > 0 ? 1.0 : 0.0, included[i] });
        cramps.append({ n.arm, double(n.cramps), included[i] });
        if (!included[i])
            continue;
        ArmFigures &arm = n.arm == Arm::Change ? c.change : c.usual;
        ++arm.nights;
        arm.crampNights += n.cramps > 0 ? 1 : 0;
        arm.cramps += n.cramps;
        if (n.cramps == 0 || n.worstSeverity) {
            ++arm.ratedNights;
            arm.severitySum += n.cramps > 0 ? *n.worstSeverity : 0;
        }
    }
    if (!withTests)
        return c;
    c.crampNightTest = RandomisationTest::run(design, crampNight);
    if (c.change.nights > 0 && c.usual.nights > 0)
        c.crampNightInterval = RandomisationTest::shiftInterval(design, crampNight);
    c.crampsTest = RandomisationTest::run(design, cramps);
    return c;
}
} // namespace

ExperimentAnalysis ExperimentAnalysis::compute(const ExperimentDesign &design, const QList<ExperimentNight> &nights,
                                               QDate lastNight, Stage stage)
{
    ExperimentAnalysis a;
    a.stage = stage;
    a.plannedNights = design.problem().isEmpty() ? design.analysedNights() : 0;
    QList<QDate> dates;
    for (const PlannedNight &planned : ExperimentPlanner::draw(design)) {
        if (planned.role == PlannedNight::Analysed)
            dates.append(planned.night);
    }
    QList<bool> assigned, followed;
    for (qsizetype i = 0; i < nights.size(); ++i) {
        // Nights beyond the plan cannot be placed; the tests refuse them below.
        const bool completed = i < dates.size() && (!lastNight.isValid() || dates[i] <= lastNight);
        const ExperimentNight &n = nights[i];
        a.completedNights += completed ? 1 : 0;
        a.nightsWithData += completed && n.hasData ? 1 : 0;
        if (completed && !n.hasData)
            a.missingNights.append(n.night.isValid() ? n.night : dates[i]);
        a.followedNights += completed && n.hasData && n.followed == true ? 1 : 0;
        assigned.append(completed && n.hasData);
        followed.append(completed && n.hasData && n.followed == true);
    }
    a.asAssigned = compare(design, nights, assigned, a.hasResult());
    a.asFollowed = compare(design, nights, followed, a.hasResult());
    return a;
}
