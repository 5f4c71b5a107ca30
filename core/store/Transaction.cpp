#include "core/store/Transaction.h"

#include "core/store/Database.h"

#include <sqlite3.h>

#include <QString>

namespace {
int savepointCounter = 0;
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (sqlite3_get_autocommit(m_db.handle())) {
        m_db.execute(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = "sp" + QByteArray::number(++savepointCounter);
        m_db.execute(QStringLiteral("SAVEPOINT ") + QString::fromLatin1(m_savepoint));
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_savepoint.isEmpty()) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        const QByteArray sql = "ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint;
        sqlite3_exec(m_db.handle(), sql.constData(), nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    if (m_savepoint.isEmpty())
        m_db.execute(QStringLiteral("COMMIT"));
    else
        m_db.execute(QStringLiteral("RELEASE ") + QString::fromLatin1(m_savepoint));
    m_done = true;
}
