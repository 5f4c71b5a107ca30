#pragma once

#include <QByteArray>

class Database;

// Starts a write transaction (BEGIN IMMEDIATE) or, inside one, a savepoint, and rolls
// back unless commit() was called: an exception anywhere in a user action leaves the
// diary as it was.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    QByteArray m_savepoint; // empty for an outermost transaction
    bool m_done = false;
};
