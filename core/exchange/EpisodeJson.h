#pragma once

#include "core/domain/Episode.h"

#include <QJsonObject>

class NightClock;

// The JSON form of an episode, shared by `list --json`, the backup and the tests.
// Keys are the store's enum keys; absent details are null, never guessed.
namespace EpisodeJson {
QJsonObject toJson(const Episode &episode, const NightClock &clock);
}
