#include "core/store/DiaryFile.h"

#include "TempDiary.h"
#include "core/store/Database.h"
#include "core/store/DiaryFormat.h"
#include "core/store/DiaryLock.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/Statement.h"
#include "core/store/StoreError.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <thread>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QScopeGuard>
#include <QSysInfo>

namespace {
// A writer's patience with a holder that is not writing, shortened for a test that only
// needs "a moment" instead of three real seconds.
struct ShortPatience {
    ShortPatience() { DiaryLock::setPatience(300); }
    ~ShortPatience() { DiaryLock::setPatience(DiaryLock::DefaultPatienceMilliseconds); }
};

StoreError::Kind openFailure(const QString &path, DiaryFile::Access access = DiaryFile::Access::ReadWrite)
{
    try {
        DiaryFile file(path, access);
    } catch (const StoreError &error) {
        EXPECT_FALSE(error.message().isEmpty());
        return error.kind();
    }
    ADD_FAILURE() << "opening " << path.toStdString() << " succeeded";
    return StoreError::Kind::Io;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

int userVersion(const QString &path)
{
    Database db(path, Database::Mode::ReadOnly);
    Statement s(db, "PRAGMA user_version");
    s.step();
    return s.integer(0);
}

// A diary as an older version of the app left it: only the first `version` scripts.
void makeDiaryAtVersion(const QString &path, int version)
{
    Database db(path, Database::Mode::ReadWrite);
    db.execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    SchemaMigrator::migrate(db, 0, version);
}
} // namespace

TEST(DiaryFile, ANewFileBecomesAnEmptyDiaryInWalMode)
{
    TempDiary temp;
    DiaryFile file(temp.path, DiaryFile::Access::ReadWrite);
    EXPECT_FALSE(file.isReadOnly());
    EXPECT_TRUE(file.backupPath().isEmpty());
    Statement mode(file.database(), "PRAGMA journal_mode");
    mode.step();
    EXPECT_EQ(mode.text(0), QStringLiteral("wal"));
    Statement keys(file.database(), "PRAGMA foreign_keys");
    keys.step();
    EXPECT_EQ(keys.integer(0), 1);
    Statement synchronous(file.database(), "PRAGMA synchronous");
    synchronous.step();
    EXPECT_EQ(synchronous.integer(0), 2) << "FULL, set by the app, not left to the library's default";
    Statement version(file.database(), "PRAGMA user_version");
    version.step();
    EXPECT_EQ(version.integer(0), SchemaMigrator::latestVersion());
    EXPECT_GE(SchemaMigrator::latestVersion(), 2);
}

TEST(DiaryFile, ATextFileIsNotADiaryAndIsLeftUntouched)
{
    TempDiary temp;
    writeFile(temp.path, "name,age\nAda,36\n");
    const QByteArray before = fileHash(temp.path);
    EXPECT_EQ(openFailure(temp.path), StoreError::Kind::NotADiary);
    EXPECT_EQ(fileHash(temp.path), before);
    EXPECT_FALSE(QFile::exists(temp.path + QStringLiteral("-wal")));
}

TEST(DiaryFile, AnotherProgramsDatabaseIsNotADiary)
{
    TempDiary temp;
    {
        Database other(temp.path, Database::Mode::ReadWrite);
        other.execute(QStringLiteral("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x')"));
    }
    const QByteArray before = fileHash(temp.path);
    EXPECT_EQ(openFailure(temp.path), StoreError::Kind::NotADiary);
    EXPECT_EQ(fileHash(temp.path), before);
}

TEST(DiaryFile, ADamagedDiaryIsRefusedAndLeftUntouched)
{
    TempDiary temp;
    {
        auto diary = temp.open();
        for (int i = 0; i < 200; ++i) {
            Episode e;
            e.start = at("2026-01-01T03:00:00Z").addDays(i);
            e.notes = QString(300, QLatin1Char('x'));
            diary->addEpisode(e);
        }
    }
    QFile::remove(temp.path + QStringLiteral("-wal"));
    QFile file(temp.path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_GT(file.size(), 8 * 4096);
    // Scribble over interior pages, leaving the header intact.
    file.seek(4 * 4096);
    file.write(QByteArray(3 * 4096, '\xA5'));
    file.close();
    const QByteArray before = fileHash(temp.path);
    EXPECT_EQ(openFailure(temp.path), StoreError::Kind::Damaged);
    EXPECT_EQ(fileHash(temp.path), before);
}

TEST(DiaryFile, ATruncatedDiaryIsDamaged)
{
    TempDiary temp;
    writeFile(temp.path, QByteArray("SQLite format 3\0", 16) + QByteArray(80, '\0'));
    EXPECT_EQ(openFailure(temp.path), StoreError::Kind::Damaged);
}

TEST(DiaryFile, ADiaryFromANewerVersionIsRefusedAndLeftUntouched)
{
    TempDiary temp;
    {
        auto diary = temp.open();
    }
    {
        Database db(temp.path, Database::Mode::ReadWrite);
        db.execute(QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrator::latestVersion() + 1));
    }
    const QByteArray before = fileHash(temp.path);
    EXPECT_EQ(openFailure(temp.path), StoreError::Kind::NewerVersion);
    EXPECT_EQ(openFailure(temp.path, DiaryFile::Access::ReadOnly), StoreError::Kind::NewerVersion);
    EXPECT_EQ(fileHash(temp.path), before);
}

TEST(DiaryFile, ADiaryOpenInAnotherInstanceIsRefused)
{
    const ShortPatience moment;
    TempDiary temp;
    auto first = temp.open();
    EXPECT_EQ(openFailure(temp.path), StoreError::Kind::Locked);
    // Viewing needs no lock, so `list` works while the window is open.
    EXPECT_NO_THROW(DiaryFile(temp.path, DiaryFile::Access::ReadOnly));
    first.reset();
    EXPECT_NO_THROW(temp.open());
}

TEST(DiaryFile, AStaleLockFromACrashedInstanceDoesNotBlock)
{
    TempDiary temp;
    QByteArray lockContents;
    {
        auto diary = temp.open();
        QFile lock(DiaryFile::lockFilePath(temp.path));
        ASSERT_TRUE(lock.open(QIODevice::ReadOnly));
        lockContents = lock.readAll();
    }
    // The same lock file, but naming a process that no longer exists, as a crash leaves it.
    const qsizetype firstLineEnd = lockContents.indexOf('\n');
    ASSERT_GT(firstLineEnd, 0);
    writeFile(DiaryFile::lockFilePath(temp.path), "999999" + lockContents.mid(firstLineEnd));
    EXPECT_NO_THROW(temp.open());
}

TEST(DiaryFile, AReadOnlyFileOpensForViewingAndSaysSo)
{
    TempDiary temp;
    qint64 id = 0;
    {
        auto diary = temp.open();
        Episode e;
        e.start = at("2026-11-20T03:00:00Z");
        id = diary->addEpisode(e);
    }
    ASSERT_TRUE(QFile::setPermissions(temp.path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = fileHash(temp.path);
    auto diary = temp.open();
    EXPECT_TRUE(diary->isReadOnly());
    EXPECT_FALSE(diary->readOnlyReason().isEmpty());
    EXPECT_TRUE(diary->episode(id).has_value());
    Episode another;
    another.start = at("2026-11-21T03:00:00Z");
    try {
        diary->addEpisode(another);
        ADD_FAILURE() << "wrote to a read-only diary";
    } catch (const StoreError &error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::ReadOnly);
    }
    diary.reset();
    EXPECT_EQ(fileHash(temp.path), before);
}

TEST(DiaryFile, MissingFileCannotBeViewed)
{
    TempDiary temp;
    EXPECT_EQ(openFailure(temp.path, DiaryFile::Access::ReadOnly), StoreError::Kind::CannotOpen);
    EXPECT_FALSE(QFile::exists(temp.path));
}

TEST(Constraints, BadRowsCannotEnterEvenBehindTheRepositorysBack)
{
    TempDiary temp;
    DiaryFile file(temp.path, DiaryFile::Access::ReadWrite);
    Database &db = file.database();
    const char *badRows[] = {
        "INSERT INTO episodes (start_utc, utc_offset_s, severity, created_utc, updated_utc) VALUES (0, 0, 11, 0, 0)",
        "INSERT INTO episodes (start_utc, utc_offset_s, severity, created_utc, updated_utc) VALUES (0, 0, -1, 0, 0)",
        "INSERT INTO episodes (start_utc, utc_offset_s, duration_s, created_utc, updated_utc) VALUES (0, 0, -5, 0, 0)",
        "INSERT INTO episodes (start_utc, utc_offset_s, leg, created_utc, updated_utc) VALUES (0, 0, 'middle', 0, 0)",
        "INSERT INTO episodes (start_utc, utc_offset_s, muscle, created_utc, updated_utc) VALUES (0, 0, 'neck', 0, 0)",
        "INSERT INTO episodes (start_utc, utc_offset_s, created_utc, updated_utc) VALUES (0, 99999, 0, 0)",
        "INSERT INTO episodes (start_utc, utc_offset_s, sleep_disturbance, created_utc, updated_utc) VALUES (0, 0, 12, "
        "0, 0)",
        "INSERT INTO episode_reliefs (episode_id, relief) VALUES (12345, 'stretch')",
        "INSERT INTO night_logs (night, checked_in_utc) VALUES ('yesterday', 0)",
        "INSERT INTO medications (name, drug_class) VALUES ('', 'statin')",
        "INSERT INTO medications (name, drug_class) VALUES ('X', 'vitamin')",
        "INSERT INTO factors (name, kind) VALUES ('Shoes', 'colour')",
        "INSERT INTO factors (name, kind, choices) VALUES ('Shoes', 'yesno', 'a')",
        "INSERT INTO untracked_periods (first_night, last_night) VALUES ('2026-02-01', '2026-01-01')",
    };
    for (const char *sql : badRows) {
        try {
            Statement(db, sql).run();
            ADD_FAILURE() << "accepted: " << sql;
        } catch (const StoreError &error) {
            EXPECT_EQ(error.kind(), StoreError::Kind::Rejected) << sql;
        }
    }
}

TEST(Migration, EveryEarlierVersionUpgradesWithABackupAndLosesNothing)
{
    for (int version = 1; version < SchemaMigrator::latestVersion(); ++version) {
        SCOPED_TRACE(version);
        TempDiary temp;
        makeDiaryAtVersion(temp.path, version);
        {
            Database db(temp.path, Database::Mode::ReadWrite);
            db.execute(QStringLiteral(
                    "PRAGMA foreign_keys = ON;"
                    "INSERT INTO episodes (id, start_utc, utc_offset_s, duration_s, severity, leg, muscle, notes, "
                    "created_utc, updated_utc) VALUES (7, 1763604000, 3600, 80, 6, 'left', 'foot', 'old note', 0, 0);"
                    "INSERT INTO episode_reliefs VALUES (7, 'stretch', 1);"
                    "INSERT INTO night_logs VALUES ('2025-11-19', 1763580000, 'evening');"
                    "INSERT INTO night_factor_values VALUES ('2025-11-19', "
                    "  (SELECT id FROM factors WHERE builtin_key = 'water_ml'), 900, NULL);"
                    "INSERT INTO medications (id, name, drug_class, dose) VALUES (3, 'Bendroflumethiazide', "
                    "'diuretic', '2.5 mg');"
                    "INSERT INTO medication_periods (medication_id, started) VALUES (3, '2025-10-01');"));
        }
        ASSERT_EQ(userVersion(temp.path), version);

        auto diary = temp.open();
        EXPECT_EQ(userVersion(temp.path), SchemaMigrator::latestVersion());
        const auto episode = diary->episode(7);
        ASSERT_TRUE(episode.has_value());
        EXPECT_EQ(episode->severity, 6);
        EXPECT_EQ(episode->leg, Leg::Left);
        EXPECT_EQ(episode->notes, QStringLiteral("old note"));
        EXPECT_EQ(episode->start.offsetFromUtc(), 3600);
        ASSERT_EQ(episode->reliefs.size(), 1);
        const auto log = diary->nightLog(QDate(2025, 11, 19));
        ASSERT_TRUE(log.has_value());
        EXPECT_EQ(std::get<double>(log->values.first()), 900.0);
        ASSERT_EQ(diary->medications().size(), 1);
        EXPECT_EQ(diary->medications().first().periods.first().started, QDate(2025, 10, 1));
        diary->addUntrackedPeriod({ 0, QDate(2025, 12, 1), QDate(2025, 12, 3), {} });
        EXPECT_FALSE(diary->experiment().has_value()); // version 4: the experiment tables, empty

        // The backup is a complete diary at the old version.
        const QStringList backups = QDir(temp.dir.path()).entryList({ QStringLiteral("diary.sqlite.v*.bak") });
        ASSERT_EQ(backups.size(), 1);
        EXPECT_EQ(userVersion(temp.dir.filePath(backups.first())), version);
    }
}

TEST(Migration, AFailedUpgradeIsUndoneAndSaysSo)
{
    TempDiary temp;
    makeDiaryAtVersion(temp.path, 1);
    {
        // Something the next script does not expect: a table it is about to create.
        Database db(temp.path, Database::Mode::ReadWrite);
        db.execute(QStringLiteral("CREATE TABLE untracked_periods (x); "
                                  "INSERT INTO night_logs VALUES ('2025-11-19', 0, 'keep me')"));
    }
    try {
        Database db(temp.path, Database::Mode::ReadWrite);
        SchemaMigrator::migrate(db, 1);
        ADD_FAILURE() << "upgrade succeeded";
    } catch (const StoreError &error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::MigrationFailed);
        EXPECT_TRUE(error.message().contains(QStringLiteral("version 1")));
    }
    EXPECT_EQ(userVersion(temp.path), 1);
    // Opened as a diary, the table another program added is named before any upgrade starts.
    try {
        temp.open();
        ADD_FAILURE() << "opened";
    } catch (const StoreError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("table \u201cuntracked_periods\u201d")))
                << error.message().toStdString();
    }
    EXPECT_EQ(userVersion(temp.path), 1);
    Database db(temp.path, Database::Mode::ReadOnly);
    Statement kept(db, "SELECT notes FROM night_logs");
    ASSERT_TRUE(kept.step());
    EXPECT_EQ(kept.text(0), QStringLiteral("keep me"));
}

