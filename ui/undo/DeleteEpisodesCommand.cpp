#include "DeleteEpisodesCommand.h"

#include "DiaryRepository.h"

DeleteEpisodesCommand::DeleteEpisodesCommand(DiaryRepository &diary, const QList<Episode> &episodes,
                                             const QString &text)
    : DiaryCommand(diary, text)
    , m_episodes(episodes)
{
}

void DeleteEpisodesCommand::apply()
{
    const auto removeAll = [&] {
        for (const Episode &episode : std::as_const(m_episodes))
            m_diary.removeEpisode(episode.id);
    };
    if (m_episodes.size() == 1)
        removeAll();
    else
        m_diary.runAsOneAction(removeAll);
}

void DeleteEpisodesCommand::revert()
{
    // Episodes come back under their own ids, so later commands still find them.
    const auto restoreAll = [&] {
        for (const Episode &episode : std::as_const(m_episodes))
            m_diary.addEpisode(episode);
    };
    if (m_episodes.size() == 1)
        restoreAll();
    else
        m_diary.runAsOneAction(restoreAll);
}
