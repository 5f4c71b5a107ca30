// Files a careful tester gives as --database: garbage, cut-short diaries, other programs'
// databases, impossible formats, read-only places, folders, pipes and devices, a dropped
// table, a row that breaks a rule. Each gets a clear message and an exit code, never a
// crash or a hang, and is left byte for byte as it was with nothing new beside it.
#include "CommandLineFixture.h"

#include <functional>
#include <random>
#include <sys/stat.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

namespace {
// Every file of a folder with a hash of its bytes: equal snapshots mean nothing changed.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System); it.hasNext();) {
        const QString path = it.next();
        QFile file(path);
        QByteArray hash = "unreadable";
        if (QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly))
            hash = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        files.insert(QFileInfo(path).fileName(), hash);
    }
    return files;
}

struct Expected {
    int exitCode;
    QString message; // a fragment of the message on standard error ("" when it succeeds)
};

struct HostileCase {
    const char *name;
    // Makes the file in `folder` and returns the path to give as --database.
    std::function<QString(class HostileDiary &, const QString &folder)> make;
    Expected log; // a writing command
    Expected list; // a viewing command
};

class HostileDiary : public CommandLine
{
public:
    QString folder = home.filePath(QStringLiteral("place"));

    HostileDiary() { QDir().mkpath(folder); }
    ~HostileDiary() override { chmod(QFile::encodeName(folder).constData(), 0700); }

    // A real diary with a month of the app's own demo history, closed cleanly.
    QString demoDiary(const QString &name)
    {
        const QString path = QDir(folder).filePath(name);
        const Result made = run({ QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("30"),
                                  QStringLiteral("--database"), path },
                                false);
        EXPECT_EQ(made.exitCode, 0) << made.err.toStdString();
        return path;
    }

    void sqlScript(const QString &path, const QByteArray &script)
    {
        QProcess process;
        process.start(QStringLiteral("sqlite3"), { path });
        process.write(script);
        process.closeWriteChannel();
        ASSERT_TRUE(process.waitForFinished(10000));
        ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    }

    void truncate(const QString &path, qint64 size)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.resize(size));
    }

    Result runOn(const QString &command, const QString &path)
    {
        return run({ command, QStringLiteral("--database"), path }, false);
    }
};

