#pragma once

#include <memory>
#include <vector>

#include <QUndoCommand>

// Several applied changes that undo as one step: a cramp logged with one key and what its
// sheet then added. The changes were applied as they were made, so the first redo() is
// theirs to skip (DiaryCommand::markApplied); undo runs them backwards.
class GroupCommand : public QUndoCommand
{
public:
    explicit GroupCommand(const QString &text);

    void add(std::unique_ptr<QUndoCommand> command) { m_commands.push_back(std::move(command)); }
    bool isEmpty() const { return m_commands.empty(); }

    void redo() override;
    void undo() override;

private:
    std::vector<std::unique_ptr<QUndoCommand>> m_commands;
};
