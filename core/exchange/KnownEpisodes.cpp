#include "core/exchange/KnownEpisodes.h"

#include <algorithm>

KnownEpisodes::KnownEpisodes(const QList<Episode> &episodes)
{
    for (const Episode &e : episodes)
        m_byStart.insert(e.start.toSecsSinceEpoch(), e);
}

bool KnownEpisodes::contains(const Episode &episode) const
{
    const auto same = m_byStart.equal_range(episode.start.toSecsSinceEpoch());
    return std::any_of(same.first, same.second, [&episode](Episode known) {
        known.id = episode.id;
        return known == episode;
    });
}
