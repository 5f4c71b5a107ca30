#pragma once

#include "core/domain/Episode.h"
#include "ui/undo/DiaryCommand.h"

#include <QList>

class AddEpisodesCommand : public DiaryCommand
{
public:
    AddEpisodesCommand(DiaryRepository &diary, const QList<Episode> &episodes, const QString &text);

    void apply() override;
    void revert() override;
    QList<qint64> ids() const;

private:
    QList<Episode> m_episodes; // ids filled in by the first apply, reused after
};
