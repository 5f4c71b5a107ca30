#include "core/store/MedicationRecords.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"
#include "core/store/Statement.h"

#include <QHash>

using namespace SqlValues;

QList<Medication> MedicationRecords::all() const
{
    QList<Medication> result;
    QHash<qint64, qsizetype> indexById;
    Statement select(m_db, "SELECT id, name, drug_class, dose FROM medications ORDER BY name COLLATE NOCASE, id");
    while (select.step()) {
        Medication m;
        m.id = select.int64(0);
        m.name = select.text(1);
        m.drugClass = fromKey<DrugClass>(select.text(2)).value_or(DrugClass::Other);
        m.dose = select.text(3);
        indexById.insert(m.id, result.size());
        result.append(m);
    }
    Statement periods(m_db, "SELECT medication_id, started, stopped FROM medication_periods ORDER BY started, id");
    while (periods.step()) {
        MedicationPeriod period { dateFrom(periods.text(1)), std::nullopt };
        if (!periods.isNull(2))
            period.stopped = dateFrom(periods.text(2));
        result[indexById.value(periods.int64(0))].periods.append(period);
    }
    return result;
}

qint64 MedicationRecords::insert(const Medication &medication)
{
    Statement(m_db, "INSERT INTO medications (name, drug_class, dose, id) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, medication.name.trimmed())
            .bind(2, toKey(medication.drugClass))
            .bind(3, medication.dose.trimmed())
            .bind(4, medication.id > 0 ? std::optional<qint64>(medication.id) : std::nullopt)
            .run();
    const qint64 id = m_db.lastInsertId();
    writePeriods(medication, id);
    return id;
}

bool MedicationRecords::update(const Medication &medication)
{
    Statement(m_db, "UPDATE medications SET name = ?1, drug_class = ?2, dose = ?3 WHERE id = ?4")
            .bind(1, medication.name.trimmed())
            .bind(2, toKey(medication.drugClass))
            .bind(3, medication.dose.trimmed())
            .bind(4, medication.id)
            .run();
    if (m_db.changes() == 0)
        return false;
    Statement(m_db, "DELETE FROM medication_periods WHERE medication_id = ?1").bind(1, medication.id).run();
    writePeriods(medication, medication.id);
    return true;
}

void MedicationRecords::writePeriods(const Medication &medication, qint64 id)
{
    for (const MedicationPeriod &period : medication.periods) {
        Statement(m_db, "INSERT INTO medication_periods (medication_id, started, stopped) VALUES (?1, ?2, ?3)")
                .bind(1, id)
                .bind(2, isoDate(period.started))
                .bind(3, period.stopped ? std::optional<QString>(isoDate(*period.stopped)) : std::nullopt)
                .run();
    }
}

void MedicationRecords::remove(qint64 id)
{
    Statement(m_db, "DELETE FROM medications WHERE id = ?1").bind(1, id).run();
}
