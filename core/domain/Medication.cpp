#include "core/domain/Medication.h"

#include <algorithm>

bool Medication::takenOn(QDate day) const
{
    return std::any_of(periods.cbegin(), periods.cend(), [day](const MedicationPeriod &p) {
        return p.started <= day && (!p.stopped || day <= *p.stopped);
    });
}
