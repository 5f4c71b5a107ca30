#pragma once

#include "core/domain/Episode.h"
#include "core/domain/NightClock.h"

#include <QList>

class Database;

// The episodes tables (episodes, their reliefs and warning signs) as rows in and out.
// Runs inside the caller's transaction; checks no rules (DiaryRepository does).
class EpisodeRecords
{
public:
    explicit EpisodeRecords(Database &db)
        : m_db(db)
    {
    }

    qint64 insert(const Episode &episode); // keeps episode.id when it is set (undoing a delete)
    bool update(const Episode &episode); // false when the row no longer exists
    bool remove(qint64 id);

    QList<Episode> byId(qint64 id) const;
    QList<Episode> inNights(QDate first, QDate last, const NightClock &clock) const;
    QList<Episode> all() const;
    int count() const;
    std::optional<QDateTime> earliestStart() const; // by the wall clock
    std::optional<QDateTime> latestStart() const;

private:
    void writeDetails(const Episode &episode, qint64 id);
    QList<Episode> select(const char *where, qint64 from, qint64 to) const;

    Database &m_db;
};
