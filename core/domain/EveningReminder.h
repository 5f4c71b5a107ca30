#pragma once

#include "core/domain/NightClock.h"

#include <optional>

#include <QDateTime>
#include <QTime>

// When the evening reminder may go out: at most once a night, from the chosen time for a
// few hours, and never once the night has a check-in or is marked as not tracked.
namespace EveningReminder {

enum class Decision { Off, NotYet, Due, AlreadyReminded, CheckedIn, NotTracked, Missed };

struct Facts {
    bool enabled = false;
    QTime at;
    std::optional<QDate> remindedNight;
    bool nightHasCheckin = false;
    bool nightIsUntracked = false;
};

// A reminder more than this late (a computer asleep at the time) would only nag.
constexpr int LatenessLimitSeconds = 4 * 3600;

// The night the reminder at `now` is about: the night in progress.
QDate nightFor(const QDateTime &now, const NightClock &clock);
Decision decide(const QDateTime &now, const NightClock &clock, const Facts &facts);

} // namespace EveningReminder