QByteArray randomBytes(int size)
{
    std::mt19937 random(12);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(random());
    return bytes;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

const QString NotADiary = QStringLiteral("is not a Cramp Diary file");
const QString Damaged = QStringLiteral("is damaged");
const QString OtherProgram = QStringLiteral("database of another program");
const QString CutShort = QStringLiteral("cut short");

const HostileCase Cases[] = {
    { "RandomBytes",
      [](HostileDiary &, const QString &folder) -> QString {
          const QString path = folder + QStringLiteral("/random.sqlite");
          writeFile(path, randomBytes(8192));
          return path;
      },
      { 1, NotADiary },
      { 1, NotADiary } },
    { "HeaderCutShort",
      [](HostileDiary &t, const QString &) -> QString {
          const QString path = t.demoDiary(QStringLiteral("cut50.sqlite"));
          t.truncate(path, 50);
          return path;
      },
      { 1, Damaged },
      { 1, Damaged } },
    { "OneByteShort",
      [](HostileDiary &t, const QString &) -> QString {
          const QString path = t.demoDiary(QStringLiteral("cut1.sqlite"));
          t.truncate(path, QFileInfo(path).size() - 1);
          return path;
      },
      { 1, CutShort },
      { 1, CutShort } },
    { "HalfItsPages",
      [](HostileDiary &t, const QString &) -> QString {
          const QString path = t.demoDiary(QStringLiteral("half.sqlite"));
          t.truncate(path, QFileInfo(path).size() / 4096 / 2 * 4096);
          return path;
      },
      { 1, CutShort },
      { 1, CutShort } },
    { "AnotherProgramsDatabase",
      [](HostileDiary &t, const QString &folder) -> QString {
          const QString path = folder + QStringLiteral("/contacts.db");
          t.sqlScript(path, "CREATE TABLE people(name TEXT); INSERT INTO people VALUES ('Ada');");
          return path;
      },
      { 1, OtherProgram },
      { 1, OtherProgram } },
    { "AnotherProgramsWalDatabase",
      [](HostileDiary &t, const QString &folder) -> QString {
          const QString path = folder + QStringLiteral("/notes.db");
          t.sqlScript(path, "PRAGMA journal_mode=WAL; CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('x');");
          return path;
      },
      { 1, OtherProgram },
      { 1, OtherProgram } },
    { "FormatMinusOne",
      [](HostileDiary &t, const QString &) -> QString {
          const QString path = t.demoDiary(QStringLiteral("minus.sqlite"));
          t.sqlScript(path, "PRAGMA user_version = -1;");
          return path;
      },
      { 1, QStringLiteral("format that does not exist (-1)") },
      { 1, QStringLiteral("format that does not exist (-1)") } },
    { "Format999",
      [](HostileDiary &t, const QString &) -> QString {
          const QString path = t.demoDiary(QStringLiteral("future.sqlite"));
          t.sqlScript(path, "PRAGMA user_version = 999;");
          return path;
      },
      { 1, QStringLiteral("newer version of Cramp Diary (diary format 999") },
      { 1, QStringLiteral("newer version of Cramp Diary (diary format 999") } },
    { "ReadOnlyFile",
      [](HostileDiary &t, const QString &) -> QString {
          const QString path = t.demoDiary(QStringLiteral("readonly.sqlite"));
          chmod(QFile::encodeName(path).constData(), 0444);
          return path;
      },
      { 1, QStringLiteral("read-only") },
      { 0, {} } },
    { "ReadOnlyFolder",
      [](HostileDiary &t, const QString &folder) -> QString {
          const QString path = t.demoDiary(QStringLiteral("infolder.sqlite"));
          chmod(QFile::encodeName(folder).constData(), 0555);
          return path;
      },
      { 1, QStringLiteral("read-only") },
      { 0, {} } },
    { "AFolder",
      [](HostileDiary &, const QString &folder) -> QString {
          QDir(folder).mkdir(QStringLiteral("diary.sqlite"));
          return folder + QStringLiteral("/diary.sqlite");
      },
      { 1, QStringLiteral("is a folder") },
      { 1, QStringLiteral("is a folder") } },
    { "AFifo",
      [](HostileDiary &, const QString &folder) -> QString {
          const QString path = folder + QStringLiteral("/pipe.sqlite");
          mkfifo(QFile::encodeName(path).constData(), 0600);
          return path;
      },
      { 1, QStringLiteral("not a regular file") },
      { 1, QStringLiteral("not a regular file") } },
    { "DevZero",
      [](HostileDiary &, const QString &) -> QString { return QStringLiteral("/dev/zero"); },
      { 1, QStringLiteral("not a regular file") },
      { 1, QStringLiteral("not a regular file") } },
    { "AnEmptyFileIsNoDiaryToView",
      [](HostileDiary &, const QString &folder) -> QString {
          const QString path = folder + QStringLiteral("/empty.sqlite");
          writeFile(path, {});
          return path;
      },
      { 0, {} }, // a new, empty file becomes a diary when written to
      { 1, QStringLiteral("holds no diary yet") } },
    { "ADroppedTable",
      [](HostileDiary &t, const QString &) -> QString {
          const QString path = t.demoDiary(QStringLiteral("dropped.sqlite"));
          t.sqlScript(path, "DROP TABLE episode_warning_signs;");
          return path;
      },
      { 1, QStringLiteral("parts of the diary are missing (episode_warning_signs)") },
      { 1, QStringLiteral("parts of the diary are missing (episode_warning_signs)") } },
    { "ATriggerAddedByAnotherProgram",
      [](HostileDiary &t, const QString &) -> QString {
          const QString path = t.demoDiary(QStringLiteral("trigger.sqlite"));
          t.sqlScript(path,
                      "CREATE TRIGGER wipe AFTER INSERT ON episodes BEGIN DELETE FROM episodes "
                      "WHERE id <> NEW.id; END;");
          return path;
      },
      { 1, QStringLiteral("trigger \u201cwipe\u201d") },
      { 1, QStringLiteral("trigger \u201cwipe\u201d") } },
    { "AViewAndATableAddedByAnotherProgram",
      [](HostileDiary &t, const QString &) -> QString {
          const QString path = t.demoDiary(QStringLiteral("view.sqlite"));
          t.sqlScript(path, "CREATE TABLE notes_of_mine (x); CREATE VIEW recent AS SELECT * FROM episodes;");
          return path;
      },
      { 1, QStringLiteral("table \u201cnotes_of_mine\u201d, view \u201crecent\u201d") },
      { 1, QStringLiteral("table \u201cnotes_of_mine\u201d, view \u201crecent\u201d") } },
    { "AnImpossibleDate",
      [](HostileDiary &t, const QString &) -> QString {
          const QString path = t.demoDiary(QStringLiteral("date.sqlite"));
          t.sqlScript(path, "INSERT INTO night_logs (night, checked_in_utc) VALUES ('2025-02-30', 0);");
          return path;
      },
      { 1, QStringLiteral("impossible date (\u201c2025-02-30\u201d)") },
      { 1, QStringLiteral("impossible date (\u201c2025-02-30\u201d)") } },
    { "ARowBreakingARule",
      [](HostileDiary &t, const QString &) -> QString {
          const QString path = t.demoDiary(QStringLiteral("rule.sqlite"));
          t.sqlScript(path,
                      "PRAGMA ignore_check_constraints = 1; "
                      "UPDATE episodes SET severity = 99 WHERE id = (SELECT min(id) FROM episodes);");
          return path;
      },
      { 1, QStringLiteral("check --repair") },
      { 1, QStringLiteral("check --repair") } },
};

void PrintTo(const HostileCase &c, std::ostream *os)
{
    *os << c.name;
}

class HostileDiaries : public HostileDiary, public ::testing::WithParamInterface<HostileCase>
{
};
} // namespace

