// A repair keeps every kind of row the diary holds: each table of the newest schema is filled
// here and must come through check --repair whole. A schema step that adds a table fails this
// test until the table has a row below and the salvage copies it.
#include "TempDiary.h"
#include "core/experiment/ExperimentPlanner.h"
#include "core/store/Database.h"
#include "core/store/DiaryHeader.h"
#include "core/store/DiarySalvage.h"
#include "core/store/Statement.h"
#include "core/store/StoreError.h"

#include <csignal>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include <QFileInfo>
#include <QMap>

namespace {
QMap<QString, int> rowsPerTable(const QString &path)
{
    Database db(path, Database::Mode::ReadOnly);
    QStringList tables;
    Statement names(db,
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (names.step())
        tables.append(names.text(0));
    QMap<QString, int> rows;
    for (const QString &table : tables) {
        const QByteArray sql = QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table).toUtf8();
        Statement count(db, sql.constData());
        count.step();
        rows.insert(table, int(count.integer(0)));
    }
    return rows;
}
} // namespace

TEST(Salvage, ARepairKeepsARowOfEveryTableOfTheSchema)
{
    TempDiary temp;
    {
        auto diary = temp.open();
        Factor own { 0, {}, QStringLiteral("Tonic water"), FactorKind::YesNo, {}, {}, false, {} };
        own.id = diary->addFactor(own);
        const qint64 statin = diary->addMedication({ 0,
                                                     QStringLiteral("Simvastatin"),
                                                     DrugClass::Statin,
                                                     QStringLiteral("20 mg"),
                                                     { { QDate(2026, 1, 1), std::nullopt } } });
        Episode cramp;
        cramp.start = at("2026-11-20T03:00:00+01:00");
        cramp.severity = 6;
        cramp.reliefs = { { Relief::Stretch, true } };
        cramp.warningSigns = { WarningSign::Swelling };
        diary->addEpisode(cramp);
        diary->saveNightLog(
                { QDate(2026, 11, 19), at("2026-11-19T21:00:00+01:00"), { { own.id, true } }, { statin }, {} });
        diary->addUntrackedPeriod({ 0, QDate(2026, 10, 1), QDate(2026, 10, 7), QStringLiteral("away") });
        diary->recordNoCramps(QDate(2026, 11, 18));
        Experiment e;
        e.design.start = QDate(2026, 11, 1);
        e.plan = ExperimentPlanner::draw(e.design);
        e.plannedAt = at("2026-11-01T20:00:00+01:00");
        diary->startExperiment(e);
        diary->setExperimentFollowed(QDate(2026, 11, 2), true);
        diary->setVisitQuestions(QStringLiteral("Is it the statin?"));
    }
    const QMap<QString, int> before = rowsPerTable(temp.path);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        EXPECT_GT(it.value(), 0) << "table " << it.key().toStdString() << " has no row in this test: give it one";

    const QString repaired = temp.dir.filePath(QStringLiteral("repaired.sqlite"));
    const DiarySalvage::Report report = DiarySalvage::salvageInto(temp.path, repaired);
    EXPECT_TRUE(report.leftOut.isEmpty());
    EXPECT_EQ(rowsPerTable(repaired), before);
}

// An import whose final writing-back into the file ran out of room (a full disk): the
// file's header already counts the new pages, the log still holds them. `check` reads the
// diary with its log and finds it whole; before, it said the file was cut short.
TEST(Salvage, AWritingBackCutShortByAFullDiskIsNotCalledACutShortFile)
{
    TempDiary temp;
    {
        auto diary = temp.open();
        Episode cramp;
        cramp.start = at("2026-11-20T03:00:00+01:00");
        cramp.severity = 4;
        diary->addEpisode(cramp);
    }
    const qint64 written = QFileInfo(temp.path).size();
    {
        Database db(temp.path, Database::Mode::ReadWrite);
        db.execute(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        db.execute(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60) "
                "INSERT INTO episodes (start_utc, utc_offset_s, severity, notes, created_utc, updated_utc) "
                "SELECT 1763600000 + i * 3600, 3600, 5, printf('%.15000c', 'n'), 1763600000, "
                "1763600000 FROM n"));
        struct rlimit previous {
        };
        ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &previous), 0);
        const auto oldHandler = ::signal(SIGXFSZ, SIG_IGN); // a write past the cap fails instead
        const struct rlimit cap {
            rlim_t(written + 8192), previous.rlim_max
        };
        ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &cap), 0);
        EXPECT_THROW(db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), StoreError);
        ::setrlimit(RLIMIT_FSIZE, &previous);
        ::signal(SIGXFSZ, oldHandler);
        sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
    const auto header = DiaryHeader::read(temp.path);
    ASSERT_TRUE(header);
    ASSERT_FALSE(header->isComplete()) << "the header must be ahead of the file for this test";
    ASSERT_TRUE(QFileInfo::exists(temp.path + QStringLiteral("-wal")));

    const DiarySalvage::Report check = DiarySalvage::inspect(temp.path);
    EXPECT_TRUE(check.healthy()) << check.lines().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(check.cramps, 61);
}
