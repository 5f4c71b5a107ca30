#pragma once

#include "core/domain/Episode.h"

#include <QMultiHash>

// The cramps a diary already holds, found by moment, so an import skips a row that is
// the same entry (everything but the id) without scanning the whole diary per row.
class KnownEpisodes
{
public:
    KnownEpisodes() = default;
    explicit KnownEpisodes(const QList<Episode> &episodes);

    bool contains(const Episode &episode) const;

private:
    QMultiHash<qint64, Episode> m_byStart; // seconds since the epoch
};
