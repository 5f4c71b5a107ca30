#include "DiaryCommand.h"

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

void DiaryCommand::undo()
{
    revert();
}
