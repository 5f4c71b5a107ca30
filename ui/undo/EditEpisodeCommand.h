#pragma once

#include "DiaryCommand.h"
#include "Episode.h"

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
