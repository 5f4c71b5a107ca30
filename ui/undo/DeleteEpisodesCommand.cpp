#include "ui/undo/DeleteEpisodesCommand.h"

#include "core/store/DiaryRepository.h"

DeleteEpisodesCommand::DeleteEpisodesCommand(DiaryRepository &diary, const QList<Episode> &episodes,
                                             const QString &text)
    : DiaryCommand(diary, text)
    , m_episodes(episodes)
{
}

void DeleteEpisodesCommand::apply()
{
    forEach(m_episodes, [this](Episode &episode) { m_diary.removeEpisode(episode.id); });
}

void DeleteEpisodesCommand::revert()
{
    // Episodes come back under their own ids, so later commands still find them.
    forEach(m_episodes, [this](Episode &episode) { m_diary.addEpisode(episode); });
}
