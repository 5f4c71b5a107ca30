#pragma once

#include "core/domain/EnumKeys.h"

enum class FactorKind { YesNo, Number, Choice };

template<>
struct EnumKeys<FactorKind> {
    static constexpr std::array<std::pair<FactorKind, const char *>, 3> table {
        { { FactorKind::YesNo, "yesno" }, { FactorKind::Number, "number" }, { FactorKind::Choice, "choice" } }
    };
};
