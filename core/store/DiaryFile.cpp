#include "core/store/DiaryFile.h"

#include "core/store/DiaryFormat.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/Statement.h"
#include "core/store/StoreError.h"

#include <unistd.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QUrl>

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiaryFile)
};

// A file the user marked read-only stays read-only, even for root, who could write it.
bool userMayWrite(const QFileInfo &info)
{
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner)
            && ::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK) == 0;
}

QString sqliteUri(const QString &path, bool readOnly)
{
    QString uri = QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
    if (readOnly)
        uri += QStringLiteral("?mode=ro");
    return uri;
}
} // namespace

DiaryFile::DiaryFile(const QString &path, Access access)
    : m_path(QFileInfo(path).absoluteFilePath())
{
    const QFileInfo info(m_path);
    bool readOnly = access == Access::ReadOnly;
    if (info.exists()) {
        if (info.isDir())
            throw StoreError(StoreError::Kind::CannotOpen, Text::tr("%1 is a folder, not a diary file.").arg(m_path));
        if (!info.isReadable())
            throw StoreError(StoreError::Kind::CannotOpen, Text::tr("You are not allowed to read %1.").arg(m_path));
        checkHeader();
        if (!readOnly && !userMayWrite(info)) {
            readOnly = true;
            m_readOnlyReason = Text::tr("The file is read-only, so the diary is open for viewing only; "
                                        "changes cannot be saved.");
        } else if (!readOnly && !userMayWrite(QFileInfo(info.absolutePath()))) {
            // SQLite needs to create its journal next to the file.
            readOnly = true;
            m_readOnlyReason = Text::tr("The folder holding the diary is read-only, so the diary is open "
                                        "for viewing only; changes cannot be saved.");
        }
    } else {
        if (readOnly)
            throw StoreError(StoreError::Kind::CannotOpen, Text::tr("There is no diary at %1.").arg(m_path));
        if (!QDir().mkpath(info.absolutePath()))
            throw StoreError(StoreError::Kind::CannotOpen,
                             Text::tr("Cannot create the folder %1 for the diary.").arg(info.absolutePath()));
    }

    if (!readOnly) {
        acquireLock();
        removeInterruptedBackups(); // only the lock holder may, so no copy in progress is touched
    }
    m_db = std::make_unique<Database>(sqliteUri(m_path, readOnly),
                                      readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    inspectAndUpgrade();
}

DiaryFile::~DiaryFile() = default;

QString DiaryFile::lockFilePath(const QString &diaryPath)
{
    return diaryPath + QStringLiteral(".lock");
}

void DiaryFile::checkHeader() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::CannotOpen, Text::tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    if (file.size() == 0)
        return; // an empty file becomes a new diary
    static const QByteArray sqliteMagic("SQLite format 3\0", 16);
    if (file.read(16) != sqliteMagic)
        throw StoreError(StoreError::Kind::NotADiary,
                         Text::tr("%1 is not a Cramp Diary file. It was left untouched.").arg(m_path));
    if (file.size() < 512)
        throw StoreError(StoreError::Kind::Damaged,
                         Text::tr("%1 is damaged (the file is cut short). It was left untouched.").arg(m_path));
}

