#include "core/store/Database.h"

#include "core/store/StoreError.h"

#include <cerrno>
#include <sqlite3.h>

#include <QCoreApplication>

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

Database::Database(const QString &path, Mode mode)
    : m_mode(mode)
{
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    // Each connection is used by one thread only, so SQLite's per-call mutex is not needed:
    // it cost about a tenth of reading a diary.
    const int rc
            = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(StoreError::Kind::CannotOpen, Text::tr("Cannot open %1: %2").arg(path, detail));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another process may briefly hold a write lock (the CLI while the window is open).
    sqlite3_busy_timeout(m_db, 2000);
}

Database::~Database()
{
    for (sqlite3_stmt *statement : std::as_const(m_prepared))
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_db);
}

sqlite3_stmt *Database::prepare(const char *sql)
{
    if (sqlite3_stmt *kept = m_prepared.take(QByteArray::fromRawData(sql, qsizetype(qstrlen(sql)))))
        return kept;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
        throwLastError();
    return statement;
}

void Database::giveBack(sqlite3_stmt *statement)
{
    constexpr qsizetype MostKept = 64; // the app has fewer kinds; this bounds SQL built at run time
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    const QByteArray sql(sqlite3_sql(statement)); // the text it was prepared from
    if (m_prepared.size() >= MostKept || m_prepared.contains(sql))
        sqlite3_finalize(statement); // the same SQL in use twice at once: one copy is kept
    else
        m_prepared.insert(sql, statement);
}

void Database::execute(const QString &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        sqlite3_free(error);
        throwLastError();
    }
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::copyFrom(Database &source)
{
    sqlite3_backup *copy = sqlite3_backup_init(m_db, "main", source.m_db, "main");
    if (!copy)
        throwLastError();
    sqlite3_backup_step(copy, -1);
    if (sqlite3_backup_finish(copy) != SQLITE_OK)
        throwLastError();
}

QString Database::plainReason(int extendedCode)
{
    switch (extendedCode) {
    case SQLITE_CONSTRAINT_CHECK: return Text::tr("a value is outside what the diary allows");
    case SQLITE_CONSTRAINT_NOTNULL: return Text::tr("a value the diary needs is missing");
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY: return Text::tr("the same entry is already in the diary");
    case SQLITE_CONSTRAINT_FOREIGNKEY: return Text::tr("it refers to an entry that is not in the diary");
    default: break;
    }
    switch (extendedCode & 0xff) {
    case SQLITE_CONSTRAINT: return Text::tr("an entry breaks one of the diary's rules");
    case SQLITE_READONLY: return Text::tr("the diary file cannot be written (it or its folder is read-only)");
    case SQLITE_CORRUPT: return Text::tr("the diary file is damaged (`cramp-diary check` says where)");
    case SQLITE_NOTADB: return Text::tr("the file is not a diary");
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Text::tr("another program kept the diary busy for too long");
    case SQLITE_FULL: return Text::tr("the disk is full");
    case SQLITE_IOERR: return Text::tr("the disk could not be read or written");
    case SQLITE_CANTOPEN: return Text::tr("the file could not be opened");
    case SQLITE_NOMEM: return Text::tr("the computer ran out of memory");
    case SQLITE_ERROR:
    case SQLITE_SCHEMA:
        return Text::tr("the diary's tables are not the ones this version of Cramp Diary writes (another "
                        "program may have changed the file; `cramp-diary check` says more)");
    default: return Text::tr("the database engine reported error %1").arg(extendedCode);
    }
}

void Database::throwLastError() const
{
    const int code = sqlite3_extended_errcode(m_db);
    const int primary = code & 0xff;
    StoreError::Kind kind = StoreError::Kind::Io;
    if (primary == SQLITE_CONSTRAINT)
        kind = StoreError::Kind::Rejected;
    else if (primary == SQLITE_READONLY)
        kind = StoreError::Kind::ReadOnly;
    else if (primary == SQLITE_CORRUPT)
        kind = StoreError::Kind::Damaged;
    else if (primary == SQLITE_NOTADB)
        kind = StoreError::Kind::NotADiary;
    else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        kind = StoreError::Kind::Locked;
    // A full disk shows as SQLITE_FULL, or as an I/O error (growing the -shm) whose cause is ENOSPC.
    if (primary == SQLITE_FULL || sqlite3_system_errno(m_db) == ENOSPC)
        throw StoreError(StoreError::Kind::DiskFull,
                         Text::tr("There is no room left on the disk that holds the diary. Nothing was changed; "
                                  "free some space and try again."),
                         QString::fromUtf8(sqlite3_errmsg(m_db)));
    // SQLite's own text quotes SQL; people get plain words, the exact text stays for checks.
    throw StoreError(
            kind, Text::tr("The diary could not be read or written: %1. Nothing was changed.").arg(plainReason(code)),
            QString::fromUtf8(sqlite3_errmsg(m_db)));
}
