#pragma once

#include "core/domain/Factor.h"
#include "core/domain/Medication.h"
#include "core/domain/NightLog.h"
#include "core/settings/AppSettings.h"

#include <QList>
#include <QString>

// A short, readable line about one evening ("1.2 L water, stretched 10 min, on my side,
// exercise"), for the home view and the diary list.
namespace CheckinSummary {
QString describe(const NightLog &log, const QList<Factor> &factors, const QList<Medication> &medications,
                 AppSettings::WaterUnit unit);
QString formatValue(const Factor &factor, const FactorValue &value, AppSettings::WaterUnit unit);
} // namespace CheckinSummary