TEST_P(HostileDiaries, AreRefusedClearlyAndLeftExactlyAsTheyWere)
{
    const HostileCase &c = GetParam();
    const QString path = c.make(*this, folder);
    ASSERT_FALSE(HasFatalFailure());
    const QString place = QFileInfo(path).absolutePath();
    for (const auto &[command, expected] :
         { std::pair { QStringLiteral("list"), c.list }, std::pair { QStringLiteral("log"), c.log } }) {
        const auto before = snapshot(place);
        QElapsedTimer clock;
        clock.start();
        const Result result = runOn(command, path);
        EXPECT_LT(clock.elapsed(), 15000) << command.toStdString() << ": no hang";
        EXPECT_FALSE(result.crashed) << command.toStdString();
        EXPECT_EQ(result.exitCode, expected.exitCode) << command.toStdString() << ": " << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(expected.message)) << command.toStdString() << ": " << result.err.toStdString();
        EXPECT_FALSE(result.err.contains(QStringLiteral("SQL"))) << result.err.toStdString();
        if (expected.exitCode != 0 || command == QLatin1StringView("list")) {
            EXPECT_EQ(snapshot(place), before) << command.toStdString() << ": the file or its folder changed";
        }
    }
}

std::string caseName(const ::testing::TestParamInfo<HostileCase> &param)
{
    return param.param.name;
}
INSTANTIATE_TEST_SUITE_P(Files, HostileDiaries, ::testing::ValuesIn(Cases), caseName);

