#pragma once

#include <QString>
#include <QStringList>

class Database;

// Brings a diary's schema up to date from the numbered SQL files embedded under
// :/schema. Each step is one transaction that also bumps PRAGMA user_version, so a
// failure leaves the file exactly at the version it had before that step.
class SchemaMigrator
{
public:
    static int latestVersion();

    // Scripts in order; script i (0-based) takes a diary from version i to i + 1.
    static QStringList scriptPaths();

    // Applies every step from `fromVersion` up to `toVersion` (latest by default).
    static void migrate(Database &db, int fromVersion, int toVersion = latestVersion());

    // The tables (with their columns) that `db` lacks compared with a diary of `version`
    // ("episodes", "factors.split_at"); empty when it has them all. A table dropped or
    // changed behind the app's back is found at open, not by the first query that fails.
    static QStringList missingTables(Database &db, int version);

    // The triggers, views, tables and indexes of `db` that a diary of `version` does not
    // have ("trigger “wipe”"): added by another program, they could change the diary on
    // the next write, so a diary holding any is refused and repaired without them.
    static QStringList foreignObjects(Database &db, int version);

    // True when every table, index and trigger of `db` is written exactly as in a diary of
    // `version`: then SQLite's own integrity check enforces the diary's rules, not rules
    // another program rewrote.
    static bool hasExactSchema(Database &db, int version);
};
