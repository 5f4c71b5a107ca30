#include "core/domain/DisplayNames.h"

#include <QCoreApplication>

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
};
} // namespace

namespace DisplayNames {

QString of(Leg leg)
{
    switch (leg) {
    case Leg::Left: return Text::tr("Left");
    case Leg::Right: return Text::tr("Right");
    case Leg::Both: return Text::tr("Both");
    }
    return {};
}

QString of(Muscle muscle)
{
    switch (muscle) {
    case Muscle::Calf: return Text::tr("Calf");
    case Muscle::Foot: return Text::tr("Foot");
    case Muscle::ThighFront: return Text::tr("Front of thigh");
    case Muscle::ThighBack: return Text::tr("Back of thigh");
    case Muscle::Toes: return Text::tr("Toes");
    case Muscle::Other: return Text::tr("Other muscle");
    }
    return {};
}

QString inText(std::optional<Leg> leg, std::optional<Muscle> muscle)
{
    QString side;
    if (leg) {
        switch (*leg) {
        case Leg::Left: side = Text::tr("left", "leg, inside a sentence"); break;
        case Leg::Right: side = Text::tr("right", "leg, inside a sentence"); break;
        case Leg::Both: side = Text::tr("both legs", "inside a sentence"); break;
        }
    }
    QString where;
    if (muscle) {
        switch (*muscle) {
        case Muscle::Calf: where = Text::tr("calf", "muscle, inside a sentence"); break;
        case Muscle::Foot: where = Text::tr("foot", "muscle, inside a sentence"); break;
        case Muscle::ThighFront: where = Text::tr("front of thigh", "muscle, inside a sentence"); break;
        case Muscle::ThighBack: where = Text::tr("back of thigh", "muscle, inside a sentence"); break;
        case Muscle::Toes: where = Text::tr("toes", "muscle, inside a sentence"); break;
        case Muscle::Other: where = Text::tr("other muscle", "muscle, inside a sentence"); break;
        }
    }
    if (side.isEmpty() || where.isEmpty())
        return side + where;
    return Text::tr("%1 %2", "a cramp's side and muscle inside a sentence: left calf").arg(side, where);
}

QString of(Relief relief)
{
    switch (relief) {
    case Relief::Stretch: return Text::tr("Stretched the muscle");
    case Relief::StandOnLeg: return Text::tr("Stood on the leg");
    case Relief::Walk: return Text::tr("Walked about");
    case Relief::Massage: return Text::tr("Massage");
    case Relief::Heat: return Text::tr("Heat");
    case Relief::Cold: return Text::tr("Cold");
    case Relief::Other: return Text::tr("Something else");
    }
    return {};
}

QString of(WarningSign sign)
{
    switch (sign) {
    case WarningSign::Swelling: return Text::tr("Swelling of the leg");
    case WarningSign::Redness: return Text::tr("Redness of the leg");
    case WarningSign::Warmth: return Text::tr("Leg feels warm");
    case WarningSign::NotRelievedByStretching: return Text::tr("Pain not relieved by stretching");
    case WarningSign::ConstantPain: return Text::tr("Constant pain");
    case WarningSign::NumbnessOrTingling: return Text::tr("Numbness or tingling");
    case WarningSign::PainOnWalking: return Text::tr("Pain brought on by walking");
    case WarningSign::EasedByHangingLegDown: return Text::tr("Pain eased by hanging the leg down");
    case WarningSign::MuscleWeakness: return Text::tr("Muscle weakness or wasting");
    case WarningSign::BreathlessnessOrChestPain: return Text::tr("Short of breath or chest pain");
    }
    return {};
}

QString of(DrugClass drugClass)
{
    switch (drugClass) {
    case DrugClass::Diuretic: return Text::tr("Diuretic (water tablet)");
    case DrugClass::Statin: return Text::tr("Statin");
    case DrugClass::LongActingBetaAgonist: return Text::tr("Long-acting inhaler (beta agonist)");
    case DrugClass::Other: return Text::tr("Other medicine");
    }
    return {};
}

QString of(const Factor &factor)
{
    static const QHash<QString, const char *> builtins = {
        { QStringLiteral("water_ml"), QT_TRANSLATE_NOOP("DisplayNames", "Water drunk") },
        { QStringLiteral("stretch_minutes"), QT_TRANSLATE_NOOP("DisplayNames", "Stretched before bed") },
        { QStringLiteral("sleep_position"), QT_TRANSLATE_NOOP("DisplayNames", "Sleep position") },
        { QStringLiteral("exercise"), QT_TRANSLATE_NOOP("DisplayNames", "Exercise or overexertion today") },
        { QStringLiteral("long_sitting"), QT_TRANSLATE_NOOP("DisplayNames", "Long sitting today") },
        { QStringLiteral("alcohol"), QT_TRANSLATE_NOOP("DisplayNames", "Alcohol") },
        { QStringLiteral("caffeine"), QT_TRANSLATE_NOOP("DisplayNames", "Caffeine") },
        { QStringLiteral("magnesium_food"), QT_TRANSLATE_NOOP("DisplayNames", "Magnesium-rich food") },
        { QStringLiteral("potassium_food"), QT_TRANSLATE_NOOP("DisplayNames", "Potassium-rich food") },
        { QStringLiteral("supplement_magnesium"), QT_TRANSLATE_NOOP("DisplayNames", "Magnesium supplement") },
        { QStringLiteral("supplement_vitamin_d"), QT_TRANSLATE_NOOP("DisplayNames", "Vitamin D supplement") },
        { QStringLiteral("supplement_other"), QT_TRANSLATE_NOOP("DisplayNames", "Other supplement") },
        { QStringLiteral("sun_exposure"), QT_TRANSLATE_NOOP("DisplayNames", "Time in the sun") },
        { QStringLiteral("stress"), QT_TRANSLATE_NOOP("DisplayNames", "Stress (0-10)") },
    };
    if (const auto it = builtins.constFind(factor.builtinKey); it != builtins.cend())
        return Text::tr(it.value());
    return factor.name;
}

QString choice(const Factor &factor, const QString &choiceKey)
{
    if (factor.builtinKey == QLatin1StringView("sleep_position")) {
        if (choiceKey == QLatin1StringView("toes_pointed"))
            return Text::tr("Toes pointed down");
        if (choiceKey == QLatin1StringView("back"))
            return Text::tr("On my back");
        if (choiceKey == QLatin1StringView("side"))
            return Text::tr("On my side");
        if (choiceKey == QLatin1StringView("front"))
            return Text::tr("On my front");
    }
    return choiceKey;
}

QString insideSentence(const QString &name)
{
    // The translation says whether its language lower-cases names inside a sentence.
    const QString rule = Text::tr("lower-case",
                                  "Inside a sentence, is a name (Alcohol, On my side) written with a small first "
                                  "letter? Translate as lower-case or as as-written (German: as-written)");
    if (rule != QLatin1StringView("lower-case") || name.isEmpty())
        return name;
    return name.left(1).toLower() + name.mid(1);
}

} // namespace DisplayNames
