#pragma once

#include "core/domain/Episode.h"
#include "ui/undo/DiaryCommand.h"

class EditEpisodeCommand : public DiaryCommand
{
public:
    EditEpisodeCommand(DiaryRepository &diary, const Episode &before, const Episode &after, const QString &text);

    void apply() override;
    void revert() override;

private:
    Episode m_before;
    Episode m_after;
};