// An older diary is shown upgraded in memory by a viewing command, its file untouched,
// even where it could be written.
TEST_F(HostileDiary, AnOlderDiaryIsViewedWithoutUpgradingTheFile)
{
    const QString path = QDir(folder).filePath(QStringLiteral("v1.sqlite"));
    QFile script(QStringLiteral(CRAMP_SCHEMA_DIR "/001-initial.sql"));
    ASSERT_TRUE(script.open(QIODevice::ReadOnly));
    sqlScript(path,
              "PRAGMA journal_mode=WAL; BEGIN;" + script.readAll()
                      + "PRAGMA application_id = 1129467216; PRAGMA user_version = 1;"
                        "INSERT INTO episodes (start_utc, utc_offset_s, severity, created_utc, updated_utc) "
                        "VALUES (1790000000, 0, 6, 0, 0); COMMIT;");
    for (const QString &mode : { QStringLiteral("0644"), QStringLiteral("0444") }) {
        chmod(QFile::encodeName(path).constData(), mode.toInt(nullptr, 8));
        const auto before = snapshot(folder);
        const QJsonArray listed = [&] {
            const Result r = run({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--from"),
                                   QStringLiteral("2026-09-01"), QStringLiteral("--database"), path },
                                 false);
            EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
            return QJsonDocument::fromJson(r.out.toUtf8()).array();
        }();
        ASSERT_EQ(listed.size(), 1) << mode.toStdString();
        EXPECT_EQ(listed.first().toObject().value(QStringLiteral("severity")).toInt(), 6);
        EXPECT_EQ(snapshot(folder), before) << mode.toStdString();
    }
}

// The way out of a broken rule: check names the entry, repair keeps everything else and
// the damaged file, and the diary is usable again.
TEST_F(HostileDiary, CheckNamesABrokenEntryAndRepairKeepsEverythingElse)
{
    const QString path = demoDiary(QStringLiteral("broken.sqlite"));
    const QString cramps = sql(path, QStringLiteral("SELECT count(*) FROM episodes"));
    Result result = runOn(QStringLiteral("check"), path);
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("has no problems"))) << result.out.toStdString();

    sqlScript(path,
              "PRAGMA ignore_check_constraints = 1; "
              "UPDATE episodes SET severity = 99 WHERE id = (SELECT min(id) FROM episodes);");
    const auto before = snapshot(folder);
    result = runOn(QStringLiteral("check"), path);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains(QStringLiteral("severity is 99, which the diary does not allow")))
            << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("the cramp of 20"))) << result.out.toStdString();
    EXPECT_EQ(snapshot(folder), before) << "check only reads";

    result = run({ QStringLiteral("check"), QStringLiteral("--repair"), QStringLiteral("--database"), path }, false);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Left out 1 record"))) << result.out.toStdString();
    const QStringList damaged = QDir(folder).entryList({ QStringLiteral("broken.sqlite.damaged-*") });
    ASSERT_EQ(damaged.size(), 1);
    EXPECT_EQ(sql(QDir(folder).filePath(damaged.first()), QStringLiteral("SELECT max(severity) FROM episodes")),
              QStringLiteral("99"));
    EXPECT_EQ(sql(path, QStringLiteral("SELECT count(*) FROM episodes")), QString::number(cramps.toInt() - 1));
    EXPECT_EQ(runOn(QStringLiteral("log"), path).exitCode, 0);
    result = runOn(QStringLiteral("check"), path);
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString();
}

// A trigger added with the sqlite3 shell would delete every cramp on the next log: check
// names it, the repair keeps every cramp and leaves the trigger out.
TEST_F(HostileDiary, CheckNamesATriggerAndRepairLeavesItOutKeepingEveryCramp)
{
    const QString path = demoDiary(QStringLiteral("trigger.sqlite"));
    const QString cramps = sql(path, QStringLiteral("SELECT count(*) FROM episodes"));
    sqlScript(path, "CREATE TRIGGER wipe AFTER INSERT ON episodes BEGIN DELETE FROM episodes WHERE id <> NEW.id; END;");
    Result result = runOn(QStringLiteral("check"), path);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains(QStringLiteral("Not part of a diary: trigger \u201cwipe\u201d")))
            << result.out.toStdString();
    result = run({ QStringLiteral("check"), QStringLiteral("--repair"), QStringLiteral("--database"), path }, false);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(sql(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")),
              QStringLiteral("0"));
    ASSERT_EQ(runOn(QStringLiteral("log"), path).exitCode, 0);
    EXPECT_EQ(sql(path, QStringLiteral("SELECT count(*) FROM episodes")), QString::number(cramps.toInt() + 1));
}

