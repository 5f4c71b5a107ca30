#include "core/store/SchemaMigrator.h"

#include "core/store/Database.h"
#include "core/store/DiaryFormat.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

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
    for (int version = fromVersion; version < toVersion; ++version) {
        QFile file(scripts.at(version));
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(StoreError::Kind::MigrationFailed,
                             Text::tr("The upgrade script %1 is missing from this build.").arg(file.fileName()));
        const QString sql = QString::fromUtf8(file.readAll());
        try {
            Transaction transaction(db);
            db.execute(sql);
            if (version == 0)
                db.execute(QStringLiteral("PRAGMA application_id = %1").arg(DiaryFormat::ApplicationId));
            db.execute(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
            transaction.commit();
        } catch (const StoreError &error) {
            throw StoreError(StoreError::Kind::MigrationFailed,
                             Text::tr("Upgrading the diary from version %1 to %2 failed and was undone; "
                                      "the diary is still at version %1. Details: %3")
                                     .arg(version)
                                     .arg(version + 1)
                                     .arg(error.message()));
        }
    }
}
