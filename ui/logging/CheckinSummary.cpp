#include "ui/logging/CheckinSummary.h"

#include "core/domain/DisplayNames.h"
#include "ui/logging/WaterVolume.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CheckinSummary)
};
} // namespace

namespace CheckinSummary {

QString formatValue(const Factor &factor, const FactorValue &value, AppSettings::WaterUnit unit)
{
    const QLocale locale;
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag ? Text::tr("yes") : Text::tr("no");
    if (const auto *choice = std::get_if<QString>(&value))
        return DisplayNames::choice(factor, *choice);
    const double number = std::get<double>(value);
    if (factor.builtinKey == QLatin1StringView("water_ml")) {
        if (unit == AppSettings::WaterUnit::FluidOunces)
            return Text::tr("%1 fl oz").arg(locale.toString(WaterVolume::fromMillilitres(number, unit), 'f', 0));
        return Text::tr("%1 ml").arg(locale.toString(number, 'f', 0)); // as entered: 1,250 ml, never "1.3 L"
    }
    const QString text = locale.toString(number, 'g', 6);
    return factor.unit.isEmpty() ? text : QStringLiteral("%1 %2").arg(text, factor.unit);
}

QString describe(const NightLog &log, const QList<Factor> &factors, const QList<Medication> &medications,
                 AppSettings::WaterUnit unit)
{
    QStringList parts;
    for (const Factor &factor : factors) {
        const auto it = log.values.constFind(factor.id);
        if (it == log.values.cend())
            continue;
        const FactorValue &value = it.value();
        if (const auto *flag = std::get_if<bool>(&value)) {
            if (*flag) // a list of what happened reads better than a list of "no"s
                parts.append(DisplayNames::insideSentence(DisplayNames::of(factor)));
            continue;
        }
        if (factor.builtinKey == QLatin1StringView("water_ml")) {
            parts.append(Text::tr("%1 water").arg(formatValue(factor, value, unit)));
        } else if (factor.builtinKey == QLatin1StringView("stretch_minutes")) {
            const double minutes = std::get<double>(value);
            parts.append(minutes > 0 ? Text::tr("stretched %1 min").arg(minutes) : Text::tr("no stretching"));
        } else if (factor.builtinKey == QLatin1StringView("sleep_position")) {
            parts.append(DisplayNames::insideSentence(formatValue(factor, value, unit)));
        } else if (factor.builtinKey == QLatin1StringView("stress")) {
            parts.append(Text::tr("stress %1/10").arg(std::get<double>(value)));
        } else {
            parts.append(QStringLiteral("%1: %2").arg(DisplayNames::of(factor), formatValue(factor, value, unit)));
        }
    }
    for (const Medication &medication : medications) {
        if (log.medicationIds.contains(medication.id))
            parts.append(medication.name);
    }
    if (!log.notes.isEmpty())
        parts.append(QStringLiteral("\u201c%1\u201d").arg(log.notes.simplified()));
    return parts.isEmpty() ? Text::tr("checked in, nothing noted") : parts.join(QStringLiteral(", "));
}

} // namespace CheckinSummary
