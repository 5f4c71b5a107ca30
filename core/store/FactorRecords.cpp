#include "core/store/FactorRecords.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"

namespace {
constexpr const char *FactorColumns
        = "SELECT id, builtin_key, name, kind, unit, choices, retired, split_at FROM factors ";

Factor readFactor(const Statement &s)
{
    Factor factor;
    factor.id = s.int64(0);
    factor.builtinKey = s.optionalText(1).value_or(QString());
    factor.name = s.text(2);
    factor.kind = fromKey<FactorKind>(s.text(3)).value_or(FactorKind::YesNo);
    factor.unit = s.text(4);
    const QString choices = s.text(5);
    if (!choices.isEmpty())
        factor.choices = choices.split(QLatin1Char('\n'));
    factor.retired = s.int64(6) != 0;
    if (!s.isNull(7))
        factor.splitAt = s.real(7);
    return factor;
}
} // namespace

QList<Factor> FactorRecords::all(bool includeRetired) const
{
    QList<Factor> result;
    Statement select(
            m_db,
            QByteArray(QByteArray(FactorColumns) + "WHERE retired = 0 OR ?1 ORDER BY sort_order, id").constData());
    select.bind(1, includeRetired ? 1 : 0);
    while (select.step())
        result.append(readFactor(select));
    return result;
}

std::optional<Factor> FactorRecords::byBuiltinKey(const QString &key) const
{
    Statement select(m_db, QByteArray(QByteArray(FactorColumns) + "WHERE builtin_key = ?1").constData());
    select.bind(1, key);
    return select.step() ? std::optional<Factor>(readFactor(select)) : std::nullopt;
}

qint64 FactorRecords::insert(const Factor &factor)
{
    Statement(m_db,
              "INSERT INTO factors (builtin_key, name, kind, unit, choices, retired, sort_order) "
              "VALUES (NULL, ?1, ?2, ?3, ?4, 0, (SELECT coalesce(max(sort_order), 0) + 10 FROM factors))")
            .bind(1, factor.name.trimmed())
            .bind(2, toKey(factor.kind))
            .bind(3, factor.unit.trimmed())
            .bind(4, factor.choices.join(QLatin1Char('\n')))
            .run();
    return m_db.lastInsertId();
}

bool FactorRecords::rename(qint64 id, const QString &name)
{
    Statement(m_db, "UPDATE factors SET name = ?1 WHERE id = ?2 AND builtin_key IS NULL")
            .bind(1, name.trimmed())
            .bind(2, id)
            .run();
    return m_db.changes() > 0;
}

bool FactorRecords::setRetired(qint64 id, bool retired)
{
    Statement(m_db, "UPDATE factors SET retired = ?1 WHERE id = ?2").bind(1, retired ? 1 : 0).bind(2, id).run();
    return m_db.changes() > 0;
}

bool FactorRecords::setSplit(qint64 id, std::optional<double> splitAt)
{
    Statement(m_db, "UPDATE factors SET split_at = ?1 WHERE id = ?2").bind(1, splitAt).bind(2, id).run();
    return m_db.changes() > 0;
}

bool FactorRecords::restoreBuiltin(const QString &key, bool retired, std::optional<double> splitAt)
{
    Statement(m_db, "UPDATE factors SET retired = ?1, split_at = ?3 WHERE builtin_key = ?2")
            .bind(1, retired ? 1 : 0)
            .bind(2, key)
            .bind(3, splitAt)
            .run();
    return m_db.changes() > 0;
}

void FactorRecords::insertWithId(const Factor &factor)
{
    Statement(m_db,
              "INSERT INTO factors (id, builtin_key, name, kind, unit, choices, retired, split_at, sort_order) "
              "VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT coalesce(max(sort_order), 0) + 10 FROM factors))")
            .bind(1, factor.id)
            .bind(2, factor.name)
            .bind(3, toKey(factor.kind))
            .bind(4, factor.unit)
            .bind(5, factor.choices.join(QLatin1Char('\n')))
            .bind(6, factor.retired ? 1 : 0)
            .bind(7, factor.splitAt)
            .run();
}
