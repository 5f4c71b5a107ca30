#pragma once

#include "core/domain/Medication.h"

#include <QList>

class Database;

// Medicines and the periods they were taken, as rows in and out. Runs inside the caller's
// transaction; checks no rules (DiaryRepository does).
class MedicationRecords
{
public:
    explicit MedicationRecords(Database &db)
        : m_db(db)
    {
    }

    QList<Medication> all() const; // by name
    qint64 insert(const Medication &medication); // keeps medication.id when set (restoring)
    bool update(const Medication &medication); // false when the row no longer exists
    void remove(qint64 id);

private:
    void writePeriods(const Medication &medication, qint64 id);

    Database &m_db;
};
