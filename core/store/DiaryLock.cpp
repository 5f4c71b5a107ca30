#include "core/store/DiaryLock.h"

#include "core/domain/DiskSpace.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiaryFile)
};

// QLockFile::tryLock(timeout) sleeps 100, 200, 400, 800 ms between its tries, so a writer
// can keep missing the short moments a busy writer leaves the lock free. Trying every few
// milliseconds, at a jittered pace so two waiters do not keep step, lets each have its turn.
bool waitForLock(QLockFile &lock, int milliseconds)
{
    const QDeadlineTimer deadline(milliseconds);
    for (;;) {
        if (lock.tryLock(0))
            return true;
        if (lock.error() != QLockFile::LockFailedError || deadline.hasExpired())
            return false;
        QThread::msleep(2 + QRandomGenerator::global()->bounded(8));
    }
}
} // namespace

DiaryLock::~DiaryLock() = default;

QString DiaryLock::filePath(const QString &diaryPath)
{
    return diaryPath + QStringLiteral(".lock");
}

// A lock file that names no process (a writer killed while creating it: empty or unreadable),
// or another computer's lock left for an hour, blocks nobody for ever: it is taken over. Qt
// already takes over a lock whose process on this computer is gone.
bool DiaryLock::takeOverAbandonedLock()
{
    const QString path = filePath(m_path);
    const QFileInfo lock(path);
    const qint64 ageSeconds = lock.lastModified().secsTo(QDateTime::currentDateTime());
    qint64 pid = 0;
    QString host, app;
    const bool named = m_lock->getLockInfo(&pid, &host, &app) && pid > 0;
    const bool abandoned = (!named && ageSeconds >= AbandonedLockSeconds)
            || (named && host != QSysInfo::machineHostName() && ageSeconds >= ForeignLockSeconds);
    // A removal interrupted by a kill leaves its own marker behind; it too is abandoned.
    const QFileInfo removal(path + QStringLiteral(".rmlock"));
    if (removal.exists() && removal.lastModified().secsTo(QDateTime::currentDateTime()) >= AbandonedLockSeconds)
        QFile::remove(removal.filePath());
    return abandoned && m_lock->removeStaleLockFile();
}

DiaryLock::DiaryLock(const QString &diaryPath)
    : m_path(diaryPath)
{
    m_lock = std::make_unique<QLockFile>(filePath(m_path));
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone (see takeOverAbandonedLock)
    // Writers wait for one another for a moment: two `log` commands at once both succeed.
    if (waitForLock(*m_lock, LockWaitMilliseconds))
        return;
    if (m_lock->error() == QLockFile::LockFailedError && takeOverAbandonedLock() && m_lock->tryLock(0))
        return;
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        throw StoreError(StoreError::Kind::Locked,
                         Text::tr("%1 is already open in another Cramp Diary (process %2). Close it there "
                                  "first; the diary was not changed.")
                                 .arg(m_path)
                                 .arg(pid));
    }
    if (DiskSpace::nearlyFull(m_path))
        throw StoreError(StoreError::Kind::DiskFull,
                         Text::tr("There is no room left on the disk beside %1, not even for its lock file. Nothing "
                                  "was changed; free some space and try again.")
                                 .arg(m_path));
    throw StoreError(StoreError::Kind::CannotOpen,
                     Text::tr("Cannot create the lock file %1 next to the diary.").arg(filePath(m_path)));
}
