#pragma once

#include "core/domain/Episode.h"
#include "core/domain/NightLog.h"

#include <memory>
#include <optional>

#include <QObject>
#include <QUndoStack>

class DiaryCommand;
class GroupCommand;
class DiaryRepository;

// The UI's one way to change episodes and check-ins: each change is tried first and,
// only if the diary accepted it, put on the undo stack. Failures are reported by
// failed() with the store's own words, and nothing half-done is left behind.
class UndoableDiary : public QObject
{
    Q_OBJECT

public:
    explicit UndoableDiary(DiaryRepository &diary, QObject *parent = nullptr);
    ~UndoableDiary() override;

    QUndoStack *stack() { return &m_stack; }
    DiaryRepository &repository() { return m_diary; }

    // Returns the new ids, empty if the diary refused.
    QList<qint64> addEpisodes(const QList<Episode> &episodes);
    bool editEpisode(const Episode &after);
    bool deleteEpisodes(const QList<qint64> &ids);
    bool saveNightLog(const NightLog &log);

    // The changes made from beginGroup() to endGroup() undo and redo as one step named
    // `text` (a cramp logged with one key and what its sheet added). Not nested.
    // A change already written by someone else (an import), put on the stack as one step.
    void recordDone(std::unique_ptr<DiaryCommand> command);

    void beginGroup(const QString &text);
    void endGroup();

    void undo();
    void redo();

signals:
    void failed(const QString &message);

private:
    bool run(DiaryCommand *command);

    DiaryRepository &m_diary;
    QUndoStack m_stack;
    std::unique_ptr<GroupCommand> m_group; // open between beginGroup() and endGroup()
};
