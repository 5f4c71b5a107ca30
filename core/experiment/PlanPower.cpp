#include "core/experiment/PlanPower.h"

#include "core/experiment/ExperimentPlanner.h"
#include "core/experiment/RandomisationTest.h"

#include <QRandomGenerator>

namespace PlanPower {

double estimate(const ExperimentDesign &design, double currentRate, double rateWithChange, int simulations,
                quint32 seed)
{
    if (!design.problem().isEmpty() || simulations <= 0)
        return 0;
    QRandomGenerator random(seed);
    int found = 0;
    for (int s = 0; s < simulations; ++s) {
        // A fresh plan each time: the power is over the plans the scheme can draw too.
        ExperimentDesign simulated = design;
        simulated.seed = random.generate();
        QList<RandomisationNight> nights;
        for (const PlannedNight &planned : ExperimentPlanner::draw(simulated)) {
            if (planned.role != PlannedNight::Analysed)
                continue;
            const double rate = planned.arm == Arm::Change ? rateWithChange : currentRate;
            nights.append({ planned.arm, random.generateDouble() < rate ? 1.0 : 0.0, true });
        }
        // Yes/no outcomes keep the test exact and fast; Monte Carlo would only be a fallback.
        const auto test
                = RandomisationTest::run(simulated, nights, { RandomisationTest::MinimumMonteCarloDraws, seed });
        // An exact p of 1/20 may come out a rounding above it; it still counts.
        if (test && test->p <= SignificanceLevel + 1e-12)
            ++found;
    }
    return double(found) / simulations;
}

} // namespace PlanPower
