#pragma once

#include "core/domain/UntrackedPeriod.h"

#include <QList>

class Database;

// Periods marked as not tracked, as rows in and out. Runs inside the caller's transaction.
class UntrackedPeriodRecords
{
public:
    explicit UntrackedPeriodRecords(Database &db)
        : m_db(db)
    {
    }

    QList<UntrackedPeriod> all() const; // by first night
    qint64 insert(const UntrackedPeriod &period); // keeps period.id when set (restoring)
    void remove(qint64 id);

private:
    Database &m_db;
};
