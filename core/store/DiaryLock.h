#pragma once

#include <functional>
#include <memory>

#include <QString>

class QLockFile;

// The one writer of a diary at a time, held for as long as this object lives. A writer
// waits for a command that is writing (an import may take a while) for as long as it
// writes, and for anything else (a window holding the diary open) a few seconds; a lock
// left by a killed writer (its process gone, or a lock file that names nobody) is taken
// over, so nobody is locked out for ever.
class DiaryLock
{
public:
    // Throws StoreError (Locked) naming the process that holds the diary.
    explicit DiaryLock(const QString &diaryPath);
    ~DiaryLock();
    DiaryLock(const DiaryLock &) = delete;
    DiaryLock &operator=(const DiaryLock &) = delete;

    static QString filePath(const QString &diaryPath);

    // What this process does while it holds a diary ("import"), for the writers that wait
    // for it: set by a command, which ends by itself. Empty (the window) means the diary
    // is held open with no end in sight, so a waiting writer gives up after a few seconds.
    static void setWork(const QString &work);
    // Told once, in words, when a writer starts waiting for a running one.
    static void setWaitNotice(std::function<void(const QString &)> notice);
    // How long a writer waits for a holder that is not writing: three seconds; tests that
    // only need "a moment" shorten it.
    static void setPatience(int milliseconds);
    static int patience();
    static constexpr int DefaultPatienceMilliseconds = 3000;

private:
    bool takeOverAbandonedLock();
    bool waitForLock();
    QString runningWriter() const; // the holder's work, when it is a command still writing

    static constexpr int AbandonedLockSeconds = 2; // older than any lock file being written
    static constexpr int ForeignLockSeconds = 3600;

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    bool m_markedWriting = false;
};
