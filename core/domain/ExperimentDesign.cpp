#include "core/domain/ExperimentDesign.h"

#include <QCoreApplication>

namespace {
// Gives the member below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExperimentDesign)
};
} // namespace

QString ExperimentDesign::problem() const
{
    if (!start.isValid())
        return Text::tr("Choose the first night of the experiment.");
    if (blockNights < 2)
        return Text::tr("A block needs at least 2 nights.");
    if (nights < blockNights || nights > MaximumNights)
        return Text::tr("The experiment must last from %1 to %2 nights.").arg(blockNights).arg(MaximumNights);
    if (scheme == ExperimentScheme::NightlyBalanced) {
        // Half the nights of each block with the change: an odd block cannot be balanced.
        if (blockNights % 2)
            return Text::tr("A block needs an even number of nights, half with the change and half without.");
        if (washoutNights != 0)
            return Text::tr("Washout nights apply to blocks in pairs only; nights assigned one by one have none.");
        if (nights % blockNights)
            return Text::tr("The %1 nights must be a whole number of %2-night blocks.").arg(nights).arg(blockNights);
        return {};
    }
    if (washoutNights < 0 || washoutNights >= blockNights)
        return Text::tr("The washout must be from 0 to %1 nights, shorter than a block.").arg(blockNights - 1);
    if (nights % (2 * blockNights))
        return Text::tr("The %1 nights must be a whole number of pairs of %2-night blocks (%3 nights a pair).")
                .arg(nights)
                .arg(blockNights)
                .arg(2 * blockNights);
    return {};
}
