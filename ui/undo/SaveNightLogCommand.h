#pragma once

#include "core/domain/NightLog.h"
#include "ui/undo/DiaryCommand.h"

#include <optional>

class SaveNightLogCommand : public DiaryCommand
{
public:
    SaveNightLogCommand(DiaryRepository &diary, const std::optional<NightLog> &before, const NightLog &after,
                        const QString &text);

    void apply() override;
    void revert() override;

private:
    std::optional<NightLog> m_before; // empty when the night had no check-in
    NightLog m_after;
};
