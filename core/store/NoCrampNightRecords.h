#pragma once

#include <QDate>
#include <QList>

class Database;

// Nights the person said had no cramps, as rows in and out. Runs inside the caller's
// transaction.
class NoCrampNightRecords
{
public:
    explicit NoCrampNightRecords(Database &db)
        : m_db(db)
    {
    }

    QList<QDate> all() const; // in order
    void insert(QDate night); // saying it twice keeps one row
    void remove(QDate night);

private:
    Database &m_db;
};
