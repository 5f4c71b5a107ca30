#pragma once

#include "core/domain/Episode.h"
#include "ui/undo/DiaryCommand.h"

#include <QList>

class DeleteEpisodesCommand : public DiaryCommand
{
public:
    DeleteEpisodesCommand(DiaryRepository &diary, const QList<Episode> &episodes, const QString &text);

    void apply() override;
    void revert() override;

private:
    QList<Episode> m_episodes;
};
