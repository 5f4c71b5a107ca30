#pragma once

#include "core/settings/AppSettings.h"

// Water is stored in millilitres; the person may think in US fluid ounces.
namespace WaterVolume {
constexpr double MillilitresPerFluidOunce = 29.5735;

inline double fromMillilitres(double ml, AppSettings::WaterUnit unit)
{
    return unit == AppSettings::WaterUnit::FluidOunces ? ml / MillilitresPerFluidOunce : ml;
}

inline double toMillilitres(double amount, AppSettings::WaterUnit unit)
{
    return unit == AppSettings::WaterUnit::FluidOunces ? amount * MillilitresPerFluidOunce : amount;
}
} // namespace WaterVolume
