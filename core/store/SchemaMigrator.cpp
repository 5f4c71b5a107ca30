#include "core/store/SchemaMigrator.h"

#include "core/store/Database.h"
#include "core/store/DiaryFormat.h"
#include "core/store/Statement.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

#include <optional>
#include <utility>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)
};
} // namespace

QStringList SchemaMigrator::scriptPaths()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/schema"));
    // Names start with a zero-padded number, so name order is version order.
    const QStringList names = dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

int SchemaMigrator::latestVersion()
{
    return int(scriptPaths().size());
}

void SchemaMigrator::migrate(Database &db, int fromVersion, int toVersion)
{
    const QStringList scripts = scriptPaths();
    if (fromVersion < 0 || toVersion > scripts.size())
        throw StoreError(StoreError::Kind::MigrationFailed,
                         Text::tr("There is no upgrade from diary format %1 to %2.").arg(fromVersion).arg(toVersion));
    // A new diary is made in one transaction, so one write reaches the disk rather than one
    // per step (a first start waits for it), and a failure leaves no half-made diary.
    std::optional<Transaction> newDiary;
    if (fromVersion == 0)
        newDiary.emplace(db);
    for (int version = fromVersion; version < toVersion; ++version) {
        QFile file(scripts.at(version));
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(StoreError::Kind::MigrationFailed,
                             Text::tr("The upgrade script %1 is missing from this build.").arg(file.fileName()));
        const QString sql = QString::fromUtf8(file.readAll());
        try {
            Transaction transaction(db);
            db.execute(sql);
            // A step may edit the stored schema's text (008 does); SQLite's procedure for that
            // asks for a new schema_version, so every connection reads the new text. For the
            // other steps one more increase changes nothing.
            const int schemaVersion = [&db] {
                Statement read(db, "PRAGMA schema_version");
                read.step();
                return read.integer(0);
            }();
            db.execute(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
            if (version == 0)
                db.execute(QStringLiteral("PRAGMA application_id = %1").arg(DiaryFormat::ApplicationId));
            db.execute(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
            transaction.commit();
        } catch (const StoreError &error) {
            if (error.kind() == StoreError::Kind::DiskFull)
                throw; // says itself that nothing was changed
            if (newDiary)
                throw StoreError(StoreError::Kind::MigrationFailed,
                                 Text::tr("Making the new diary failed at its step %1 and was undone; the file holds "
                                          "no diary. Details: %2")
                                         .arg(version + 1)
                                         .arg(error.message()));
            throw StoreError(StoreError::Kind::MigrationFailed,
                             Text::tr("Upgrading the diary from version %1 to %2 failed and was undone; "
                                      "the diary is still at version %1. Details: %3")
                                     .arg(version)
                                     .arg(version + 1)
                                     .arg(error.message()));
        }
    }
    if (newDiary)
        newDiary->commit();
}

namespace {
// Every table of `db` with its columns.
QHash<QString, QSet<QString>> tablesOf(Database &db)
{
    QHash<QString, QSet<QString>> tables;
    Statement list(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (list.step())
        tables.insert(list.text(0), {});
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        Statement columns(db, "SELECT name FROM pragma_table_info(?1)");
        columns.bind(1, it.key());
        while (columns.step())
            it.value().insert(columns.text(0));
    }
    return tables;
}

// Every object of `db` but SQLite's own: "trigger wipe", "table episodes", "index ...".
QSet<QString> objectsOf(Database &db)
{
    QSet<QString> objects;
    Statement list(db, "SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'");
    while (list.step())
        objects.insert(list.text(0) + QStringLiteral(" \u201c") + list.text(1) + QStringLiteral("\u201d"));
    return objects;
}

// Every object of `db` but SQLite's own, with the SQL that made it.
QSet<QString> definitionsOf(Database &db)
{
    QSet<QString> definitions;
    Statement list(db,
                   "SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_schema "
                   "WHERE name NOT LIKE 'sqlite_%'");
    while (list.step())
        definitions.insert(list.text(0));
    return definitions;
}

// What `Read` finds in a new diary made to `version`: the reference each check compares a
// diary with, made once per version and kept.
template<auto Read>
auto expectedFor(int version)
{
    static QHash<int, decltype(Read(std::declval<Database &>()))> byVersion;
    if (!byVersion.contains(version)) {
        Database fresh(QStringLiteral(":memory:"), Database::Mode::ReadWrite);
        SchemaMigrator::migrate(fresh, 0, version);
        byVersion.insert(version, Read(fresh));
    }
    return byVersion.value(version);
}
} // namespace

QStringList SchemaMigrator::missingTables(Database &db, int version)
{
    const auto expected = expectedFor<tablesOf>(version);
    const auto actual = tablesOf(db);
    QStringList missing;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key())) {
            missing.append(it.key());
            continue;
        }
        for (const QString &column : it.value())
            if (!actual[it.key()].contains(column))
                missing.append(it.key() + QLatin1Char('.') + column);
    }
    missing.sort();
    return missing;
}

QStringList SchemaMigrator::foreignObjects(Database &db, int version)
{
    const QSet<QString> expected = expectedFor<objectsOf>(version);
    QStringList foreign;
    for (const QString &object : objectsOf(db))
        if (!expected.contains(object))
            foreign.append(object);
    foreign.sort();
    return foreign;
}

bool SchemaMigrator::hasExactSchema(Database &db, int version)
{
    return definitionsOf(db) == expectedFor<definitionsOf>(version);
}
