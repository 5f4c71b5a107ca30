#pragma once

#include "core/domain/Episode.h"
#include "core/domain/Experiment.h"
#include "core/domain/Factor.h"
#include "core/domain/Medication.h"
#include "core/domain/NightLog.h"
#include "core/domain/UntrackedPeriod.h"

#include <QList>

// Everything a diary holds, as plain values: what the analysis works on, whether it came
// from the store, a test or a generator.
struct DiarySnapshot {
    QList<Episode> episodes;
    QList<NightLog> nightLogs;
    QList<Factor> factors;
    QList<Medication> medications;
    QList<UntrackedPeriod> untracked;
    QList<QDate> noCrampNights; // said to have had no cramps, in order
    std::optional<Experiment> experiment; // the latest self-experiment, running or done
    // The diary's first night with an entry of any kind. Set when only some nights are
    // loaded (a range read), so rates still count tracked nights from the diary's start;
    // invalid means "the first night among the entries above".
    QDate firstNight;
};
