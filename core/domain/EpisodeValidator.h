#pragma once

#include "core/domain/Episode.h"
#include "core/domain/FieldProblem.h"

// The rules an episode must meet before it is saved, in words the person can act on.
// The store's CHECK constraints repeat the hard limits as a last line of defence.
namespace EpisodeValidator {
// Allows a few minutes of clock skew before calling a start "in the future".
QList<FieldProblem> validate(const Episode &episode, const QDateTime &now);
constexpr int MaxDurationSeconds = 24 * 3600;
} // namespace EpisodeValidator
