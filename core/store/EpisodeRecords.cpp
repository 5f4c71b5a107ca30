#include "core/store/EpisodeRecords.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"
#include "core/store/Statement.h"

#include <QHash>

using namespace SqlValues;

namespace {
constexpr const char *EpisodeColumns = "SELECT id, start_utc, utc_offset_s, duration_s, severity, leg, muscle, "
                                       "woke_from_sleep, sleep_disturbance, soreness_after, notes FROM episodes ";

void bindEpisodeColumns(Statement &statement, const Episode &e)
{
    statement.bind(1, e.start.toSecsSinceEpoch())
            .bind(2, e.start.offsetFromUtc())
            .bind(3, e.durationSeconds)
            .bind(4, e.severity)
            .bind(5, optionalKey(e.leg))
            .bind(6, optionalKey(e.muscle))
            .bind(7, optionalBoolAsInt(e.wokeFromSleep))
            .bind(8, e.sleepDisturbance)
            .bind(9, optionalBoolAsInt(e.sorenessAfter))
            .bind(10, e.notes)
            .bind(11, QDateTime::currentSecsSinceEpoch());
}
} // namespace

qint64 EpisodeRecords::insert(const Episode &episode)
{
    Statement insert(m_db,
                     "INSERT INTO episodes (start_utc, utc_offset_s, duration_s, severity, leg, muscle, "
                     "woke_from_sleep, sleep_disturbance, soreness_after, notes, created_utc, updated_utc, id) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12)");
    bindEpisodeColumns(insert, episode);
    // An id is given only when undo brings a deleted episode back; it keeps its identity.
    insert.bind(12, episode.id > 0 ? std::optional<qint64>(episode.id) : std::nullopt);
    insert.run();
    const qint64 id = m_db.lastInsertId();
    writeDetails(episode, id);
    return id;
}

bool EpisodeRecords::update(const Episode &episode)
{
    Statement update(m_db,
                     "UPDATE episodes SET start_utc = ?1, utc_offset_s = ?2, duration_s = ?3, severity = ?4, "
                     "leg = ?5, muscle = ?6, woke_from_sleep = ?7, sleep_disturbance = ?8, "
                     "soreness_after = ?9, notes = ?10, updated_utc = ?11 WHERE id = ?12");
    bindEpisodeColumns(update, episode);
    update.bind(12, episode.id);
    update.run();
    if (m_db.changes() == 0)
        return false;
    Statement(m_db, "DELETE FROM episode_reliefs WHERE episode_id = ?1").bind(1, episode.id).run();
    Statement(m_db, "DELETE FROM episode_warning_signs WHERE episode_id = ?1").bind(1, episode.id).run();
    writeDetails(episode, episode.id);
    return true;
}

void EpisodeRecords::writeDetails(const Episode &episode, qint64 id)
{
    for (const ReliefTried &r : episode.reliefs) {
        Statement insert(m_db, "INSERT INTO episode_reliefs (episode_id, relief, helped) VALUES (?1, ?2, ?3)");
        insert.bind(1, id).bind(2, toKey(r.relief)).bind(3, optionalBoolAsInt(r.helped)).run();
    }
    for (WarningSign sign : episode.warningSigns) {
        Statement insert(m_db, "INSERT INTO episode_warning_signs (episode_id, sign) VALUES (?1, ?2)");
        insert.bind(1, id).bind(2, toKey(sign)).run();
    }
}

bool EpisodeRecords::remove(qint64 id)
{
    Statement(m_db, "DELETE FROM episodes WHERE id = ?1").bind(1, id).run();
    return m_db.changes() > 0;
}

QList<Episode> EpisodeRecords::byId(qint64 id) const
{
    return select("WHERE id BETWEEN ?1 AND ?2", id, id);
}

QList<Episode> EpisodeRecords::inNights(QDate first, QDate last, const NightClock &clock) const
{
    return select("WHERE start_utc + utc_offset_s >= ?1 AND start_utc + utc_offset_s < ?2",
                  clock.nightBeginWallSeconds(first), clock.nightBeginWallSeconds(last.addDays(1)));
}

QList<Episode> EpisodeRecords::all() const
{
    return select(nullptr, 0, 0); // whole tables, read straight through rather than by the index
}

// `where` selects episodes with two parameters (none: every episode); details are fetched
// for the same rows in two more queries rather than one per episode, which matters for a
// decade of nights.
QList<Episode> EpisodeRecords::select(const char *where, qint64 from, qint64 to) const
{
    const QByteArray sql = QByteArray(EpisodeColumns) + (where ? where : "");
    const QByteArray ofThese = where ? " WHERE episode_id IN (SELECT id FROM (" + sql + "))" : QByteArray();
    QList<Episode> episodes;
    QHash<qint64, qsizetype> indexById;
    Statement select(m_db, QByteArray(sql + " ORDER BY start_utc, id").constData());
    if (where)
        select.bind(1, from).bind(2, to);
    while (select.step()) {
        Episode e;
        e.id = select.int64(0);
        e.start = QDateTime::fromSecsSinceEpoch(select.int64(1), Qt::OffsetFromUTC, select.integer(2));
        e.durationSeconds = select.optionalInt(3);
        e.severity = select.optionalInt(4);
        e.leg = fromUtf8Key<Leg>(select.utf8(5)); // none for NULL, as for a key not known
        e.muscle = fromUtf8Key<Muscle>(select.utf8(6));
        e.wokeFromSleep = select.optionalBool(7);
        e.sleepDisturbance = select.optionalInt(8);
        e.sorenessAfter = select.optionalBool(9);
        if (!select.utf8(10).isEmpty())
            e.notes = select.text(10);
        indexById.insert(e.id, episodes.size());
        episodes.append(e);
    }
    if (episodes.isEmpty())
        return episodes;

    Statement reliefs(m_db,
                      QByteArray("SELECT episode_id, relief, helped FROM episode_reliefs" + ofThese + " ORDER BY rowid")
                              .constData());
    if (where)
        reliefs.bind(1, from).bind(2, to);
    while (reliefs.step()) {
        if (const auto relief = fromUtf8Key<Relief>(reliefs.utf8(1)))
            episodes[indexById.value(reliefs.int64(0))].reliefs.append({ *relief, reliefs.optionalBool(2) });
    }
    Statement signs(
            m_db,
            QByteArray("SELECT episode_id, sign FROM episode_warning_signs" + ofThese + " ORDER BY rowid").constData());
    if (where)
        signs.bind(1, from).bind(2, to);
    while (signs.step()) {
        if (const auto sign = fromUtf8Key<WarningSign>(signs.utf8(1)))
            episodes[indexById.value(signs.int64(0))].warningSigns.append(*sign);
    }
    return episodes;
}

int EpisodeRecords::count() const
{
    Statement count(m_db, "SELECT count(*) FROM episodes");
    count.step();
    return count.integer(0);
}

std::optional<QDateTime> EpisodeRecords::earliestStart() const
{
    Statement earliest(m_db, "SELECT start_utc, utc_offset_s FROM episodes ORDER BY start_utc + utc_offset_s LIMIT 1");
    if (!earliest.step())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(earliest.int64(0), Qt::OffsetFromUTC, earliest.integer(1));
}

std::optional<QDateTime> EpisodeRecords::latestStart() const
{
    Statement latest(m_db,
                     "SELECT start_utc, utc_offset_s FROM episodes ORDER BY start_utc + utc_offset_s DESC LIMIT 1");
    if (!latest.step())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(latest.int64(0), Qt::OffsetFromUTC, latest.integer(1));
}
