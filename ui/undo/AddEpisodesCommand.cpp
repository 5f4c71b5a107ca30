#include "AddEpisodesCommand.h"

#include "DiaryRepository.h"

AddEpisodesCommand::AddEpisodesCommand(DiaryRepository &diary, const QList<Episode> &episodes, const QString &text)
    : DiaryCommand(diary, text)
    , m_episodes(episodes)
{
}

void AddEpisodesCommand::apply()
{
    QList<Episode> added = m_episodes;
    const auto addAll = [&] {
        for (Episode &episode : added)
            episode.id = m_diary.addEpisode(episode);
    };
    // One cramp is one write already; several must land together or not at all.
    if (added.size() == 1)
        addAll();
    else
        m_diary.runAsOneAction(addAll);
    m_episodes = added;
}

void AddEpisodesCommand::revert()
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

QList<qint64> AddEpisodesCommand::ids() const
{
    QList<qint64> result;
    for (const Episode &episode : m_episodes)
        result.append(episode.id);
    return result;
}
