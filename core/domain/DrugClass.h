#pragma once

#include "core/domain/EnumKeys.h"

// Classes the clinical sources link to cramps get their own value; everything else is Other.
enum class DrugClass { Diuretic, Statin, LongActingBetaAgonist, Other };

template<>
struct EnumKeys<DrugClass> {
    static constexpr std::array<std::pair<DrugClass, const char *>, 4> table { { { DrugClass::Diuretic, "diuretic" },
                                                                                 { DrugClass::Statin, "statin" },
                                                                                 { DrugClass::LongActingBetaAgonist,
                                                                                   "beta_agonist" },
                                                                                 { DrugClass::Other, "other" } } };
};
