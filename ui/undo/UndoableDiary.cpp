#include "ui/undo/UndoableDiary.h"

#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/undo/AddEpisodesCommand.h"
#include "ui/undo/DeleteEpisodesCommand.h"
#include "ui/undo/EditEpisodeCommand.h"
#include "ui/undo/GroupCommand.h"
#include "ui/undo/SaveNightLogCommand.h"

#include <QLocale>

UndoableDiary::UndoableDiary(DiaryRepository &diary, QObject *parent)
    : QObject(parent)
    , m_diary(diary)
{
}

UndoableDiary::~UndoableDiary() = default;

void UndoableDiary::beginGroup(const QString &text)
{
    Q_ASSERT(!m_group);
    m_group = std::make_unique<GroupCommand>(text);
}

void UndoableDiary::endGroup()
{
    std::unique_ptr<GroupCommand> group = std::move(m_group);
    if (!group || group->isEmpty())
        return;
    m_stack.push(group.release()); // its changes are applied: their first redo is skipped
}

void UndoableDiary::recordDone(std::unique_ptr<DiaryCommand> command)
{
    command->markApplied();
    m_stack.push(command.release());
}

bool UndoableDiary::run(DiaryCommand *command)
{
    try {
        command->apply();
    } catch (const StoreError &error) {
        delete command;
        emit failed(error.message());
        return false;
    }
    command->markApplied();
    if (m_group)
        m_group->add(std::unique_ptr<QUndoCommand>(command));
    else
        m_stack.push(command);
    return true;
}

QList<qint64> UndoableDiary::addEpisodes(const QList<Episode> &episodes)
{
    auto *command = new AddEpisodesCommand(m_diary, episodes, tr("Log %n cramp(s)", nullptr, int(episodes.size())));
    if (!run(command))
        return {};
    return command->ids();
}

bool UndoableDiary::editEpisode(const Episode &after)
{
    const std::optional<Episode> before = m_diary.episode(after.id);
    if (!before) {
        emit failed(tr("This cramp is no longer in the diary; your changes were not saved."));
        return false;
    }
    if (*before == after)
        return true;
    return run(new EditEpisodeCommand(m_diary, *before, after, tr("Edit cramp")));
}

bool UndoableDiary::deleteEpisodes(const QList<qint64> &ids)
{
    QList<Episode> episodes;
    for (qint64 id : ids) {
        if (const auto episode = m_diary.episode(id))
            episodes.append(*episode);
    }
    if (episodes.isEmpty())
        return false;
    return run(new DeleteEpisodesCommand(m_diary, episodes, tr("Delete %n cramp(s)", nullptr, int(episodes.size()))));
}

bool UndoableDiary::saveNightLog(const NightLog &log)
{
    const auto before = m_diary.nightLog(log.night);
    return run(new SaveNightLogCommand(m_diary, before, log,
                                       tr("Check-in for %1").arg(QLocale().toString(log.night, QLocale::ShortFormat))));
}

void UndoableDiary::undo()
{
    try {
        m_stack.undo();
    } catch (const StoreError &error) {
        emit failed(tr("Undo failed: %1").arg(error.message()));
    }
}

void UndoableDiary::redo()
{
    try {
        m_stack.redo();
    } catch (const StoreError &error) {
        emit failed(tr("Redo failed: %1").arg(error.message()));
    }
}
