#pragma once

#include "core/domain/EnumKeys.h"

enum class Muscle { Calf, Foot, ThighFront, ThighBack, Toes, Other };

template<>
struct EnumKeys<Muscle> {
    static constexpr std::array<std::pair<Muscle, const char *>, 6> table { { { Muscle::Calf, "calf" },
                                                                              { Muscle::Foot, "foot" },
                                                                              { Muscle::ThighFront, "thigh_front" },
                                                                              { Muscle::ThighBack, "thigh_back" },
                                                                              { Muscle::Toes, "toes" },
                                                                              { Muscle::Other, "other" } } };
};
