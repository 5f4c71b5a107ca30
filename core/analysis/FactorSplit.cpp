#include "core/analysis/FactorSplit.h"

#include "core/analysis/Statistics.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FactorSplit)
};
} // namespace

QString FactorSplit::amount(const Factor &factor, double value)
{
    const QString number = QLocale().toString(value, 'g', 6);
    return factor.unit.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, factor.unit);
}

QString FactorSplit::groupLabel(const Factor &factor) const
{
    return anyVersusNone ? Text::tr("none") : Text::tr("less than %1").arg(amount(factor, at));
}

QString FactorSplit::otherLabel(const Factor &factor) const
{
    return anyVersusNone ? Text::tr("any") : Text::tr("%1 or more").arg(amount(factor, at));
}

std::optional<FactorSplit> FactorSplit::fromGuidance(const Factor &factor)
{
    // The documents advise drinking enough through the day (about two litres is the usual
    // figure) and stretching the calves before bed at all; stress is rated 0-10.
    if (factor.builtinKey == QLatin1StringView("water_ml"))
        return FactorSplit { 2000, false };
    if (factor.builtinKey == QLatin1StringView("stretch_minutes"))
        return FactorSplit { 0, true };
    if (factor.builtinKey == QLatin1StringView("stress"))
        return FactorSplit { 5, false };
    return std::nullopt;
}

std::optional<FactorSplit> FactorSplit::byDefault(const Factor &factor, QList<double> values)
{
    if (const auto guided = fromGuidance(factor))
        return guided;
    std::sort(values.begin(), values.end());
    if (values.isEmpty() || values.first() == values.last())
        return std::nullopt; // one value only: there is nothing to compare it with
    double at = *Statistics::median(values);
    // With many nights at the lowest value the median is that value and nothing lies below
    // it; the next distinct value keeps those nights together and leaves the rest above.
    if (values.first() >= at)
        at = *std::upper_bound(values.cbegin(), values.cend(), at);
    return FactorSplit { at, false };
}