// A new diary is made in one transaction: a step that fails leaves no part of the diary.
TEST(Migration, ANewDiaryThatFailsHalfWayLeavesNothingMade)
{
    TempDiary temp;
    Database db(temp.path, Database::Mode::ReadWrite);
    db.execute(QStringLiteral("CREATE TABLE untracked_periods (x)")); // step 2 is about to create it
    try {
        SchemaMigrator::migrate(db, 0);
        ADD_FAILURE() << "made";
    } catch (const StoreError &error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::MigrationFailed);
        EXPECT_TRUE(error.message().contains(QStringLiteral("new diary failed at its step 2")))
                << error.message().toStdString();
    }
    Statement tables(db, "SELECT group_concat(name) FROM sqlite_schema");
    tables.step();
    EXPECT_EQ(tables.text(0), QStringLiteral("untracked_periods")) << "step 1's tables were undone";
    Statement version(db, "PRAGMA user_version");
    version.step();
    EXPECT_EQ(version.integer(0), 0);
}

TEST(Migration, AnOldReadOnlyDiaryIsViewedUpgradedInMemoryAndTheFileKeepsItsFormat)
{
    TempDiary temp;
    makeDiaryAtVersion(temp.path, 1);
    Database(temp.path, Database::Mode::ReadWrite)
            .execute(QStringLiteral("INSERT INTO night_logs VALUES ('2025-11-19', 0, 'keep me')"));
    ASSERT_TRUE(QFile::setPermissions(temp.path, QFileDevice::ReadOwner));
    const QByteArray before = fileHash(temp.path);
    {
        DiaryFile file(temp.path, DiaryFile::Access::ReadWrite);
        EXPECT_TRUE(file.isReadOnly());
        EXPECT_TRUE(file.readOnlyReason().contains(QStringLiteral("older version")))
                << file.readOnlyReason().toStdString();
        Statement kept(file.database(), "SELECT notes FROM night_logs");
        ASSERT_TRUE(kept.step());
        EXPECT_EQ(kept.text(0), QStringLiteral("keep me"));
        Statement upgraded(file.database(), "SELECT count(*) FROM untracked_periods");
        EXPECT_TRUE(upgraded.step()) << "the view has the newest tables";
    }
    EXPECT_EQ(fileHash(temp.path), before);
    EXPECT_EQ(userVersion(temp.path), 1);
}

