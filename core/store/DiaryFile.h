#pragma once

#include "core/store/Database.h"

#include <memory>

#include <QString>

class QLockFile;

// Opens a file as a diary without ever damaging it: it refuses files that are not a
// diary, are damaged, come from a newer version or are open in another running Cramp
// Diary, and it upgrades older diaries only after making a backup copy.
class DiaryFile
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Throws StoreError. A file the user may not write opens read-only, and says why.
    DiaryFile(const QString &path, Access access);
    ~DiaryFile();
    DiaryFile(const DiaryFile &) = delete;
    DiaryFile &operator=(const DiaryFile &) = delete;

    Database &database() { return *m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_db->mode() == Database::Mode::ReadOnly; }
    // Why the diary is read-only when it was asked to be writable; empty otherwise.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The copy made before an upgrade in this session; empty if there was no upgrade.
    QString backupPath() const { return m_backupPath; }

    static QString lockFilePath(const QString &diaryPath);

private:
    void checkHeader() const;
    void acquireLock();
    bool takeOverAbandonedLock();

    static constexpr int LockWaitMilliseconds = 3000;
    static constexpr int AbandonedLockSeconds = 2; // older than any lock file being written
    static constexpr int ForeignLockSeconds = 3600;
    void inspectAndUpgrade();
    void makeBackup(int version);
    void removeInterruptedBackups() const;
    static QString partialSuffix() { return QStringLiteral(".partial"); }

    QString m_path;
    QString m_readOnlyReason;
    QString m_backupPath;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
};
