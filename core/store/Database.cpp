#include "core/store/Database.h"

#include "core/store/StoreError.h"

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
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_URI, nullptr);
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
    sqlite3_close_v2(m_db);
}

void Database::execute(const QString &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        sqlite3_free(error);
        throwLastError(Text::tr("Running a statement"));
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

void Database::throwLastError(const QString &context) const
{
    const int code = sqlite3_extended_errcode(m_db);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
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
    throw StoreError(kind, Text::tr("%1 failed: %2").arg(context, detail));
}
