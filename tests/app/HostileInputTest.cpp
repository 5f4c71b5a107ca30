// Files a careful tester throws at import and restore: wrong encodings, pipes, oversized
// and inconsistent files. Each is refused with a message that says where and why, in
// bounded time, and leaves the diary as it was and nothing new beside it.
#include "CommandLineFixture.h"

#include <algorithm>
#include <csignal>
#include <iostream>
#include <sys/resource.h>
#include <sys/stat.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace {
class HostileInput : public CommandLine
{
protected:
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = home.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    Result importNights(const QString &path) const
    {
        return run({ QStringLiteral("import"), QStringLiteral("--what"), QStringLiteral("nights"),
                     QStringLiteral("--input"), path });
    }

    QByteArray header() const
    {
        const Result exported = run({ QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("nights") });
        EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        return exported.out.toUtf8().trimmed();
    }
};
} // namespace

TEST_F(HostileInput, CsvMustBeUtf8AndSaysWhereItIsNot)
{
    ASSERT_EQ(run({ QStringLiteral("log") }).exitCode, 0);
    const QByteArray columns = header();
    // Latin-1 "à" in the notes of line 2.
    Result result
            = importNights(write(QStringLiteral("latin1.csv"), columns + "\n2026-11-01,,,Crampe \xE0 la jambe\n"));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Line 2"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("not UTF-8"))) << result.err.toStdString();
    // UTF-16 (as some spreadsheets save "Unicode text").
    const QString utf16Text = QString::fromUtf8(columns + "\n2026-11-01,,,\n");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(utf16Text.utf16()), utf16Text.size() * 2);
    result = importNights(write(QStringLiteral("utf16.csv"), utf16));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("UTF-16"))) << result.err.toStdString();
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM night_logs")), QStringLiteral("0"));
    // A byte-order mark is fine, and "à" in UTF-8 arrives as "à".
    const QByteArray commas(columns.count(',') - 3, ',');
    result = importNights(write(QStringLiteral("bom.csv"),
                                "\xEF\xBB\xBF" + columns + "\n2026-11-01,,,Crampe \xC3\xA0 la jambe" + commas + "\n"));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT notes FROM night_logs")), QStringLiteral("Crampe \u00e0 la jambe"));
}

TEST_F(HostileInput, PipesAndOversizedFilesAreRefusedBeforeReading)
{
    ASSERT_EQ(run({ QStringLiteral("log") }).exitCode, 0);
    const QString fifo = home.filePath(QStringLiteral("pipe.csv"));
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer clock;
    clock.start();
    Result result = importNights(fifo);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("not a regular file"))) << result.err.toStdString();
    result = run({ QStringLiteral("restore"), QStringLiteral("--input"), fifo, QStringLiteral("--database"),
                   home.filePath(QStringLiteral("restored.sqlite")) },
                 false);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_LT(clock.elapsed(), 10000) << "no hang on a pipe";
    // 60 MB of nothing (a sparse file): refused by its size, without reading it.
    const QString big = home.filePath(QStringLiteral("big.csv"));
    QFile file(big);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(60LL * 1024 * 1024));
    file.close();
    clock.restart();
    result = importNights(big);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("larger than the 50 MB"))) << result.err.toStdString();
    EXPECT_LT(clock.elapsed(), 3000);
    EXPECT_FALSE(QFile::exists(home.filePath(QStringLiteral("restored.sqlite"))));
}

TEST_F(HostileInput, InconsistentRowsAreNamedByLineAndColumn)
{
    ASSERT_EQ(run({ QStringLiteral("log") }).exitCode, 0);
    const QByteArray columns = header();
    const QByteArray lastColumn = columns.mid(columns.lastIndexOf(',') + 1);
    Result result = importNights(write(QStringLiteral("twice.csv"), columns + "," + lastColumn + "\n"));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("appears twice"))) << result.err.toStdString();

    const QByteArray commas(columns.count(',') - 3, ',');
    result = importNights(
            write(QStringLiteral("nights.csv"),
                  columns + "\n0001-01-01,,,x" + commas + "\n2026-11-02,,Furosemide;furosemide,x" + commas + "\n"));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("line 2, column night"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("years 1900 to 2200"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("line 3, column medications"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("listed twice"))) << result.err.toStdString();
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM night_logs")), QStringLiteral("0"));
}

