#pragma once

#include "core/domain/Factor.h"

#include <optional>

#include <QList>

class Database;

// The factor catalog as rows in and out. Runs inside the caller's transaction; checks no
// rules (DiaryRepository does).
class FactorRecords
{
public:
    explicit FactorRecords(Database &db)
        : m_db(db)
    {
    }

    QList<Factor> all(bool includeRetired) const; // in catalog order
    std::optional<Factor> byBuiltinKey(const QString &key) const;
    qint64 insert(const Factor &factor); // a person's own factor, at the end of the catalog
    bool rename(qint64 id, const QString &name); // own factors only
    bool setRetired(qint64 id, bool retired);
    bool setSplit(qint64 id, std::optional<double> splitAt);
    bool restoreBuiltin(const QString &key, bool retired, std::optional<double> splitAt);
    void insertWithId(const Factor &factor); // an own factor restored from a backup

private:
    Database &m_db;
};
