#include "ui/undo/GroupCommand.h"

GroupCommand::GroupCommand(const QString &text)
    : QUndoCommand(text)
{
}

void GroupCommand::redo()
{
    for (const auto &command : m_commands)
        command->redo();
}

void GroupCommand::undo()
{
    for (auto it = m_commands.rbegin(); it != m_commands.rend(); ++it)
        (*it)->undo();
}
