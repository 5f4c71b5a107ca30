#pragma once

#include <stdexcept>

#include <QString>

// A failure of the diary store, typed so the UI and the command line can say what
// happened and what was kept. The message is already translated.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        CannotOpen, // the file or its folder cannot be opened or created
        NotADiary, // a file that is not a Cramp Diary
        Damaged, // a diary whose contents fail SQLite's integrity check
        NewerVersion, // written by a newer Cramp Diary; we must not touch it
        Locked, // open in another running Cramp Diary
        ReadOnly, // a write was asked of a diary opened for viewing
        MigrationFailed, // an upgrade failed and was rolled back
        Rejected, // the data broke a rule of the diary (a CHECK or a missing row)
        Io, // any other SQLite error while reading or writing
        DiskFull, // no room left on the disk; what was being written was not
    };

    // `detail`: the engine's own words, for tests and `check`; never shown as the message.
    StoreError(Kind kind, const QString &message, const QString &detail = {});

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
};
