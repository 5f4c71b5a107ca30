#pragma once

#include <memory>

#include <QString>

class QLockFile;

// The one writer of a diary at a time, held for as long as this object lives. Writers
// wait for one another for a few seconds; a lock left by a killed writer (its process
// gone, or a lock file that names nobody) is taken over, so nobody is locked out for ever.
class DiaryLock
{
public:
    // Throws StoreError (Locked) naming the process that holds the diary.
    explicit DiaryLock(const QString &diaryPath);
    ~DiaryLock();
    DiaryLock(const DiaryLock &) = delete;
    DiaryLock &operator=(const DiaryLock &) = delete;

    static QString filePath(const QString &diaryPath);

private:
    bool takeOverAbandonedLock();

    static constexpr int LockWaitMilliseconds = 3000;
    static constexpr int AbandonedLockSeconds = 2; // older than any lock file being written
    static constexpr int ForeignLockSeconds = 3600;

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};
