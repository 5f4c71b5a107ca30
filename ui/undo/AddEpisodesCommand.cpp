#include "ui/undo/AddEpisodesCommand.h"

#include "core/store/DiaryRepository.h"

AddEpisodesCommand::AddEpisodesCommand(DiaryRepository &diary, const QList<Episode> &episodes, const QString &text)
    : DiaryCommand(diary, text)
    , m_episodes(episodes)
{
}

void AddEpisodesCommand::apply()
{
    QList<Episode> added = m_episodes;
    forEach(added, [this](Episode &episode) { episode.id = m_diary.addEpisode(episode); });
    m_episodes = added; // keeps the ids, so redo brings back the same cramps
}

void AddEpisodesCommand::revert()
{
    forEach(m_episodes, [this](Episode &episode) { m_diary.removeEpisode(episode.id); });
}

QList<qint64> AddEpisodesCommand::ids() const
{
    QList<qint64> result;
    for (const Episode &episode : m_episodes)
        result.append(episode.id);
    return result;
}
