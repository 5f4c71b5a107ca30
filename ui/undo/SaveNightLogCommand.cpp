#include "ui/undo/SaveNightLogCommand.h"

#include "core/store/DiaryRepository.h"

SaveNightLogCommand::SaveNightLogCommand(DiaryRepository &diary, const std::optional<NightLog> &before,
                                         const NightLog &after, const QString &text)
    : DiaryCommand(diary, text)
    , m_before(before)
    , m_after(after)
{
}

void SaveNightLogCommand::apply()
{
    m_diary.saveNightLog(m_after);
}

void SaveNightLogCommand::revert()
{
    if (m_before)
        m_diary.saveNightLog(*m_before);
    else
        m_diary.removeNightLog(m_after.night);
}
