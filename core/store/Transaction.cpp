#include "core/store/Transaction.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <sqlite3.h>

#include <QString>

// Every statement here is prepared once and kept (Database::prepare): a restore of 100,000
// cramps opens and releases a savepoint for each.
Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (sqlite3_get_autocommit(m_db.handle())) {
        Statement(m_db, "BEGIN IMMEDIATE").run();
    } else {
        m_savepoint = "sp" + QByteArray::number(m_db.enterSavepoint());
        try {
            Statement(m_db, QByteArray("SAVEPOINT " + m_savepoint).constData()).run();
        } catch (...) {
            m_db.leaveSavepoint();
            throw;
        }
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
        m_db.leaveSavepoint();
    }
}

void Transaction::commit()
{
    if (m_savepoint.isEmpty()) {
        Statement(m_db, "COMMIT").run();
    } else {
        Statement(m_db, QByteArray("RELEASE " + m_savepoint).constData()).run();
        m_db.leaveSavepoint();
    }
    m_done = true;
}
