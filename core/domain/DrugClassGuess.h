#pragma once

#include "core/domain/DrugClass.h"

#include <optional>

#include <QString>

// The class a medicine's name suggests, for the classes the clinical sources link to
// cramps: "Simvastatin 20 mg" is a statin. Only a suggestion for the person to accept;
// generic names and common brand names, case and dose ignored.
namespace DrugClassGuess {
std::optional<DrugClass> forName(const QString &name);
} // namespace DrugClassGuess
