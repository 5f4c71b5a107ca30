// Writers killed with SIGKILL at random moments (logs, imports, restores, upgrades) and
// writers racing each other: every acknowledged entry stays, no import or restore is ever
// half there, the diary passes a full check, and the next writer gets in within seconds.
#include "CommandLineFixture.h"

#include <iostream>
#include <random>
#include <thread>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>

namespace {
// The newest diary format: one numbered schema file per version.
int latestSchemaVersion()
{
    return int(QDir(QStringLiteral(CRAMP_SCHEMA_DIR)).entryList({ QStringLiteral("*.sql") }, QDir::Files).size());
}

constexpr int ImportRows = 3000;
constexpr int UpgradeCramps = 400;

class KilledWriters : public CommandLine
{
protected:
    std::mt19937 random { 20261202 };

    struct Run {
        bool killed = false; // still running when the kill came
        int exitCode = -1;
        qint64 milliseconds = 0;
    };

    // Starts the command and kills it after a random part of `typicalMs`, unless it ended first.
    Run runKilled(const QStringList &arguments, qint64 typicalMs)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(CRAMP_DIARY_BINARY), arguments);
        const int delay = std::uniform_int_distribution<int>(0, int(typicalMs * 6 / 5))(random);
        Run run;
        if (!process.waitForFinished(delay)) {
            run.killed = process.state() != QProcess::NotRunning;
            process.kill(); // SIGKILL: no handler, no clean-up
            process.waitForFinished(10000);
        }
        run.exitCode = run.killed || process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode();
        run.milliseconds = clock.elapsed();
        return run;
    }

    qint64 timed(const QStringList &arguments)
    {
        QElapsedTimer clock;
        clock.start();
        const Result result = run(arguments, false);
        EXPECT_EQ(result.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString() << result.err.toStdString();
        return clock.elapsed();
    }

    QStringList onDiary(QStringList arguments, const QString &path) const
    {
        return arguments << QStringLiteral("--database") << path;
    }

    // Cramps at 03:00 on consecutive days, every one carrying `tag` in its notes.
    QString importFile(const QString &tag) const
    {
        const QString path = home.filePath(tag + QStringLiteral(".csv"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("id,night,start_local,utc_offset_minutes,duration_seconds,severity,leg,muscle,woke_from_sleep,"
                   "sleep_disturbance,sore_afterwards,reliefs,warning_signs,notes\n");
        const QDate first(2010, 1, 1);
        for (int i = 0; i < ImportRows; ++i) {
            const QDate day = first.addDays(i);
            file.write(QStringLiteral(",%1,%2T03:00:00,0,60,5,left,calf,yes,3,no,,,%3\n")
                               .arg(day.addDays(-1).toString(Qt::ISODate), day.toString(Qt::ISODate), tag)
                               .toUtf8());
        }
        return path;
    }

    // A diary as the first version of the app wrote it, with cramps in it.
    void makeVersionOneDiary(const QString &path) const
    {
        QFile script(QStringLiteral(CRAMP_SCHEMA_DIR "/001-initial.sql"));
        ASSERT_TRUE(script.open(QIODevice::ReadOnly));
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), { path });
        sqlite.write("PRAGMA journal_mode=WAL; BEGIN;" + script.readAll()
                     + "PRAGMA application_id = 1129467216; PRAGMA user_version = 1;"
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                     + QByteArray::number(UpgradeCramps)
                     + ") INSERT INTO episodes (start_utc, utc_offset_s, severity, created_utc, updated_utc) "
                       "SELECT 1700000000 + i * 86400, 0, 5, 0, 0 FROM n; COMMIT;");
        sqlite.closeWriteChannel();
        ASSERT_TRUE(sqlite.waitForFinished(10000));
        ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
    }
};
} // namespace

