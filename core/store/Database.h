#pragma once

#include <QString>

struct sqlite3;

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

    // Copies every page of `source` into this (an in-memory view of a file, for example).
    void copyFrom(Database &source);

    // Throws a StoreError built from the connection's last error, in plain words.
    [[noreturn]] void throwLastError() const;
    // What an SQLite result code means for a person, without SQL.
    static QString plainReason(int extendedCode);

private:
    sqlite3 *m_db = nullptr;
    Mode m_mode;
};
