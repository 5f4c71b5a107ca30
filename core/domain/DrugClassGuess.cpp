#include "core/domain/DrugClassGuess.h"

#include <QRegularExpression>

namespace {
struct Known {
    const char *name;
    DrugClass drugClass;
};

// Garrison et al. 2012 (CLINICAL.md): diuretics (thiazide and thiazide-like, loop,
// potassium-sparing), long-acting beta agonists, statins.
constexpr Known KnownNames[] = {
    // Statins
    { "atorvastatin", DrugClass::Statin },
    { "simvastatin", DrugClass::Statin },
    { "rosuvastatin", DrugClass::Statin },
    { "pravastatin", DrugClass::Statin },
    { "lovastatin", DrugClass::Statin },
    { "fluvastatin", DrugClass::Statin },
    { "pitavastatin", DrugClass::Statin },
    { "lipitor", DrugClass::Statin },
    { "zocor", DrugClass::Statin },
    { "crestor", DrugClass::Statin },
    { "sortis", DrugClass::Statin },
    { "pravachol", DrugClass::Statin },
    // Thiazide and thiazide-like diuretics
    { "hydrochlorothiazide", DrugClass::Diuretic },
    { "chlorthalidone", DrugClass::Diuretic },
    { "chlortalidone", DrugClass::Diuretic },
    { "indapamide", DrugClass::Diuretic },
    { "bendroflumethiazide", DrugClass::Diuretic },
    { "bendrofluazide", DrugClass::Diuretic },
    { "metolazone", DrugClass::Diuretic },
    { "chlorothiazide", DrugClass::Diuretic },
    { "xipamide", DrugClass::Diuretic },
    { "hct", DrugClass::Diuretic },
    // Loop diuretics
    { "furosemide", DrugClass::Diuretic },
    { "frusemide", DrugClass::Diuretic },
    { "lasix", DrugClass::Diuretic },
    { "bumetanide", DrugClass::Diuretic },
    { "torasemide", DrugClass::Diuretic },
    { "torsemide", DrugClass::Diuretic },
    { "etacrynic", DrugClass::Diuretic },
    { "ethacrynic", DrugClass::Diuretic },
    // Potassium-sparing diuretics
    { "spironolactone", DrugClass::Diuretic },
    { "eplerenone", DrugClass::Diuretic },
    { "amiloride", DrugClass::Diuretic },
    { "triamterene", DrugClass::Diuretic },
    // Long-acting beta agonists
    { "salmeterol", DrugClass::LongActingBetaAgonist },
    { "formoterol", DrugClass::LongActingBetaAgonist },
    { "eformoterol", DrugClass::LongActingBetaAgonist },
    { "vilanterol", DrugClass::LongActingBetaAgonist },
    { "indacaterol", DrugClass::LongActingBetaAgonist },
    { "olodaterol", DrugClass::LongActingBetaAgonist },
    { "arformoterol", DrugClass::LongActingBetaAgonist },
    { "serevent", DrugClass::LongActingBetaAgonist },
    { "symbicort", DrugClass::LongActingBetaAgonist },
    { "seretide", DrugClass::LongActingBetaAgonist },
    { "advair", DrugClass::LongActingBetaAgonist },
};
} // namespace

namespace DrugClassGuess {

std::optional<DrugClass> forName(const QString &name)
{
    // Whole words only: "Hct 12.5 mg" names hydrochlorothiazide, "Pitchfork" names nothing.
    static const QRegularExpression word(QStringLiteral("[a-z]+"));
    const QString lower = name.toLower();
    for (auto it = word.globalMatch(lower); it.hasNext();) {
        const QString w = it.next().captured();
        for (const Known &known : KnownNames) {
            if (w == QLatin1StringView(known.name))
                return known.drugClass;
        }
    }
    return std::nullopt;
}

} // namespace DrugClassGuess
