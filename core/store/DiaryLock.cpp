#include "core/store/DiaryLock.h"

#include "core/domain/DiskSpace.h"
#include "core/store/StoreError.h"

#include <cerrno>
#include <signal.h>

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

QString &work()
{
    static QString value;
    return value;
}

std::function<void(const QString &)> &waitNotice()
{
    static std::function<void(const QString &)> value;
    return value;
}

int &patienceMilliseconds()
{
    static int value = DiaryLock::DefaultPatienceMilliseconds;
    return value;
}

QString workFilePath(const QString &diaryPath)
{
    return DiaryLock::filePath(diaryPath) + QStringLiteral("-work");
}
} // namespace

DiaryLock::~DiaryLock()
{
    if (m_markedWriting)
        QFile::remove(workFilePath(m_path)); // before the lock goes, so no waiter reads it stale
}

QString DiaryLock::filePath(const QString &diaryPath)
{
    return diaryPath + QStringLiteral(".lock");
}

void DiaryLock::setPatience(int milliseconds)
{
    patienceMilliseconds() = milliseconds;
}

int DiaryLock::patience()
{
    return patienceMilliseconds();
}

void DiaryLock::setWork(const QString &what)
{
    work() = what;
}

void DiaryLock::setWaitNotice(std::function<void(const QString &)> notice)
{
    waitNotice() = std::move(notice);
}

// QLockFile::tryLock(timeout) sleeps 100, 200, 400, 800 ms between its tries, so a writer
// can keep missing the short moments a busy writer leaves the lock free. Trying every few
// milliseconds, at a jittered pace so two waiters do not keep step, lets each have its turn.
// A command that is writing is waited for as long as it lives and writes; anything else
// holding the lock (a window) for a few seconds.
bool DiaryLock::waitForLock()
{
    QDeadlineTimer deadline(patience());
    bool told = false;
    for (;;) {
        if (m_lock->tryLock(0))
            return true;
        if (m_lock->error() != QLockFile::LockFailedError)
            return false;
        if (deadline.hasExpired()) {
            const QString writer = runningWriter();
            if (writer.isEmpty())
                return false;
            if (!told && waitNotice())
                waitNotice()(writer);
            told = true;
            deadline.setRemainingTime(patience());
        }
        QThread::msleep(2 + QRandomGenerator::global()->bounded(8));
    }
}

// The holder's own note of its work (its process number, then what it does), written
// just after it took the lock: a note naming another process is a finished writer's.
QString DiaryLock::runningWriter() const
{
    qint64 pid = 0;
    QString host, app;
    if (!m_lock->getLockInfo(&pid, &host, &app) || pid <= 0 || host != QSysInfo::machineHostName())
        return {};
    QFile note(workFilePath(m_path));
    if (!note.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(note.read(1024)).split(QLatin1Char('\n'));
    if (lines.value(0).toLongLong() != pid || lines.value(1).isEmpty())
        return {};
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return {};
    return Text::tr("Waiting for process %1 (%2) to finish writing to %3; the command goes on when it is done.")
            .arg(pid)
            .arg(lines.value(1), m_path);
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
    if (waitForLock()
        || (m_lock->error() == QLockFile::LockFailedError && takeOverAbandonedLock() && m_lock->tryLock(0))) {
        if (!work().isEmpty()) {
            QFile note(workFilePath(m_path));
            // Without the note (a full disk), waiting writers give up after a few seconds.
            m_markedWriting = note.open(QIODevice::WriteOnly | QIODevice::Truncate)
                    && note.write(
                               QStringLiteral("%1\n%2\n").arg(QCoreApplication::applicationPid()).arg(work()).toUtf8())
                            > 0;
        }
        return;
    }
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
