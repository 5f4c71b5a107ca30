#pragma once

#include "core/domain/Episode.h"

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

class NightClock;

// How soon a clinician should look, most urgent first (CLINICAL.md, "Red flags").
enum class Urgency { Emergency, SameDay, UrgentAppointment, Appointment, NextVisit };

// What the app says when a rule matches: how soon to act and why, in plain words, with
// the guidance topic to read. It never names a diagnosis as the person's.
struct RedFlagAlert {
    Urgency urgency = Urgency::NextVisit;
    QString headline; // how soon, e.g. "See a clinician today"
    QString advice; // why, in plain words
    QStringList reasons; // what in the diary matched
    QString topicId;
};

namespace RedFlagRules {
// One alert per urgency level that the episode's signs reach, most urgent first.
QList<RedFlagAlert> forEpisode(const Episode &episode);
// The alerts to show after `saved` was stored: none when an edit (`before` is the episode
// as it was) raises no urgency it did not already have, so a note edit does not alarm again.
QList<RedFlagAlert> newAlerts(const Episode &saved, const std::optional<Episode> &before);
// Cramps coming more often, or disturbing sleep often, over the four weeks up to and
// including `lastNight`, against the four weeks before.
std::optional<RedFlagAlert> forRecentNights(const QList<Episode> &episodes, QDate lastNight, const NightClock &clock);
QString headline(Urgency urgency);

constexpr int LongCrampSeconds = 10 * 60;
} // namespace RedFlagRules
