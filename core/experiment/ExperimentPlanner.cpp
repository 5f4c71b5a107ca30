#include "core/experiment/ExperimentPlanner.h"

#include <utility>

#include <QRandomGenerator>

namespace {
// Half the block with the change, in a uniformly random order (Fisher-Yates).
QList<Arm> balancedBlock(int nights, QRandomGenerator &random)
{
    QList<Arm> arms(nights, Arm::Usual);
    for (int i = 0; i < nights / 2; ++i)
        arms[i] = Arm::Change;
    for (int i = nights - 1; i > 0; --i)
        std::swap(arms[i], arms[int(random.bounded(quint32(i + 1)))]);
    return arms;
}

QList<Arm> pairedBlocks(int blocks, int blockNights, QRandomGenerator &random)
{
    QList<Arm> arms;
    arms.reserve(blocks * blockNights);
    for (int pair = 0; pair < blocks / 2; ++pair) {
        const bool changeFirst = random.bounded(2u) == 0;
        arms.append(QList<Arm>(blockNights, changeFirst ? Arm::Change : Arm::Usual));
        arms.append(QList<Arm>(blockNights, changeFirst ? Arm::Usual : Arm::Change));
    }
    return arms;
}
} // namespace

namespace ExperimentPlanner {

QList<PlannedNight> draw(const ExperimentDesign &design)
{
    if (!design.problem().isEmpty())
        return {};
    QRandomGenerator random(design.seed);
    QList<Arm> arms;
    if (design.scheme == ExperimentScheme::NightlyBalanced) {
        for (int block = 0; block < design.blocks(); ++block)
            arms.append(balancedBlock(design.blockNights, random));
    } else {
        arms = pairedBlocks(design.blocks(), design.blockNights, random);
    }

    QList<PlannedNight> plan;
    plan.reserve(design.totalNights());
    for (int i = 0; i < design.baselineNights(); ++i)
        plan.append({ design.start.addDays(i), PlannedNight::Baseline, Arm::Usual, -1 });
    const QDate first = design.firstAssignedNight();
    for (int i = 0; i < design.nights; ++i) {
        const int block = i / design.blockNights;
        const bool washout = i % design.blockNights < design.washoutNights;
        plan.append({ first.addDays(i), washout ? PlannedNight::Washout : PlannedNight::Analysed, arms[i], block });
    }
    return plan;
}

} // namespace ExperimentPlanner