TEST_F(KilledWriters, NothingAcknowledgedIsLostNothingIsHalfDoneAndNobodyIsLockedOut)
{
    // The fixtures, and how long each command takes when left alone.
    const qint64 logMs
            = timed(onDiary({ QStringLiteral("log"), QStringLiteral("--notes"), QStringLiteral("first") }, diary));
    const QString source = home.filePath(QStringLiteral("source.sqlite"));
    timed(onDiary({ QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("3000") }, source));
    const QString backup = home.filePath(QStringLiteral("backup.json"));
    timed(onDiary({ QStringLiteral("backup"), QStringLiteral("--output"), backup }, source));
    const QString backupCramps = sql(source, QStringLiteral("SELECT count(*) FROM episodes"));
    const qint64 restoreMs = timed(onDiary({ QStringLiteral("restore"), QStringLiteral("--input"), backup },
                                           home.filePath(QStringLiteral("restore-timing.sqlite"))));
    const qint64 importMs = timed(
            onDiary({ QStringLiteral("import"), QStringLiteral("--input"), importFile(QStringLiteral("timing")) },
                    home.filePath(QStringLiteral("import-timing.sqlite"))));
    const QString versionOne = home.filePath(QStringLiteral("v1.sqlite"));
    makeVersionOneDiary(versionOne);
    ASSERT_FALSE(HasFatalFailure());
    const QString upgradeTiming = home.filePath(QStringLiteral("upgrade-timing.sqlite"));
    QFile::copy(versionOne, upgradeTiming);
    const qint64 upgradeMs = timed(onDiary({ QStringLiteral("log") }, upgradeTiming));

    QSet<QString> acknowledged { QStringLiteral("first") };
    QStringList imports, restores, upgrades;
    int killed = 0;
    QMap<QString, int> killedByKind;
    qint64 slowestNextWriter = 0;
    for (int i = 0; killed < 200 && i < 600; ++i) {
        const QString tag = QStringLiteral("w%1").arg(i);
        Run attempt;
        if (i % 10 == 3) {
            imports.append(tag);
            attempt = runKilled(
                    onDiary({ QStringLiteral("import"), QStringLiteral("--input"), importFile(tag) }, diary), importMs);
        } else if (i % 10 == 6) {
            const QString target = home.filePath(tag + QStringLiteral(".sqlite"));
            restores.append(target);
            attempt = runKilled(onDiary({ QStringLiteral("restore"), QStringLiteral("--input"), backup }, target),
                                restoreMs);
        } else if (i % 10 == 9) {
            const QString copy = home.filePath(tag + QStringLiteral("-upgrade.sqlite"));
            QFile::copy(versionOne, copy);
            upgrades.append(copy);
            attempt = runKilled(onDiary({ QStringLiteral("log") }, copy), upgradeMs);
        } else {
            attempt = runKilled(onDiary({ QStringLiteral("log"), QStringLiteral("--notes"), tag }, diary), logMs);
            if (attempt.exitCode == 0)
                acknowledged.insert(tag);
        }
        if (!attempt.killed) {
            EXPECT_EQ(attempt.exitCode, 0) << tag.toStdString();
            continue;
        }
        ++killed;
        ++killedByKind[i % 10 == 3           ? QStringLiteral("imports")
                               : i % 10 == 6 ? QStringLiteral("restores")
                               : i % 10 == 9 ? QStringLiteral("upgrades")
                                             : QStringLiteral("logs")];
        // The next writer after a kill gets in, within seconds.
        const QString after = QStringLiteral("after-%1").arg(tag);
        const qint64 took = timed(onDiary({ QStringLiteral("log"), QStringLiteral("--notes"), after }, diary));
        slowestNextWriter = std::max(slowestNextWriter, took);
        acknowledged.insert(after);
    }
    EXPECT_GE(killed, 200);
    for (auto it = killedByKind.cbegin(); it != killedByKind.cend(); ++it)
        std::cout << "killed " << it.key().toStdString() << ": " << it.value() << "\n";
    std::cout << "slowest writer after a kill: " << slowestNextWriter << " ms\n";
    EXPECT_GE(killedByKind.value(QStringLiteral("imports")), 10);
    EXPECT_GE(killedByKind.value(QStringLiteral("restores")), 10);
    EXPECT_GE(killedByKind.value(QStringLiteral("upgrades")), 10);
    EXPECT_LT(slowestNextWriter, 5000) << "a writer after a kill waited " << slowestNextWriter << " ms";

    const Result checked = run(onDiary({ QStringLiteral("check") }, diary), false);
    EXPECT_EQ(checked.exitCode, 0) << checked.out.toStdString();
    const QStringList notes = sql(diary, QStringLiteral("SELECT notes FROM episodes")).split(QLatin1Char('\n'));
    for (const QString &note : acknowledged)
        EXPECT_TRUE(notes.contains(note)) << "acknowledged but lost: " << note.toStdString();
    for (const QString &tag : imports) {
        const qsizetype rows = notes.count(tag);
        EXPECT_TRUE(rows == 0 || rows == ImportRows) << tag.toStdString() << " imported " << rows << " rows";
    }
    for (const QString &target : restores) {
        if (!QFile::exists(target))
            continue; // killed before it was complete: no diary under that name
        EXPECT_EQ(sql(target, QStringLiteral("SELECT count(*) FROM episodes")), backupCramps) << target.toStdString();
    }
    for (const QString &copy : upgrades) {
        const Result next = run(
                onDiary({ QStringLiteral("log"), QStringLiteral("--notes"), QStringLiteral("next") }, copy), false);
        EXPECT_EQ(next.exitCode, 0) << copy.toStdString() << next.err.toStdString();
        EXPECT_EQ(sql(copy, QStringLiteral("PRAGMA user_version")), QString::number(latestSchemaVersion()));
        const int cramps = sql(copy, QStringLiteral("SELECT count(*) FROM episodes")).toInt();
        EXPECT_TRUE(cramps == UpgradeCramps + 1 || cramps == UpgradeCramps + 2) << copy.toStdString() << cramps;
        EXPECT_TRUE(QDir(home.path())
                            .entryList({ QFileInfo(copy).fileName() + QStringLiteral("*.partial") },
                                       QDir::Files | QDir::Hidden)
                            .isEmpty())
                << "an interrupted pre-upgrade copy stayed beside " << copy.toStdString();
    }
}

TEST_F(KilledWriters, TwoWritersAtOnceLogFiveHundredEachWithNoneRefused)
{
    ASSERT_EQ(run({ QStringLiteral("log"), QStringLiteral("--notes"), QStringLiteral("first") }).exitCode, 0);
    int refused[2] = { 0, 0 };
    QString firstRefusal[2];
    const auto writer = [&](int who) {
        for (int i = 0; i < 500; ++i) {
            QProcess process;
            process.setProcessEnvironment(environment());
            process.start(QStringLiteral(CRAMP_DIARY_BINARY),
                          { QStringLiteral("log"), QStringLiteral("--notes"), QStringLiteral("writer %1").arg(who),
                            QStringLiteral("--database"), diary });
            if (!process.waitForFinished(30000) || process.exitCode() != 0) {
                if (refused[who]++ == 0)
                    firstRefusal[who] = QString::fromUtf8(process.readAllStandardError());
            }
        }
    };
    std::thread first(writer, 0);
    std::thread second(writer, 1);
    first.join();
    second.join();
    EXPECT_EQ(refused[0], 0) << firstRefusal[0].toStdString();
    EXPECT_EQ(refused[1], 0) << firstRefusal[1].toStdString();
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM episodes WHERE notes = 'writer 0'")),
              QStringLiteral("500"));
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM episodes WHERE notes = 'writer 1'")),
              QStringLiteral("500"));
}