// A lock file that names no process (a writer killed while creating it: empty or unreadable),
// or another computer's lock left for an hour, blocks nobody for ever: it is taken over. Qt
// already takes over a lock whose process on this computer is gone.
bool DiaryFile::takeOverAbandonedLock()
{
    const QString path = lockFilePath(m_path);
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

void DiaryFile::acquireLock()
{
    m_lock = std::make_unique<QLockFile>(lockFilePath(m_path));
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone (see takeOverAbandonedLock)
    // Writers wait for one another for a moment: two `log` commands at once both succeed.
    if (m_lock->tryLock(LockWaitMilliseconds))
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
    throw StoreError(StoreError::Kind::CannotOpen,
                     Text::tr("Cannot create the lock file %1 next to the diary.").arg(lockFilePath(m_path)));
}

void DiaryFile::inspectAndUpgrade()
{
    int applicationId = 0;
    int version = 0;
    int objects = 0;
    try {
        Statement appId(*m_db, "PRAGMA application_id");
        appId.step();
        applicationId = appId.integer(0);
        Statement userVersion(*m_db, "PRAGMA user_version");
        userVersion.step();
        version = userVersion.integer(0);
        Statement count(*m_db, "SELECT count(*) FROM sqlite_schema");
        count.step();
        objects = count.integer(0);
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::NotADiary)
            throw StoreError(error.kind(),
                             Text::tr("%1 is not a Cramp Diary file. It was left untouched.").arg(m_path));
        throw StoreError(
                StoreError::Kind::Damaged,
                Text::tr("%1 cannot be read as a diary (%2). It was left untouched.").arg(m_path, error.message()));
    }

    const bool isNew = applicationId == 0 && version == 0 && objects == 0;
    if (!isNew && applicationId != DiaryFormat::ApplicationId)
        throw StoreError(
                StoreError::Kind::NotADiary,
                Text::tr("%1 is a database of another program, not a Cramp Diary. It was left untouched.").arg(m_path));
    const int latest = SchemaMigrator::latestVersion();
    if (version < 0)
        throw StoreError(StoreError::Kind::Damaged,
                         Text::tr("%1 names a diary format that does not exist (%2). It was left untouched.")
                                 .arg(m_path)
                                 .arg(version));
    if (version > latest)
        throw StoreError(StoreError::Kind::NewerVersion,
                         Text::tr("%1 was written by a newer version of Cramp Diary (diary format %2; this app "
                                  "reads up to %3). Please update the app; the diary was left untouched.")
                                 .arg(m_path)
                                 .arg(version)
                                 .arg(latest));

    if (!isNew) {
        Statement check(*m_db, "PRAGMA quick_check");
        bool ok = false;
        try {
            ok = check.step() && check.text(0) == QLatin1StringView("ok");
        } catch (const StoreError &) {
            ok = false;
        }
        if (!ok)
            throw StoreError(StoreError::Kind::Damaged,
                             Text::tr("%1 is damaged: SQLite's integrity check failed. It was left untouched; "
                                      "restore a backup or open another diary.")
                                     .arg(m_path));
    }

    if (m_db->mode() == Database::Mode::ReadOnly) {
        if (version < latest)
            throw StoreError(StoreError::Kind::ReadOnly,
                             Text::tr("%1 is from an older version of Cramp Diary and must be upgraded, but it "
                                      "is read-only. Make it writable and open it again.")
                                     .arg(m_path));
        m_db->execute(QStringLiteral("PRAGMA query_only = ON"));
        return;
    }

    m_db->execute(QStringLiteral("PRAGMA journal_mode = WAL"));
    m_db->execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (version < latest) {
        if (!isNew)
            makeBackup(version);
        SchemaMigrator::migrate(*m_db, version, latest);
    }
}

void DiaryFile::removeInterruptedBackups() const
{
    const QFileInfo diary(m_path);
    const QString pattern = diary.fileName() + QStringLiteral(".v*.bak") + partialSuffix() + QLatin1Char('*');
    const QDir folder = diary.absoluteDir();
    for (const QString &name : folder.entryList({ pattern }, QDir::Files | QDir::Hidden))
        QFile::remove(folder.filePath(name));
}

void DiaryFile::makeBackup(int version)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_backupPath = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(version).arg(stamp);
    // Written under a temporary name and renamed when complete: a copy cut short by a kill
    // never looks like a good backup, and the next open removes it.
    const QString partial = m_backupPath + partialSuffix();
    QFile::remove(partial);
    Statement backup(*m_db, "VACUUM INTO ?1");
    backup.bind(1, partial);
    try {
        backup.run();
        if (!QFile::rename(partial, m_backupPath))
            throw StoreError(StoreError::Kind::Io, Text::tr("cannot rename %1").arg(partial));
    } catch (const StoreError &error) {
        QFile::remove(partial);
        throw StoreError(StoreError::Kind::MigrationFailed,
                         Text::tr("The diary needs an upgrade, but the backup copy %1 could not be written "
                                  "(%2). Nothing was changed.")
                                 .arg(m_backupPath, error.message()));
    }
}