namespace {
void age(const QString &path, int seconds)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTime().addSecs(-seconds), QFileDevice::FileModificationTime));
}
} // namespace

TEST(DiaryFile, AnAbandonedLockIsTakenOverAndAFreshOneIsNot)
{
    const ShortPatience moment;
    TempDiary temp;
    temp.open().reset(); // a diary, closed cleanly
    const QString lock = DiaryFile::lockFilePath(temp.path);
    // Empty: a writer killed while creating its lock (a live one fills it at once, long
    // before the next writer has waited its three seconds).
    writeFile(lock, QByteArray());
    EXPECT_EQ(openFailure(temp.path), StoreError::Kind::Locked); // being written a moment ago: not yet
    age(lock, 10);
    EXPECT_NO_THROW(temp.open());
    // Another computer's lock (a diary on a shared folder): taken over after an hour.
    writeFile(lock, "4242\nsome-other-computer\ncramp-diary\n");
    EXPECT_EQ(openFailure(temp.path), StoreError::Kind::Locked);
    age(lock, 2 * 3600);
    EXPECT_NO_THROW(temp.open());
    // A dead process's lock with the removal marker a kill left behind blocks nobody either.
    writeFile(lock, "999999\ncramp-diary\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    writeFile(lock + QStringLiteral(".rmlock"), "1\n");
    age(lock + QStringLiteral(".rmlock"), 10);
    EXPECT_NO_THROW(temp.open());
}

TEST(DiaryFile, AWriterWaitsForAnotherToFinishInsteadOfFailing)
{
    TempDiary temp;
    auto first = std::make_unique<DiaryFile>(temp.path, DiaryFile::Access::ReadWrite);
    std::thread closer([&first] {
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        first.reset();
    });
    EXPECT_NO_THROW(DiaryFile(temp.path, DiaryFile::Access::ReadWrite));
    closer.join();
}

// A command that writes for longer than a writer's patience with a window (a 20,000-row
// import takes seven seconds against three): the next writer waits until it is done, says
// once what it waits for, and then writes. Before, it gave up.
TEST(DiaryFile, AWriterWaitsForARunningWriteAsLongAsItTakes)
{
    const ShortPatience moment; // waited for far longer than its patience
    TempDiary temp;
    QStringList notices;
    DiaryLock::setWork(QStringLiteral("cramp-diary import"));
    DiaryLock::setWaitNotice([&notices](const QString &notice) { notices.append(notice); });
    const auto forget = qScopeGuard([] {
        DiaryLock::setWork({});
        DiaryLock::setWaitNotice({});
    });
    auto importing = std::make_unique<DiaryFile>(temp.path, DiaryFile::Access::ReadWrite);
    std::thread finisher([&importing] {
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        importing.reset();
    });
    QElapsedTimer waited;
    waited.start();
    EXPECT_NO_THROW(DiaryFile(temp.path, DiaryFile::Access::ReadWrite));
    finisher.join();
    EXPECT_GE(waited.elapsed(), 1400);
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices.first().contains(QStringLiteral("cramp-diary import"))) << notices.first().toStdString();
    EXPECT_FALSE(QFile::exists(DiaryFile::lockFilePath(temp.path) + QStringLiteral("-work")));
}