// A date that does not exist, in any table that holds dates: check names each, the repair
// leaves them out and keeps the rest, and the diary opens again.
TEST_F(HostileDiary, CheckNamesImpossibleDatesInEveryTableAndRepairLeavesThemOut)
{
    const QString path = demoDiary(QStringLiteral("dates.sqlite"));
    const QString cramps = sql(path, QStringLiteral("SELECT count(*) FROM episodes"));
    sqlScript(path,
              "INSERT INTO night_logs (night, checked_in_utc) VALUES ('2025-02-30', 0);"
              "INSERT INTO untracked_periods (first_night, last_night, reason) VALUES ('2024-01-01', '2024-02-31', '');"
              "INSERT INTO no_cramp_nights (night, recorded_utc) VALUES ('2023-04-31', 0);"
              "INSERT INTO medications (name, drug_class, dose) VALUES ('Test', 'other', '');"
              "INSERT INTO medication_periods (medication_id, started) VALUES (last_insert_rowid(), '2023-13-01');");
    Result result = runOn(QStringLiteral("check"), path);
    EXPECT_EQ(result.exitCode, 1);
    for (const char *named :
         { "night is 2025-02-30, which is not a date", "last_night is 2024-02-31, which is not a date",
           "night is 2023-04-31, which is not a date", "started is 2023-13-01, which is not a date" })
        EXPECT_TRUE(result.out.contains(QLatin1StringView(named))) << named << "\n" << result.out.toStdString();
    result = run({ QStringLiteral("check"), QStringLiteral("--repair"), QStringLiteral("--database"), path }, false);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(sql(path, QStringLiteral("SELECT count(*) FROM episodes")), cramps);
    EXPECT_EQ(sql(path, QStringLiteral("SELECT count(*) FROM night_logs WHERE night = '2025-02-30'")),
              QStringLiteral("0"));
    result = runOn(QStringLiteral("stats"), path);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
}

// check answers a sound diary from whole-table queries and SQLite's own checks; those trust
// the rules written in the file. A rule another program loosened, or a detail whose cramp is
// gone, must still send it to the row-by-row copy that names the entry.
TEST_F(HostileDiary, CheckTrustsNoRuleAnotherProgramRewroteAndNamesADetailWithoutItsCramp)
{
    const QString path = demoDiary(QStringLiteral("loosened.sqlite"));
    sqlScript(path,
              "PRAGMA writable_schema = ON;"
              "UPDATE sqlite_schema SET sql = replace(sql, 'severity BETWEEN 0 AND 10', 'severity BETWEEN 0 AND 100') "
              "WHERE name = 'episodes';"
              "PRAGMA writable_schema = OFF;");
    sqlScript(path, "UPDATE episodes SET severity = 99 WHERE id = (SELECT min(id) FROM episodes);");
    ASSERT_EQ(sql(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    Result result = runOn(QStringLiteral("check"), path);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains(QStringLiteral("severity is 99, which the diary does not allow")))
            << result.out.toStdString();

    const QString orphaned = demoDiary(QStringLiteral("orphaned.sqlite"));
    sqlScript(orphaned, "PRAGMA foreign_keys = OFF; INSERT INTO episode_reliefs VALUES (999999, 'walk', 1);");
    result = runOn(QStringLiteral("check"), orphaned);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains(QStringLiteral("a relief tried for cramp number 999999: it belongs to an entry "
                                                   "that is not in the diary")))
            << result.out.toStdString();
}

