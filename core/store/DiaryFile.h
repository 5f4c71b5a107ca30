#pragma once

#include "core/store/Database.h"

#include <memory>

#include <QString>

class DiaryLock;
struct DiaryHeader;

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
    // Writes everything in the log into the file itself and empties the log, so the file
    // alone holds the whole diary (before it is renamed). Throws StoreError, naming a full
    // disk, when that cannot be done; the log then still holds the data.
    void writeOutLog();
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the diary is read-only when it was asked to be writable; empty otherwise.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The copy made before an upgrade in this session; empty if there was no upgrade.
    QString backupPath() const { return m_backupPath; }

    static QString lockFilePath(const QString &diaryPath);

private:
    static bool isRegularFile(const QString &path);
    void refuseByHeader(const DiaryHeader &header) const;
    void refuseVersion(qint64 version) const;
    std::unique_ptr<Database> connect() const;
    void viewUpgradedInMemory(int version);
    void inspectAndUpgrade();
    void quickCheck();
    void makeBackup(int version);
    void removeInterruptedBackups() const;
    void removeAbandonedRestores() const;
    static QString partialSuffix() { return QStringLiteral(".partial"); }

    QString m_path;
    bool m_readOnly = false;
    bool m_logAtOpen = false; // a -wal beside the file: a writer is running or was killed
    QString m_readOnlyReason;
    QString m_backupPath;
    std::unique_ptr<DiaryLock> m_lock;
    std::unique_ptr<Database> m_db;
};
