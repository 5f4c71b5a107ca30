#pragma once

#include "core/domain/FactorKind.h"
#include "core/domain/NightLog.h"

#include <optional>

#include <QHash>
#include <QList>

class Database;

// The check-in tables (night_logs, night_factor_values, night_medications) as rows in and
// out. Runs inside the caller's transaction; checks no rules (DiaryRepository does).
class NightLogRecords
{
public:
    explicit NightLogRecords(Database &db)
        : m_db(db)
    {
    }

    void replace(const NightLog &log); // the night's log as a whole
    bool remove(QDate night);
    // Logs of first..last, oldest first; `kinds` tells yes/no values from numbers.
    QList<NightLog> inNights(QDate first, QDate last, const QHash<qint64, FactorKind> &kinds) const;
    std::optional<QDate> earliestNight() const;

private:
    Database &m_db;
};
