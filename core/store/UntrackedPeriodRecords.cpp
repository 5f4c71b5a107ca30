#include "core/store/UntrackedPeriodRecords.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"
#include "core/store/Statement.h"

using namespace SqlValues;

QList<UntrackedPeriod> UntrackedPeriodRecords::all() const
{
    QList<UntrackedPeriod> result;
    Statement select(m_db, "SELECT id, first_night, last_night, reason FROM untracked_periods ORDER BY first_night");
    while (select.step())
        result.append({ select.int64(0), dateFrom(select.text(1)), dateFrom(select.text(2)), select.text(3) });
    return result;
}

qint64 UntrackedPeriodRecords::insert(const UntrackedPeriod &period)
{
    Statement(m_db, "INSERT INTO untracked_periods (first_night, last_night, reason, id) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, isoDate(period.firstNight))
            .bind(2, isoDate(period.lastNight))
            .bind(3, period.reason)
            .bind(4, period.id > 0 ? std::optional<qint64>(period.id) : std::nullopt)
            .run();
    return m_db.lastInsertId();
}

void UntrackedPeriodRecords::remove(qint64 id)
{
    Statement(m_db, "DELETE FROM untracked_periods WHERE id = ?1").bind(1, id).run();
}
