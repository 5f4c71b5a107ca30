#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// Owns one SQLite connection. Errors become StoreError; nothing here knows the schema.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    Database(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    Mode mode() const { return m_mode; }

    // Runs SQL that takes no parameters (pragmas, schema scripts).
    void execute(const QString &sql);
    qint64 lastInsertId() const;
    int changes() const;

    // A prepared statement for `sql`, kept from its last use when there is one: a bulk import
    // or restore prepares each kind of statement once, not once a row. Statement does this.
    sqlite3_stmt *prepare(const char *sql);
    void giveBack(sqlite3_stmt *statement); // reset, and kept for the next use
    // Nested transactions are savepoints named by their depth, so their SQL is prepared once.
    int enterSavepoint() { return ++m_savepointDepth; }
    void leaveSavepoint() { --m_savepointDepth; }

    // Copies every page of `source` into this (an in-memory view of a file, for example).
    void copyFrom(Database &source);

    // Throws a StoreError built from the connection's last error, in plain words.
    [[noreturn]] void throwLastError() const;
    // What an SQLite result code means for a person, without SQL.
    static QString plainReason(int extendedCode);

private:
    sqlite3 *m_db = nullptr;
    Mode m_mode;
    QHash<QByteArray, sqlite3_stmt *> m_prepared; // by their SQL, none of them in use
    int m_savepointDepth = 0;
};
