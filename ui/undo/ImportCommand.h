#pragma once

#include "core/exchange/MappedImport.h"
#include "ui/undo/DiaryCommand.h"

// An import already written, undone as one step: its cramps removed and each check-in it
// made or filled put back as it was; redone by writing them again (the cramps keep the
// ids they get then).
class ImportCommand : public DiaryCommand
{
public:
    ImportCommand(DiaryRepository &diary, MappedImport::Changes changes, const QString &text);

    void apply() override;
    void revert() override;

private:
    MappedImport::Changes m_changes;
};
