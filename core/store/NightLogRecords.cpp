#include "core/store/NightLogRecords.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"
#include "core/store/Statement.h"

#include <algorithm>
#include <array>

#include <QTimeZone>

using namespace SqlValues;

void NightLogRecords::replace(const NightLog &log)
{
    const QString night = isoDate(log.night);
    Statement(m_db, "DELETE FROM night_logs WHERE night = ?1").bind(1, night).run();
    const QDateTime checkedIn = log.checkedInAt.isValid() ? log.checkedInAt : QDateTime::currentDateTimeUtc();
    Statement(m_db, "INSERT INTO night_logs (night, checked_in_utc, notes) VALUES (?1, ?2, ?3)")
            .bind(1, night)
            .bind(2, checkedIn.toSecsSinceEpoch())
            .bind(3, log.notes)
            .run();
    for (auto it = log.values.cbegin(); it != log.values.cend(); ++it) {
        Statement insert(m_db,
                         "INSERT INTO night_factor_values (night, factor_id, number_value, choice_value) "
                         "VALUES (?1, ?2, ?3, ?4)");
        insert.bind(1, night).bind(2, it.key());
        if (const auto *flag = std::get_if<bool>(&it.value()))
            insert.bind(3, *flag ? 1.0 : 0.0).bindNull(4);
        else if (const auto *number = std::get_if<double>(&it.value()))
            insert.bind(3, *number).bindNull(4);
        else
            insert.bindNull(3).bind(4, std::get<QString>(it.value()));
        insert.run();
    }
    for (qint64 medicationId : log.medicationIds) {
        Statement(m_db, "INSERT INTO night_medications (night, medication_id) VALUES (?1, ?2)")
                .bind(1, night)
                .bind(2, medicationId)
                .run();
    }
}

bool NightLogRecords::remove(QDate night)
{
    Statement(m_db, "DELETE FROM night_logs WHERE night = ?1").bind(1, isoDate(night)).run();
    return m_db.changes() > 0;
}

// Three ordered reads walked side by side: the values and medicines of a night follow its
// check-in, so each row finds its night by moving forward, not by a lookup per row.
QList<NightLog> NightLogRecords::inNights(QDate first, QDate last, const QHash<qint64, FactorKind> &kinds) const
{
    const QString from = isoDate(first);
    const QString to = isoDate(last);
    QList<NightLog> logs;
    Statement select(m_db,
                     "SELECT night, checked_in_utc, notes FROM night_logs "
                     "WHERE night BETWEEN ?1 AND ?2 ORDER BY night");
    select.bind(1, from).bind(2, to);
    const QTimeZone utc = QTimeZone::utc();
    while (select.step()) {
        NightLog &log = logs.emplace_back();
        log.night = select.isoDate(0);
        log.checkedInAt = QDateTime::fromSecsSinceEpoch(select.int64(1), utc);
        if (!select.utf8(2).isEmpty())
            log.notes = select.text(2);
    }
    // Rows of one night follow each other: its date is read from the text once.
    struct NightCursor {
        QList<NightLog> &logs;
        qsizetype at = 0;
        std::array<char, 10> text {}; // the last night's YYYY-MM-DD
        NightLog *found = nullptr;

        NightLog *operator()(const Statement &row)
        {
            const QByteArrayView night = row.utf8(0);
            if (night == QByteArrayView(text.data(), text.size()))
                return found;
            std::copy_n(night.data(), std::min<qsizetype>(night.size(), qsizetype(text.size())), text.begin());
            const QDate date = row.isoDate(0);
            while (at < logs.size() && logs[at].night < date)
                ++at;
            found = at < logs.size() && logs[at].night == date ? &logs[at] : nullptr;
            return found;
        }
    };
    Statement values(m_db,
                     "SELECT night, factor_id, number_value, choice_value FROM night_factor_values "
                     "WHERE night BETWEEN ?1 AND ?2 ORDER BY night, factor_id");
    values.bind(1, from).bind(2, to);
    NightCursor valueLog { logs };
    while (values.step()) {
        NightLog *log = valueLog(values);
        if (!log)
            continue; // cannot happen: a value belongs to its check-in (a foreign key)
        const qint64 factorId = values.int64(1);
        // In factor order, so each goes at the map's end.
        if (!values.isNull(3))
            log->values.insert(log->values.cend(), factorId, values.text(3));
        else if (kinds.value(factorId) == FactorKind::YesNo)
            log->values.insert(log->values.cend(), factorId, values.real(2) != 0.0);
        else
            log->values.insert(log->values.cend(), factorId, values.real(2));
    }
    Statement medications(m_db,
                          "SELECT night, medication_id FROM night_medications "
                          "WHERE night BETWEEN ?1 AND ?2 ORDER BY night, medication_id");
    medications.bind(1, from).bind(2, to);
    NightCursor medicationLog { logs };
    while (medications.step()) {
        if (NightLog *log = medicationLog(medications))
            log->medicationIds.append(medications.int64(1));
    }
    return logs;
}

std::optional<QDate> NightLogRecords::earliestNight() const
{
    Statement earliest(m_db, "SELECT min(night) FROM night_logs");
    if (!earliest.step() || earliest.isNull(0))
        return std::nullopt;
    return dateFrom(earliest.text(0));
}
