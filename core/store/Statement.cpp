#include "core/store/Statement.h"

#include "core/store/Database.h"

#include <sqlite3.h>

Statement::Statement(Database &db, const char *sql)
    : m_db(db)
    , m_stmt(db.prepare(sql))
{
}

Statement::~Statement()
{
    m_db.giveBack(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_db.throwLastError();
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        m_db.throwLastError();
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_db.throwLastError();
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_db.throwLastError();
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db.throwLastError();
}

void Statement::run()
{
    while (step()) { }
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

QDate Statement::isoDate(int column) const
{
    const QByteArrayView text = utf8(column);
    const auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return QDate::fromString(QString::fromUtf8(text), Qt::ISODate); // not the store's spelling
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2)); // invalid when a part is not a number
}

std::optional<int> Statement::optionalInt(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<int>(integer(column));
}

std::optional<bool> Statement::optionalBool(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<bool>(int64(column) != 0);
}

std::optional<QString> Statement::optionalText(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<QString>(text(column));
}