// Another diary's log put beside this one: SQLite cannot tell it is a stranger and reads
// its pages. The diary is refused, and left byte for byte as it was, the stray log included
// (before, closing wrote the stray log into the file and deleted it).
TEST_F(HostileDiary, AStrayLogFromAnotherDiaryIsRefusedAndNothingIsMerged)
{
    const QString path = demoDiary(QStringLiteral("mine.sqlite"));
    const QString other = QDir(folder).filePath(QStringLiteral("other/theirs.sqlite"));
    ASSERT_TRUE(QDir(folder).mkpath(QStringLiteral("other")));
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("200"), QStringLiteral("--seed"),
                    QStringLiteral("7"), QStringLiteral("--database"), other },
                  false)
                      .exitCode,
              0);
    // The other diary's log, kept by a writer that never checkpointed.
    sqlScript(other,
              ".dbconfig no_ckpt_on_close on\nPRAGMA journal_mode=WAL;\n"
              "UPDATE episodes SET notes = 'theirs';\nDELETE FROM night_logs WHERE night < '2026-10-01';\n");
    ASSERT_TRUE(QFile::exists(other + QStringLiteral("-wal")));
    ASSERT_TRUE(QFile::copy(other + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    const QString place = QFileInfo(path).absolutePath();
    QMap<QString, QByteArray> before = snapshot(place);
    before.remove(QStringLiteral("other"));
    for (const QString &command : { QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("stats") }) {
        const Result result = runOn(command, path);
        EXPECT_EQ(result.exitCode, 1) << command.toStdString() << ": " << result.out.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("left untouched"))) << result.err.toStdString();
        QMap<QString, QByteArray> after = snapshot(place);
        after.remove(QStringLiteral("other"));
        EXPECT_EQ(after.keys(), before.keys()) << command.toStdString();
        EXPECT_TRUE(after == before) << command.toStdString() << ": the diary or its log changed";
    }
}

// A diary missing its last pages: repair keeps what can still be read.
TEST_F(HostileDiary, RepairSavesWhatACutShortDiaryStillHolds)
{
    const QString path = demoDiary(QStringLiteral("short.sqlite"));
    truncate(path, QFileInfo(path).size() - 4096);
    const Result result
            = run({ QStringLiteral("check"), QStringLiteral("--repair"), QStringLiteral("--database"), path }, false);
    EXPECT_FALSE(result.crashed);
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString() << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Repaired"))) << result.out.toStdString();
    EXPECT_EQ(runOn(QStringLiteral("log"), path).exitCode, 0);
}

// A backup holding an entry that breaks a rule (made from a damaged diary by an older
// version, or edited by hand): refused with the entry named, or restored without it.
TEST_F(HostileDiary, ABackupWithABrokenEntryIsRestoredWithoutItOnlyWhenAsked)
{
    const QString path = demoDiary(QStringLiteral("source.sqlite"));
    const QString backup = QDir(folder).filePath(QStringLiteral("backup.json"));
    ASSERT_EQ(run({ QStringLiteral("backup"), QStringLiteral("--output"), backup, QStringLiteral("--database"), path },
                  false)
                      .exitCode,
              0);
    QFile file(backup);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray episodes = root.value(QStringLiteral("episodes")).toArray();
    const int cramps = int(episodes.size());
    QJsonObject first = episodes.first().toObject();
    first.insert(QStringLiteral("severity"), 99);
    episodes.replace(0, first);
    root.insert(QStringLiteral("episodes"), episodes);
    writeFile(backup, QJsonDocument(root).toJson());

    const QString target = QDir(folder).filePath(QStringLiteral("restored.sqlite"));
    const QStringList restore { QStringLiteral("restore"), QStringLiteral("--input"), backup,
                                QStringLiteral("--database"), target };
    Result result = run(restore, false);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("episodes[0].severity"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("--skip-broken"))) << result.err.toStdString();
    EXPECT_TRUE(QDir(folder).entryList({ QStringLiteral("restored*") }).isEmpty());

    result = run(restore + QStringList { QStringLiteral("--skip-broken") }, false);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Left out 1 record"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("episodes[0].severity"))) << result.out.toStdString();
    EXPECT_EQ(sql(target, QStringLiteral("SELECT count(*) FROM episodes")), QString::number(cramps - 1));
}
