#pragma once

#include "core/domain/EnumKeys.h"

// Signs the guidance documents and CLINICAL.md say a clinician should look at.
enum class WarningSign {
    Swelling,
    Redness,
    Warmth,
    NotRelievedByStretching,
    ConstantPain,
    NumbnessOrTingling,
    PainOnWalking,
    EasedByHangingLegDown,
    MuscleWeakness,
    BreathlessnessOrChestPain,
};

template<>
struct EnumKeys<WarningSign> {
    static constexpr std::array<std::pair<WarningSign, const char *>, 10> table {
        { { WarningSign::Swelling, "swelling" },
          { WarningSign::Redness, "redness" },
          { WarningSign::Warmth, "warmth" },
          { WarningSign::NotRelievedByStretching, "not_relieved_by_stretching" },
          { WarningSign::ConstantPain, "constant_pain" },
          { WarningSign::NumbnessOrTingling, "numbness_tingling" },
          { WarningSign::PainOnWalking, "pain_on_walking" },
          { WarningSign::EasedByHangingLegDown, "eased_hanging_leg_down" },
          { WarningSign::MuscleWeakness, "muscle_weakness" },
          { WarningSign::BreathlessnessOrChestPain, "breathless_chest_pain" } }
    };
};
