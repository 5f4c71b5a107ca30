#include "core/store/NoCrampNightRecords.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"
#include "core/store/Statement.h"

#include <QDateTime>

using namespace SqlValues;

QList<QDate> NoCrampNightRecords::all() const
{
    QList<QDate> nights;
    Statement select(m_db, "SELECT night FROM no_cramp_nights ORDER BY night");
    while (select.step())
        nights.append(dateFrom(select.text(0)));
    return nights;
}

void NoCrampNightRecords::insert(QDate night)
{
    Statement(m_db, "INSERT OR IGNORE INTO no_cramp_nights (night, recorded_utc) VALUES (?1, ?2)")
            .bind(1, isoDate(night))
            .bind(2, QDateTime::currentSecsSinceEpoch())
            .run();
}

void NoCrampNightRecords::remove(QDate night)
{
    Statement(m_db, "DELETE FROM no_cramp_nights WHERE night = ?1").bind(1, isoDate(night)).run();
}