TEST_F(HostileInput, AFailedRestoreLeavesNoFileBehind)
{
    const QString backup = write(QStringLiteral("bad.json"),
                                 R"({"format": "cramp-diary-backup", "version": 1, "factors": [], "medications": [],
                                     "nightLogs": [], "episodes": [{"id": 1, "start": "2026-11-20T03:00:00Z",
                                     "utcOffsetMinutes": 0, "severity": 5.5}]})");
    const QString target = home.filePath(QStringLiteral("restored.sqlite"));
    const Result result = run(
            { QStringLiteral("restore"), QStringLiteral("--input"), backup, QStringLiteral("--database"), target },
            false);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("episodes[0].severity"))) << result.err.toStdString();
    const QStringList left = QDir(home.path()).entryList({ QStringLiteral("restored*") }, QDir::Files | QDir::Hidden);
    EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(' ')).toStdString();
}

// A restore that runs out of room (every file it writes capped at N bytes, as a nearly full
// disk does): at every cap it either succeeds with every cramp readable, or says it failed
// and leaves nothing behind. Before, it reported success with the data stranded in a log
// that no longer matched the renamed file.
TEST_F(HostileInput, ARestoreThatRunsOutOfRoomSucceedsWholeOrLeavesNothing)
{
    const QString source = home.filePath(QStringLiteral("source.sqlite"));
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("300"),
                    QStringLiteral("--database"), source },
                  false)
                      .exitCode,
              0);
    const QString backup = home.filePath(QStringLiteral("all.json"));
    ASSERT_EQ(
            run({ QStringLiteral("backup"), QStringLiteral("--output"), backup, QStringLiteral("--database"), source },
                false)
                    .exitCode,
            0);
    const QString cramps = sql(source, QStringLiteral("SELECT count(*) FROM episodes"));
    int failed = 0, succeeded = 0;
    for (const qint64 cap : { 8, 24, 48, 96, 160, 256, 400, 640, 1024, 4096 }) {
        const QString target = home.filePath(QStringLiteral("restored-%1.sqlite").arg(cap));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setChildProcessModifier([cap] {
            ::signal(SIGXFSZ, SIG_IGN); // a write past the cap fails instead of ending the process
            const struct rlimit limit {
                rlim_t(cap * 1024), rlim_t(cap * 1024)
            };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        process.start(
                QStringLiteral(CRAMP_DIARY_BINARY),
                { QStringLiteral("restore"), QStringLiteral("--input"), backup, QStringLiteral("--database"), target });
        ASSERT_TRUE(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const QStringList left
                = QDir(home.path())
                          .entryList({ QFileInfo(target).fileName() + QLatin1Char('*') }, QDir::Files | QDir::Hidden);
        if (process.exitCode() == 0) {
            ++succeeded;
            EXPECT_EQ(left, QStringList { QFileInfo(target).fileName() }) << cap;
            EXPECT_EQ(sql(target, QStringLiteral("SELECT count(*) FROM episodes")), cramps) << cap;
            EXPECT_EQ(sql(target, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok")) << cap;
        } else {
            ++failed;
            EXPECT_TRUE(err.contains(QStringLiteral("Nothing was restored"))) << cap << ": " << err.toStdString();
            EXPECT_TRUE(left.isEmpty()) << cap << ": " << left.join(u' ').toStdString();
        }
    }
    EXPECT_GT(failed, 0) << "the smallest caps must fail";
    EXPECT_GT(succeeded, 0) << "the largest caps must succeed";

    // A real file system filled up, where the machine lets the test mount one (a private
    // mount namespace): the log fits and the writing back into the file does not, the case
    // that once reported success. Each size: the whole diary, or a disk-full message and nothing.
    const QString mountPoint = home.filePath(QStringLiteral("small-disk"));
    ASSERT_TRUE(QDir().mkpath(mountPoint));
    const QString script = QStringLiteral(
            "mount -t tmpfs -o size=\"$SIZE\" tmpfs \"$DIR\" 2>/dev/null || exit 77\n"
            "\"$BIN\" restore --input \"$BACKUP\" --database \"$DIR/r.sqlite\" >/dev/null 2>\"$DIR/../err-$SIZE\"\n"
            "echo \"rc=$?\"; ls -A \"$DIR\" | tr '\\n' ' '; echo\n"
            "[ -f \"$DIR/r.sqlite\" ] && sqlite3 \"$DIR/r.sqlite\" 'SELECT count(*) FROM episodes; PRAGMA "
            "integrity_check;'\n"
            "exit 0\n");
    int mounted = 0, fullDisk = 0;
    for (const char *size : { "96k", "160k", "224k", "288k", "352k", "448k", "640k", "1m", "4m" }) {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("SIZE"), QLatin1StringView(size));
        env.insert(QStringLiteral("DIR"), mountPoint);
        env.insert(QStringLiteral("BIN"), QStringLiteral(CRAMP_DIARY_BINARY));
        env.insert(QStringLiteral("BACKUP"), backup);
        QString out;
        int exit = 77;
        for (const QStringList &unshare : { QStringList { QStringLiteral("--mount") },
                                            QStringList { QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                                                          QStringLiteral("--mount") } }) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral("unshare"),
                          unshare + QStringList { QStringLiteral("sh"), QStringLiteral("-c"), script });
            if (!process.waitForFinished(60000))
                break;
            exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 77;
            out = QString::fromUtf8(process.readAllStandardOutput());
            if (exit != 77)
                break;
        }
        if (exit == 77)
            continue; // this machine does not let a test mount a file system
        ++mounted;
        const QStringList lines = out.split(u'\n');
        const QString err = [&] {
            QFile file(home.filePath(QStringLiteral("err-%1").arg(QLatin1StringView(size))));
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        }();
        if (lines.value(0) == QLatin1StringView("rc=0")) {
            EXPECT_EQ(lines.value(1).trimmed(), QStringLiteral("r.sqlite")) << size << ": " << out.toStdString();
            EXPECT_EQ(lines.value(2), cramps) << size << ": " << out.toStdString();
            EXPECT_EQ(lines.value(3), QStringLiteral("ok")) << size;
        } else {
            EXPECT_TRUE(lines.value(1).trimmed().isEmpty()) << size << ": left " << lines.value(1).toStdString();
            EXPECT_TRUE(err.contains(QStringLiteral("the disk is full"))
                        && err.contains(QStringLiteral("Nothing was restored")))
                    << size << ": " << err.toStdString();
            ++fullDisk;
        }
    }
    if (mounted > 0)
        EXPECT_GT(fullDisk, 0) << "the smallest file systems must fill up";
    else
        std::cout << "[ NOTE ] no file system could be mounted here; the capped writes above stand for it\n";
}

// Writers on a full disk (a small file system mounted in a private namespace, then filled):
// each says the disk is full and that nothing was changed, never "damaged" or "upgrade",
// leaves no -wal or -shm, and the diary still holds what it held.
TEST_F(HostileInput, OnAFullDiskEveryWriterSaysSoAndChangesNothing)
{
    const QString mountPoint = home.filePath(QStringLiteral("full-disk"));
    ASSERT_TRUE(QDir().mkpath(mountPoint));
    const QString script = QStringLiteral("mount -t tmpfs -o size=512k tmpfs \"$DIR\" 2>/dev/null || exit 77\n"
                                          "D=\"$DIR/d.sqlite\"\n"
                                          "\"$BIN\" log --severity 4 --database \"$D\" >/dev/null 2>&1 || exit 3\n"
                                          "\"$BIN\" checkin --water 900 --database \"$D\" >/dev/null 2>&1 || exit 3\n"
                                          "printf 'night,start_local,utc_offset_minutes,severity\\n"
                                          "2026-11-19,2026-11-20T03:10:00,60,6\\n' >\"$DIR/../in.csv\"\n"
                                          "dd if=/dev/zero of=\"$DIR/filler\" bs=4k 2>/dev/null\n"
                                          "for c in log checkin import export backup report demo; do\n"
                                          "  case $c in\n"
                                          "    import) set -- import --input \"$DIR/../in.csv\" --database \"$D\" ;;\n"
                                          "    export) set -- export --output \"$DIR/e.csv\" --database \"$D\" ;;\n"
                                          "    checkin) set -- checkin --water 1500 --database \"$D\" ;;\n"
                                          "    backup) set -- backup --output \"$DIR/b.json\" --database \"$D\" ;;\n"
                                          "    report) set -- report --output \"$DIR/r.pdf\" --database \"$D\" ;;\n"
                                          "    demo) set -- demo --database \"$DIR/new.sqlite\" ;;\n"
                                          "    *) set -- log --severity 9 --database \"$D\" ;;\n"
                                          "  esac\n"
                                          "  \"$BIN\" \"$@\" >/dev/null 2>\"$DIR/../err\"\n"
                                          "  echo \"$c rc=$? $(head -c 300 \"$DIR/../err\" | tr '\\n' ' ')\"\n"
                                          "  echo \"$c files: $(ls -A \"$DIR\" | grep -v filler | tr '\\n' ' ')\"\n"
                                          "done\n"
                                          "rm -f \"$DIR/filler\"\n"
                                          "echo \"kept $(sqlite3 \"$D\" 'SELECT count(*) FROM episodes; SELECT "
                                          "count(*) FROM night_logs;' | tr '\\n' ' ')\"\n");
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DIR"), mountPoint);
    env.insert(QStringLiteral("BIN"), QStringLiteral(CRAMP_DIARY_BINARY));
    QString out;
    int exit = 77;
    for (const QStringList &unshare :
         { QStringList { QStringLiteral("--mount") },
           QStringList { QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount") } }) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("unshare"),
                      unshare + QStringList { QStringLiteral("sh"), QStringLiteral("-c"), script });
        ASSERT_TRUE(process.waitForFinished(120000));
        exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 77;
        out = QString::fromUtf8(process.readAllStandardOutput());
        if (exit != 77)
            break;
    }
    if (exit == 77) {
        // No file system can be mounted on this machine; the capped restore above stands for it.
        std::cout << "[ NOTE ] no file system could be mounted here\n";
        return;
    }
    ASSERT_EQ(exit, 0) << out.toStdString();
    for (const char *command : { "log", "checkin", "import", "export", "backup", "report", "demo" }) {
        const QString name = QLatin1StringView(command);
        const QStringList lines = out.split(u'\n');
        const auto line = [&](const QString &prefix) {
            const auto found = std::find_if(lines.cbegin(), lines.cend(),
                                            [&](const QString &l) { return l.startsWith(prefix); });
            return found == lines.cend() ? QString() : *found;
        };
        const QString result = line(name + QStringLiteral(" rc="));
        EXPECT_FALSE(result.startsWith(name + QStringLiteral(" rc=0"))) << result.toStdString();
        EXPECT_TRUE(result.contains(QStringLiteral("disk is full")) || result.contains(QStringLiteral("no room left")))
                << result.toStdString();
        for (const char *wrong : { "damaged", "pgrad", "Unknown error" })
            EXPECT_FALSE(result.contains(QLatin1StringView(wrong))) << result.toStdString();
        const QString files = line(name + QStringLiteral(" files:"));
        EXPECT_FALSE(files.contains(QStringLiteral("-wal")) || files.contains(QStringLiteral("-shm")))
                << files.toStdString();
        EXPECT_FALSE(files.split(u' ').contains(QStringLiteral("new.sqlite")))
                << "no empty diary left: " << files.toStdString();
        EXPECT_FALSE(files.contains(QStringLiteral("e.csv"))) << "no export begun: " << files.toStdString();
    }
    EXPECT_TRUE(out.contains(QStringLiteral("kept 1 1"))) << out.toStdString(); // the import added nothing
}

// A passphrase-protected backup from the command line: restored with the passphrase, and
// refused with the diary never created without it or with a wrong one.
TEST_F(HostileInput, AProtectedBackupNeedsItsPassphrase)
{
    ASSERT_EQ(run({ QStringLiteral("log"), QStringLiteral("--severity"), QStringLiteral("6") }).exitCode, 0);
    const QString secret = write(QStringLiteral("secret.txt"), "a long passphrase\n");
    const QString wrong = write(QStringLiteral("wrong.txt"), "another passphrase\n");
    const QString backup = home.filePath(QStringLiteral("protected.cdbackup"));
    Result result = run({ QStringLiteral("backup"), QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"),
                          secret, QStringLiteral("--output"), backup });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("protected by the passphrase")));
    QFile file(backup);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains("episodes"));

    const QString target = home.filePath(QStringLiteral("restored.sqlite"));
    const QStringList restore { QStringLiteral("restore"), QStringLiteral("--input"), backup,
                                QStringLiteral("--database"), target };
    result = run(restore + QStringList { QStringLiteral("--passphrase-file"), wrong }, false);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("passphrase is wrong"))) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(target));
    result = run(restore + QStringList { QStringLiteral("--passphrase-file"), secret }, false);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(sql(target, QStringLiteral("SELECT severity FROM episodes")), QStringLiteral("6"));
}

