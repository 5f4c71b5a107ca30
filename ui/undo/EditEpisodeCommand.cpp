#include "ui/undo/EditEpisodeCommand.h"

#include "core/store/DiaryRepository.h"

EditEpisodeCommand::EditEpisodeCommand(DiaryRepository &diary, const Episode &before, const Episode &after,
                                       const QString &text)
    : DiaryCommand(diary, text)
    , m_before(before)
    , m_after(after)
{
}

void EditEpisodeCommand::apply()
{
    m_diary.updateEpisode(m_after);
}

void EditEpisodeCommand::revert()
{
    m_diary.updateEpisode(m_before);
}
