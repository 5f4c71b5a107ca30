#include "core/store/ExperimentRecords.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"
#include "core/store/Statement.h"

#include <QTimeZone>

using namespace SqlValues;

std::optional<Experiment> ExperimentRecords::latest() const
{
    Statement select(m_db,
                     "SELECT e.id, e.change_kind, e.amount, e.own_factor_id, coalesce(f.name, ''), e.scheme, e.nights, "
                     "e.block_nights, e.washout_nights, e.baseline_week, e.start_night, e.seed, e.planned_utc, "
                     "e.stopped_after FROM experiments e LEFT JOIN factors f ON f.id = e.own_factor_id "
                     "ORDER BY e.id DESC LIMIT 1");
    if (!select.step())
        return std::nullopt;
    Experiment e;
    e.id = select.int64(0);
    e.change.kind = fromKey<ExperimentChange::Kind>(select.text(1)).value_or(ExperimentChange::OwnFactor);
    e.change.amount = select.integer(2);
    e.change.ownFactorId = select.optionalInt(3).value_or(0);
    e.change.ownFactorName = select.text(4);
    e.design.scheme = fromKey<ExperimentScheme>(select.text(5)).value_or(ExperimentScheme::NightlyBalanced);
    e.design.nights = select.integer(6);
    e.design.blockNights = select.integer(7);
    e.design.washoutNights = select.integer(8);
    e.design.baselineWeek = select.integer(9) != 0;
    e.design.start = dateFrom(select.text(10));
    e.design.seed = quint32(select.int64(11));
    e.plannedAt = QDateTime::fromSecsSinceEpoch(select.int64(12), QTimeZone::utc());
    if (const auto stopped = select.optionalText(13))
        e.stoppedAfter = dateFrom(*stopped);

    Statement nights(m_db,
                     "SELECT night, role, arm, block, followed FROM experiment_nights WHERE experiment_id = ?1 "
                     "ORDER BY night");
    nights.bind(1, e.id);
    while (nights.step()) {
        const QDate night = dateFrom(nights.text(0));
        const auto arm = nights.optionalText(2);
        e.plan.append({ night, fromKey<PlannedNight::Role>(nights.text(1)).value_or(PlannedNight::Analysed),
                        arm ? fromKey<Arm>(*arm).value_or(Arm::Usual) : Arm::Usual, nights.integer(3) });
        if (const auto followed = nights.optionalBool(4))
            e.followed.insert(night, *followed);
    }
    return e;
}

qint64 ExperimentRecords::insert(const Experiment &e)
{
    Statement(m_db,
              "INSERT INTO experiments (change_kind, amount, own_factor_id, scheme, nights, block_nights, "
              "washout_nights, baseline_week, start_night, seed, planned_utc, stopped_after, id) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
            .bind(1, toKey(e.change.kind))
            .bind(2, e.change.amount)
            .bind(3,
                  e.change.kind == ExperimentChange::OwnFactor ? std::optional<qint64>(e.change.ownFactorId)
                                                               : std::nullopt)
            .bind(4, toKey(e.design.scheme))
            .bind(5, e.design.nights)
            .bind(6, e.design.blockNights)
            .bind(7, e.design.washoutNights)
            .bind(8, e.design.baselineWeek ? 1 : 0)
            .bind(9, isoDate(e.design.start))
            .bind(10, qint64(e.design.seed))
            .bind(11, (e.plannedAt.isValid() ? e.plannedAt : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch())
            .bind(12, e.stoppedAfter ? std::optional<QString>(isoDate(*e.stoppedAfter)) : std::nullopt)
            .bind(13, e.id > 0 ? std::optional<qint64>(e.id) : std::nullopt)
            .run();
    const qint64 id = m_db.lastInsertId();
    for (const PlannedNight &p : e.plan) {
        const auto followed
                = e.followed.contains(p.night) ? std::optional<bool>(e.followed.value(p.night)) : std::nullopt;
        Statement(m_db,
                  "INSERT INTO experiment_nights (experiment_id, night, role, arm, block, followed) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .bind(1, id)
                .bind(2, isoDate(p.night))
                .bind(3, toKey(p.role))
                .bind(4, p.role == PlannedNight::Baseline ? std::nullopt : std::optional<QString>(toKey(p.arm)))
                .bind(5, p.block)
                .bind(6, optionalBoolAsInt(followed))
                .run();
    }
    return id;
}

void ExperimentRecords::setFollowed(qint64 id, QDate night, std::optional<bool> followed)
{
    Statement(m_db, "UPDATE experiment_nights SET followed = ?3 WHERE experiment_id = ?1 AND night = ?2")
            .bind(1, id)
            .bind(2, isoDate(night))
            .bind(3, optionalBoolAsInt(followed))
            .run();
}

void ExperimentRecords::stop(qint64 id, QDate lastNight)
{
    Statement(m_db, "UPDATE experiments SET stopped_after = ?2 WHERE id = ?1")
            .bind(1, id)
            .bind(2, isoDate(lastNight))
            .run();
}
