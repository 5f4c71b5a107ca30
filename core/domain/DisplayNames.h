#pragma once

#include "core/domain/DrugClass.h"
#include "core/domain/Factor.h"
#include "core/domain/Leg.h"
#include "core/domain/Muscle.h"
#include "core/domain/Relief.h"
#include "core/domain/WarningSign.h"

#include <optional>

#include <QString>

// Translated, user-facing names of domain values. Core has no widgets but its words still
// go through Qt's translation system, so the CLI, the UI and the report say the same thing.
namespace DisplayNames {
QString of(Leg leg);
QString of(Muscle muscle);
// "left calf": a cramp's leg and muscle inside a sentence, as the language writes them there
// (German keeps the noun's capital: "links, Wade"); either may be missing.
QString inText(std::optional<Leg> leg, std::optional<Muscle> muscle);
QString of(Relief relief);
QString of(WarningSign sign);
QString of(DrugClass drugClass);
QString of(const Factor &factor);
QString choice(const Factor &factor, const QString &choiceKey);
// A name shown on its own ("Alcohol") written inside a sentence or a list: its first letter
// lower-cased where the language does so ("alcohol, caffeine"), as written where it does not
// (German keeps its nouns' capitals: "Alkohol, Koffein"). "Vitamin D" keeps its "D".
QString insideSentence(const QString &name);
} // namespace DisplayNames
