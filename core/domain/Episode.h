#pragma once

#include "core/domain/Leg.h"
#include "core/domain/Muscle.h"
#include "core/domain/Relief.h"
#include "core/domain/WarningSign.h"

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>

struct ReliefTried {
    Relief relief = Relief::Stretch;
    std::optional<bool> helped; // unknown until the person says
    bool operator==(const ReliefTried &) const = default;
};

// One cramp. Only the start is required: at 3 a.m. one keystroke must be enough, and
// every other detail may follow in the morning.
struct Episode {
    qint64 id = 0;
    // A time with an offset from UTC (Qt::OffsetFromUTC): the instant and the wall clock
    // the person lived it by, so a diary survives travel and daylight-saving changes.
    QDateTime start;
    std::optional<int> durationSeconds;
    std::optional<int> severity; // 0-10 numeric rating scale
    std::optional<Leg> leg;
    std::optional<Muscle> muscle;
    std::optional<bool> wokeFromSleep;
    std::optional<int> sleepDisturbance; // 0-10
    QList<ReliefTried> reliefs;
    std::optional<bool> sorenessAfter;
    QList<WarningSign> warningSigns;
    QString notes;

    bool operator==(const Episode &other) const
    {
        return id == other.id && start == other.start && start.offsetFromUtc() == other.start.offsetFromUtc()
                && durationSeconds == other.durationSeconds && severity == other.severity && leg == other.leg
                && muscle == other.muscle && wokeFromSleep == other.wokeFromSleep
                && sleepDisturbance == other.sleepDisturbance && reliefs == other.reliefs
                && sorenessAfter == other.sorenessAfter && warningSigns == other.warningSigns && notes == other.notes;
    }
};

// A wall-clock time as an offset-carrying QDateTime, the form Episode::start expects.
QDateTime withFixedOffset(const QDateTime &time);
