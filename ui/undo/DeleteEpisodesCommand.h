#pragma once

#include "DiaryCommand.h"
#include "Episode.h"

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
