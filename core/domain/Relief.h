#pragma once

#include "core/domain/EnumKeys.h"

// What the person tried to ease a cramp (the documents' immediate-relief advice).
enum class Relief { Stretch, StandOnLeg, Walk, Massage, Heat, Cold, Other };

template<>
struct EnumKeys<Relief> {
    static constexpr std::array<std::pair<Relief, const char *>, 7> table { { { Relief::Stretch, "stretch" },
                                                                              { Relief::StandOnLeg, "stand" },
                                                                              { Relief::Walk, "walk" },
                                                                              { Relief::Massage, "massage" },
                                                                              { Relief::Heat, "heat" },
                                                                              { Relief::Cold, "cold" },
                                                                              { Relief::Other, "other" } } };
};
