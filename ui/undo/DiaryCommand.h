#pragma once

#include <functional>

#include <QList>
#include <QUndoCommand>

class DiaryRepository;
struct Episode;

// A change to the diary that can be undone. The first apply happens before the command
// is pushed (so a refused write never reaches the undo stack); QUndoStack's first redo()
// is then skipped. Store errors during later undo/redo propagate to UndoableDiary.
class DiaryCommand : public QUndoCommand
{
public:
    DiaryCommand(DiaryRepository &diary, const QString &text);

    virtual void apply() = 0;
    virtual void revert() = 0;

    void markApplied() { m_skipNextRedo = true; }
    void redo() final;
    void undo() final;

protected:
    // Runs `step` for each episode: a single one directly (its own signal keeps the list
    // update small), several as one all-or-nothing action.
    void forEach(QList<Episode> &episodes, const std::function<void(Episode &)> &step);

    DiaryRepository &m_diary;

private:
    bool m_skipNextRedo = false;
};
