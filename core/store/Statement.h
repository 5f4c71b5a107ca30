#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

class Database;
struct sqlite3_stmt;

// A prepared statement. Parameters are bound by 1-based index; step() returns true while
// there is a row. Reset happens on destruction, so statements can be short-lived locals.
class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bindNull(int index);
    template<typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    bool step();
    void run(); // steps once and expects no row

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step: for reading without a QString.
    QByteArrayView utf8(int column) const;
    // A date column as the store writes it (YYYY-MM-DD), read without a general parser.
    QDate isoDate(int column) const;
    std::optional<int> optionalInt(int column) const;
    std::optional<bool> optionalBool(int column) const;
    std::optional<QString> optionalText(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};
