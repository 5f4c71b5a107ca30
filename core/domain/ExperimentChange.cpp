#include "core/domain/ExperimentChange.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExperimentChange)
};
} // namespace

QString ExperimentChange::factorKey() const
{
    switch (kind) {
    case Stretching: return QStringLiteral("stretch_minutes");
    case Water: return QStringLiteral("water_ml");
    case Magnesium: return QStringLiteral("supplement_magnesium");
    case NoPointedToes: return QStringLiteral("sleep_position");
    case OwnFactor: return {};
    }
    return {};
}

QString ExperimentChange::name() const
{
    switch (kind) {
    case Stretching: return Text::tr("Stretching for %n minute(s) before bed", nullptr, amount);
    case Water: return Text::tr("Drinking at least %1 ml of water").arg(QLocale().toString(amount));
    case Magnesium: return Text::tr("A magnesium supplement");
    case NoPointedToes: return Text::tr("Not sleeping with the toes pointed");
    case OwnFactor: return Text::tr("\u201c%1\u201d").arg(ownFactorName);
    }
    return {};
}

QString ExperimentChange::instruction(Arm arm) const
{
    const bool change = arm == Arm::Change;
    switch (kind) {
    case Stretching:
        return change ? Text::tr("Stretch your calves for %n minute(s) before bed", nullptr, amount)
                      : Text::tr("No stretching before bed");
    case Water:
        return change ? Text::tr("Drink at least %1 ml of water today").arg(QLocale().toString(amount))
                      : Text::tr("Drink as you usually do");
    case Magnesium: return change ? Text::tr("Take the magnesium supplement") : Text::tr("No magnesium supplement");
    case NoPointedToes:
        return change ? Text::tr("Keep your toes from pointing (a loose blanket, a pillow at the feet)")
                      : Text::tr("Sleep as you usually do");
    case OwnFactor:
        return change ? Text::tr("With \u201c%1\u201d").arg(ownFactorName)
                      : Text::tr("Without \u201c%1\u201d").arg(ownFactorName);
    }
    return {};
}
