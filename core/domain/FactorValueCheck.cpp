#include "core/domain/FactorValueCheck.h"

#include "core/domain/DisplayNames.h"

#include <cmath>

#include <QCoreApplication>

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FactorValueCheck)
};
} // namespace

namespace FactorValueCheck {

Range rangeOf(const Factor &factor)
{
    if (factor.builtinKey == QLatin1StringView("water_ml"))
        return { 0, 15000 };
    if (factor.builtinKey == QLatin1StringView("stretch_minutes"))
        return { 0, 600 };
    if (factor.builtinKey == QLatin1StringView("stress"))
        return { 0, 10 };
    return { -1e9, 1e9 };
}

QString problem(const Factor &factor, const FactorValue &value)
{
    const QString name = DisplayNames::of(factor);
    switch (factor.kind) {
    case FactorKind::YesNo:
        if (!std::holds_alternative<bool>(value))
            return Text::tr("%1 takes yes or no.").arg(name);
        return {};
    case FactorKind::Number: {
        if (!std::holds_alternative<double>(value))
            return Text::tr("%1 takes a number.").arg(name);
        const double number = std::get<double>(value);
        const Range range = rangeOf(factor);
        if (!std::isfinite(number) || number < range.minimum || number > range.maximum)
            return Text::tr("%1 must be between %2 and %3.").arg(name).arg(range.minimum).arg(range.maximum);
        return {};
    }
    case FactorKind::Choice:
        if (!std::holds_alternative<QString>(value) || !factor.choices.contains(std::get<QString>(value))) {
            QStringList names;
            for (const QString &choice : factor.choices)
                names.append(DisplayNames::choice(factor, choice));
            return Text::tr("%1 takes one of: %2.").arg(name, names.join(QStringLiteral(", ")));
        }
        return {};
    }
    return {};
}

} // namespace FactorValueCheck
