#include "ui/undo/DiaryCommand.h"

#include "core/domain/Episode.h"
#include "core/store/DiaryRepository.h"

DiaryCommand::DiaryCommand(DiaryRepository &diary, const QString &text)
    : QUndoCommand(text)
    , m_diary(diary)
{
}

void DiaryCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    apply();
}

void DiaryCommand::forEach(QList<Episode> &episodes, const std::function<void(Episode &)> &step)
{
    const auto all = [&] {
        for (Episode &episode : episodes)
            step(episode);
    };
    if (episodes.size() == 1)
        all();
    else
        m_diary.runAsOneAction(all);
}

void DiaryCommand::undo()
{
    revert();
}