// Another app's file through a mapping file: imported once, skipped when imported again;
// a mapping file with a wrong key is a usage error.
TEST_F(HostileInput, AnotherAppsFileIsImportedThroughAMappingFile)
{
    const QString csv
            = write(QStringLiteral("flaredown.csv"), "Date,Leg cramps,Fatigue\n2026-10-01,2,1\n2026-10-02,0,3\n");
    const QString map = write(QStringLiteral("map.json"),
                              R"({"kind": "symptom-sheet", "date": "Date", "symptom": "Leg cramps"})");
    const QStringList import { QStringLiteral("import"), QStringLiteral("--map"), map, QStringLiteral("--input"), csv };
    Result result = run(import);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Imported 1 row"))) << result.out.toStdString();
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT severity FROM episodes")), QStringLiteral("5"));
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM night_logs")), QStringLiteral("2"));
    result = run(import);
    EXPECT_TRUE(result.out.contains(QStringLiteral("Skipped 1 cramp already in the diary")))
            << result.out.toStdString();
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM episodes")), QStringLiteral("1"));

    const QString wrong
            = write(QStringLiteral("wrong.json"), R"({"kind": "symptom-sheet", "date": "Date", "colour": 1})");
    result = run({ QStringLiteral("import"), QStringLiteral("--map"), wrong, QStringLiteral("--input"), csv });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("colour"))) << result.err.toStdString();
}