// A holder that is not writing (the window, which declares no work) is waited for only a
// few seconds, and the refusal names it; so is a note left by a writer that has finished.
TEST(DiaryFile, AHolderThatIsNotWritingIsRefusedAfterAFewSeconds)
{
    EXPECT_EQ(DiaryLock::patience(), 3000); // what a person's writer waits
    const ShortPatience moment;
    TempDiary temp;
    auto window = std::make_unique<DiaryFile>(temp.path, DiaryFile::Access::ReadWrite);
    writeFile(DiaryFile::lockFilePath(temp.path) + QStringLiteral("-work"), "999999\ncramp-diary import\n");
    QElapsedTimer waited;
    waited.start();
    EXPECT_EQ(openFailure(temp.path), StoreError::Kind::Locked);
    EXPECT_LT(waited.elapsed(), 2000);
    EXPECT_GE(waited.elapsed(), 290);
}

TEST(DiaryFile, AnImpossibleFormatNumberIsDamagedAndLeftUntouched)
{
    TempDiary temp;
    temp.open().reset();
    {
        Database db(temp.path, Database::Mode::ReadWrite);
        db.execute(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA user_version = -1"));
    }
    QFile file(temp.path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const QStringList filesBefore = QDir(temp.dir.path()).entryList(QDir::Files);
    EXPECT_EQ(openFailure(temp.path), StoreError::Kind::Damaged);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
    EXPECT_EQ(QDir(temp.dir.path()).entryList(QDir::Files), filesBefore); // no backup, lock or journal left
}

TEST(Migration, ACopyCutShortByAKillIsRemovedOnTheNextOpen)
{
    TempDiary temp;
    temp.open();
    // What a kill during the pre-upgrade copy leaves: the partial copy and its journal.
    for (const char *leftover :
         { "diary.sqlite.v2-20261124-010203.bak.partial", "diary.sqlite.v2-20261124-010203.bak.partial-journal" }) {
        QFile file(temp.dir.filePath(QString::fromLatin1(leftover)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("half a copy");
    }
    const QString unrelated = temp.dir.filePath(QStringLiteral("notes.bak.partial"));
    QFile other(unrelated);
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();
    temp.open();
    EXPECT_TRUE(QDir(temp.dir.path()).entryList({ QStringLiteral("diary.sqlite.*partial*") }).isEmpty());
    EXPECT_TRUE(QFile::exists(unrelated)); // only the diary's own leftovers
}

TEST(DiaryFile, ARestoreKilledPartWayIsClearedByTheNextWriterInItsFolderButARunningOneIsNot)
{
    TempDiary temp;
    const auto touch = [](const QString &path) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("left by a restore");
    };
    // Killed: its files remain, nobody holds its lock.
    const QString killed = temp.dir.filePath(QStringLiteral("old.sqlite.restoring"));
    touch(killed);
    touch(killed + QStringLiteral("-wal"));
    // Running: its lock is held (here by this process, as the restoring writer would).
    const QString running = temp.dir.filePath(QStringLiteral("new.sqlite.restoring"));
    touch(running);
    QLockFile runningLock(DiaryLock::filePath(running));
    ASSERT_TRUE(runningLock.tryLock(0));

    {
        DiaryFile writer(temp.path, DiaryFile::Access::ReadWrite);
    }
    EXPECT_FALSE(QFile::exists(killed));
    EXPECT_FALSE(QFile::exists(killed + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(DiaryLock::filePath(killed)));
    EXPECT_TRUE(QFile::exists(running));

    // A viewer changes nothing in the folder.
    runningLock.unlock();
    {
        DiaryFile viewer(temp.path, DiaryFile::Access::ReadOnly);
    }
    EXPECT_TRUE(QFile::exists(running));
}
