#include "core/store/DiaryFile.h"

#include "core/store/DiaryFormat.h"
#include "core/store/DiaryHeader.h"
#include "core/store/DiaryLock.h"
#include "core/store/ForeignValues.h"
#include "core/store/IntegrityLedger.h"
#include "core/store/RepairSwap.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/Statement.h"
#include "core/store/StoreError.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
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

QString sqliteUri(const QString &path, const QString &parameters)
{
    QString uri = QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
    if (!parameters.isEmpty())
        uri += QLatin1Char('?') + parameters;
    return uri;
}
} // namespace

DiaryFile::DiaryFile(const QString &path, Access access)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_readOnly(access == Access::ReadOnly)
{
    if (RepairSwap::isPending(m_path)) {
        // A repair was killed after its copy was complete: a writer finishes it first, a
        // viewer would read a diary halfway through the swap.
        if (m_readOnly)
            throw StoreError(StoreError::Kind::CannotOpen,
                             Text::tr("A repair of %1 was interrupted. It is finished by the next command that "
                                      "writes, or by opening the diary in the window; nothing was lost.")
                                     .arg(m_path));
        const DiaryLock lock(m_path);
        RepairSwap::finishPending(m_path);
    }
    const QFileInfo info(m_path);
    std::optional<DiaryHeader> header;
    m_logAtOpen = QFileInfo::exists(m_path + QStringLiteral("-wal"));
    if (info.exists()) {
        if (info.isDir())
            throw StoreError(StoreError::Kind::CannotOpen, Text::tr("%1 is a folder, not a diary file.").arg(m_path));
        if (!isRegularFile(m_path)) // a FIFO would block for ever, a device never ends
            throw StoreError(StoreError::Kind::NotADiary,
                             Text::tr("%1 is not a regular file (it is a device or a pipe), so it cannot be a diary. "
                                      "It was left untouched.")
                                     .arg(m_path));
        if (!info.isReadable())
            throw StoreError(StoreError::Kind::CannotOpen, Text::tr("You are not allowed to read %1.").arg(m_path));
        header = DiaryHeader::read(m_path);
        if (!header && m_readOnly)
            throw StoreError(StoreError::Kind::CannotOpen,
                             Text::tr("%1 is empty: it holds no diary yet. It was left untouched.").arg(m_path));
        if (header && !m_logAtOpen)
            refuseByHeader(*header); // no log holds newer pages, so the header tells the truth
        if (!m_readOnly && !userMayWrite(info)) {
            m_readOnly = true;
            m_readOnlyReason = Text::tr("The file is read-only, so the diary is open for viewing only; "
                                        "changes cannot be saved.");
        } else if (!m_readOnly && !userMayWrite(QFileInfo(info.absolutePath()))) {
            // SQLite needs to create its journal next to the file.
            m_readOnly = true;
            m_readOnlyReason = Text::tr("The folder holding the diary is read-only, so the diary is open "
                                        "for viewing only; changes cannot be saved.");
        }
    } else {
        if (m_readOnly)
            throw StoreError(StoreError::Kind::CannotOpen, Text::tr("There is no diary at %1.").arg(m_path));
        // Never start an empty diary where a repair left the only copies of the real one.
        if (const QStringList beside = RepairSwap::leftBeside(m_path); !beside.isEmpty())
            throw StoreError(StoreError::Kind::CannotOpen,
                             Text::tr("There is no diary at %1, but %2 is beside it, left by a repair. Nothing was "
                                      "created: rename that copy to %1 to go on with it, or move it away to "
                                      "start a new diary.")
                                     .arg(m_path, beside.join(QStringLiteral(", "))));
        if (!QDir().mkpath(info.absolutePath()))
            throw StoreError(StoreError::Kind::CannotOpen,
                             Text::tr("Cannot create the folder %1 for the diary.").arg(info.absolutePath()));
    }

    if (!m_readOnly) {
        m_lock = std::make_unique<DiaryLock>(m_path);
        removeInterruptedBackups(); // only the lock holder may, so no copy in progress is touched
        removeAbandonedRestores();
    }
    // A log found at open may not be this file's (another diary's, put beside it): until the
    // file has passed the checks, closing must not write that log into it, so a refused
    // diary is left exactly as it was, its log files included.
    const QString shm = m_path + QStringLiteral("-shm");
    const bool shmAtOpen = QFileInfo::exists(shm);
    const bool existedAtOpen = info.exists();
    try {
        m_db = connect();
        if (m_logAtOpen)
            sqlite3_db_config(m_db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        inspectAndUpgrade();
    } catch (const StoreError &) {
        // Refused: the file stays as it was. Closing writes nothing into it, and the log files
        // this open made go: a log made here holds at most upgrade steps, never yet written
        // into the file (no automatic checkpoint during the open), so they are undone with it.
        if (m_db)
            sqlite3_db_config(m_db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        m_db.reset();
        if (!m_logAtOpen)
            QFile::remove(m_path + QStringLiteral("-wal"));
        if (!shmAtOpen)
            QFile::remove(shm);
        if (!existedAtOpen && !m_readOnly)
            QFile::remove(m_path); // made by this open, holding nothing of the person's
        throw;
    }
    if (m_logAtOpen)
        sqlite3_db_config(m_db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    if (!m_readOnly)
        m_db->execute(QStringLiteral("PRAGMA wal_autocheckpoint = 1000")); // SQLite's default
}

bool DiaryFile::isRegularFile(const QString &path)
{
    struct stat status {
    };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && S_ISREG(status.st_mode);
}

// Viewing must leave no -wal or -shm behind. With no log beside the file nobody is writing:
// where we may write, a normal connection tidies its own log away when it closes (and
// query_only keeps it from writing); where we may not, nobody else can write either, so
// SQLite reads the file as immutable and creates nothing. A log already there belongs to
// a running or crashed writer, and SQLite must read through it.
std::unique_ptr<Database> DiaryFile::connect() const
{
    if (!m_readOnly)
        return std::make_unique<Database>(sqliteUri(m_path, {}), Database::Mode::ReadWrite);
    const QFileInfo info(m_path);
    if (QFileInfo::exists(m_path + QStringLiteral("-wal")))
        return std::make_unique<Database>(sqliteUri(m_path, QStringLiteral("mode=ro")), Database::Mode::ReadOnly);
    if (userMayWrite(info) && userMayWrite(QFileInfo(info.absolutePath()))) {
        auto db = std::make_unique<Database>(sqliteUri(m_path, {}), Database::Mode::ReadWrite);
        db->execute(QStringLiteral("PRAGMA query_only = ON"));
        return db;
    }
    return std::make_unique<Database>(sqliteUri(m_path, QStringLiteral("mode=ro&immutable=1")),
                                      Database::Mode::ReadOnly);
}

void DiaryFile::refuseByHeader(const DiaryHeader &header) const
{
    const bool ours = header.applicationId == DiaryFormat::ApplicationId;
    const bool blank = header.applicationId == 0 && header.userVersion == 0 && header.pageCount.value_or(1) <= 1;
    if (!ours && !blank)
        throw StoreError(
                StoreError::Kind::NotADiary,
                Text::tr("%1 is a database of another program, not a Cramp Diary. It was left untouched.").arg(m_path));
    refuseVersion(header.userVersion);
    if (!header.isComplete())
        throw StoreError(StoreError::Kind::Damaged,
                         Text::tr("%1 is damaged (the file is cut short). It was left untouched; "
                                  "`cramp-diary check --repair` can save what is readable.")
                                 .arg(m_path));
}

void DiaryFile::refuseVersion(qint64 version) const
{
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
}

DiaryFile::~DiaryFile()
{
    m_db.reset(); // the last connection to close writes its log into the file and removes it
    // A log still there belongs to another writer, which records the file when it closes.
    if (!QFileInfo::exists(m_path + QStringLiteral("-wal")))
        IntegrityLedger().recordAsLeft(m_path);
}

QString DiaryFile::lockFilePath(const QString &diaryPath)
{
    return DiaryLock::filePath(diaryPath);
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
        if (error.kind() == StoreError::Kind::DiskFull)
            throw; // not damage: the file was not even read
        throw StoreError(StoreError::Kind::Damaged,
                         Text::tr("%1 cannot be read as a diary: the file is damaged. It was left untouched; "
                                  "`cramp-diary check --repair` can save what is readable.")
                                 .arg(m_path),
                         error.detail());
    }

    const bool isNew = applicationId == 0 && version == 0 && objects == 0;
    if (!isNew && applicationId != DiaryFormat::ApplicationId)
        throw StoreError(
                StoreError::Kind::NotADiary,
                Text::tr("%1 is a database of another program, not a Cramp Diary. It was left untouched.").arg(m_path));
    refuseVersion(version);
    const int latest = SchemaMigrator::latestVersion();

    // The structure and SQLite's quick check (which reads every page: 280 ms for 100,000
    // cramps) are checked only when the file may not be as a clean close left it: a log
    // left by an unclean shutdown, an upgrade to come, or a file changed since this app last
    // closed it (another program, a copy put in its place).
    if (!isNew && (m_logAtOpen || version < latest || !IntegrityLedger().isAsLeft(m_path))) {
        const QStringList missing = SchemaMigrator::missingTables(*m_db, version);
        if (!missing.isEmpty())
            throw StoreError(StoreError::Kind::Damaged,
                             Text::tr("%1 is damaged: parts of the diary are missing (%2), perhaps removed by another "
                                      "program. It was left untouched; `cramp-diary check --repair` can save what "
                                      "is there.")
                                     .arg(m_path, missing.join(QStringLiteral(", "))));
        const QStringList foreign = SchemaMigrator::foreignObjects(*m_db, version);
        if (!foreign.isEmpty())
            throw StoreError(StoreError::Kind::Damaged,
                             Text::tr("%1 holds things Cramp Diary did not put there (%2), added by another program; "
                                      "they could change the diary behind its back. It was left untouched; "
                                      "`cramp-diary check --repair` makes a copy without them.")
                                     .arg(m_path, foreign.join(QStringLiteral(", "))));
        ForeignValues::refuse(*m_db, m_path); // no view is handed what no writer would write
        quickCheck();
    }

    if (m_readOnly) {
        if (isNew)
            throw StoreError(StoreError::Kind::CannotOpen,
                             Text::tr("%1 holds no diary yet. It was left untouched.").arg(m_path));
        if (version < latest)
            viewUpgradedInMemory(version);
        return;
    }

    m_db->execute(QStringLiteral("PRAGMA journal_mode = WAL"));
    // Each commit reaches the disk before it is acknowledged, whatever the system library's
    // default: a cramp logged at 3 a.m. survives a power cut a second later.
    m_db->execute(QStringLiteral("PRAGMA synchronous = FULL"));
    // Nothing reaches the file itself until the open has succeeded (see the constructor).
    m_db->execute(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    m_db->execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (version < latest) {
        if (!isNew)
            makeBackup(version);
        SchemaMigrator::migrate(*m_db, version, latest);
    }
}

void DiaryFile::writeOutLog()
{
    Statement checkpoint(*m_db, "PRAGMA wal_checkpoint(TRUNCATE)");
    // One row: whether it was blocked, the log's frames, the frames written into the file.
    if (!checkpoint.step() || checkpoint.integer(0) != 0 || checkpoint.integer(1) != checkpoint.integer(2))
        throw StoreError(StoreError::Kind::Io,
                         Text::tr("The diary could not be written completely into %1.").arg(m_path));
}

void DiaryFile::quickCheck()
{
    Statement check(*m_db, "PRAGMA quick_check");
    bool ok = false;
    try {
        ok = check.step() && check.text(0) == QLatin1StringView("ok");
    } catch (const StoreError &) {
        ok = false;
    }
    if (!ok)
        throw StoreError(StoreError::Kind::Damaged,
                         Text::tr("%1 is damaged or holds entries that break the diary's rules. It was left "
                                  "untouched; `cramp-diary check` names what is wrong and `cramp-diary check "
                                  "--repair` keeps every good entry in a repaired diary.")
                                 .arg(m_path));
}

// An older diary opened for viewing is upgraded in a copy held in memory: the file keeps
// its format until someone opens it for writing (which first makes a backup copy).
void DiaryFile::viewUpgradedInMemory(int version)
{
    auto memory = std::make_unique<Database>(QStringLiteral(":memory:"), Database::Mode::ReadWrite);
    memory->copyFrom(*m_db);
    SchemaMigrator::migrate(*memory, version, SchemaMigrator::latestVersion());
    memory->execute(QStringLiteral("PRAGMA query_only = ON"));
    m_db = std::move(memory);
    const QString older = Text::tr("It was written by an older version of Cramp Diary and is shown as this version "
                                   "reads it, without changing the file.");
    m_readOnlyReason = m_readOnlyReason.isEmpty() ? older : m_readOnlyReason + QLatin1Char(' ') + older;
}

void DiaryFile::removeInterruptedBackups() const
{
    const QFileInfo diary(m_path);
    const QString pattern = diary.fileName() + QStringLiteral(".v*.bak") + partialSuffix() + QLatin1Char('*');
    const QDir folder = diary.absoluteDir();
    for (const QString &name : folder.entryList({ pattern }, QDir::Files | QDir::Hidden))
        QFile::remove(folder.filePath(name));
}

void DiaryFile::removeAbandonedRestores() const
{
    // A restore writes NAME.restoring under its own lock and renames it when complete; one
    // whose lock nobody holds was killed part-way. Any writer in the folder clears it away.
    const QDir folder = QFileInfo(m_path).absoluteDir();
    const QString restoring = QStringLiteral(".restoring");
    for (const QString &name : folder.entryList({ QLatin1Char('*') + restoring }, QDir::Files | QDir::Hidden)) {
        const QString partial = folder.filePath(name);
        if (QFileInfo(partial) == QFileInfo(m_path))
            continue; // this very restore
        QLockFile lock(DiaryLock::filePath(partial));
        if (!lock.tryLock(0))
            continue; // a restore still running
        for (const QString &suffix :
             { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
            QFile::remove(partial + suffix);
    }
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
