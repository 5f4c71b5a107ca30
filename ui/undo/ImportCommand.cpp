#include "ui/undo/ImportCommand.h"

#include "core/store/DiaryRepository.h"

ImportCommand::ImportCommand(DiaryRepository &diary, MappedImport::Changes changes, const QString &text)
    : DiaryCommand(diary, text)
    , m_changes(std::move(changes))
{
}

void ImportCommand::apply()
{
    m_diary.runAsOneAction([this] {
        for (Episode &cramp : m_changes.added)
            cramp.id = m_diary.addEpisode(cramp);
        for (const auto &[before, after] : std::as_const(m_changes.nights))
            m_diary.saveNightLog(after);
    });
}

void ImportCommand::revert()
{
    m_diary.runAsOneAction([this] {
        for (const Episode &cramp : std::as_const(m_changes.added))
            m_diary.removeEpisode(cramp.id);
        // Latest first, so a night filled twice ends as it was before the first.
        for (auto it = m_changes.nights.crbegin(); it != m_changes.nights.crend(); ++it) {
            if (it->first)
                m_diary.saveNightLog(*it->first);
            else
                m_diary.removeNightLog(it->second.night);
        }
    });
}
