#pragma once

#include "core/domain/EnumKeys.h"

enum class Leg { Left, Right, Both };

template<>
struct EnumKeys<Leg> {
    static constexpr std::array<std::pair<Leg, const char *>, 3> table {
        { { Leg::Left, "left" }, { Leg::Right, "right" }, { Leg::Both, "both" } }
    };
};
