// When a diary's integrity is checked on open: after an unclean shutdown, before an
// upgrade, or when the file changed since the app last closed it; never when it is just as
// the app left it (the check reads every page: 280 ms for 100,000 cramps).
#include "TempDiary.h"
#include "core/store/IntegrityLedger.h"
#include "core/store/StoreError.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <QFile>

namespace {
Episode cramp(int severity)
{
    Episode e;
    e.start = at("2026-10-03T03:10:00+01:00");
    e.severity = severity;
    return e;
}

// Another program breaks a rule the app's CHECK constraints enforce, in place.
void breakARule(const QString &path)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA ignore_check_constraints = 1; UPDATE episodes SET severity = 99", nullptr,
                           nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
}

struct timespec modified(const QString &path)
{
    struct stat status {
    };
    ::stat(QFile::encodeName(path).constData(), &status);
    return status.st_mtim;
}

void setModified(const QString &path, struct timespec when)
{
    const struct timespec times[2] = { when, when };
    ASSERT_EQ(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
}
} // namespace

TEST(IntegrityCheck, ADiaryChangedByAnotherProgramIsCheckedAndRefused)
{
    TempDiary temp;
    temp.open()->addEpisode(cramp(6));
    EXPECT_TRUE(IntegrityLedger().isAsLeft(temp.path)) << "a clean close records the file";
    breakARule(temp.path);
    EXPECT_FALSE(IntegrityLedger().isAsLeft(temp.path));
    try {
        temp.open(true);
        FAIL() << "a changed file with a broken rule must be refused";
    } catch (const StoreError &error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Damaged);
        EXPECT_TRUE(error.message().contains(QStringLiteral("check --repair"))) << error.message().toStdString();
    }
}

// A file just as the app left it is recorded so (and opens without reading every page);
// a change hidden by putting the modification time back is still found, by the change
// time, which no program can set back.
TEST(IntegrityCheck, AChangeHiddenByPuttingTheModificationTimeBackIsStillChecked)
{
    TempDiary temp;
    temp.open()->addEpisode(cramp(6));
    ASSERT_TRUE(IntegrityLedger().isAsLeft(temp.path));
    EXPECT_NO_THROW(temp.open(true));
    ASSERT_TRUE(IntegrityLedger().isAsLeft(temp.path)) << "viewing leaves it as it was";

    const struct timespec left = modified(temp.path);
    breakARule(temp.path);
    setModified(temp.path, left);
    EXPECT_EQ(modified(temp.path).tv_nsec, left.tv_nsec);
    EXPECT_FALSE(IntegrityLedger().isAsLeft(temp.path));
    EXPECT_THROW(temp.open(true), StoreError);
}

TEST(IntegrityCheck, ALogLeftByAKilledWriterMeansACheck)
{
    TempDiary temp;
    temp.open()->addEpisode(cramp(6));
    const struct timespec left = modified(temp.path);
    breakARule(temp.path);
    setModified(temp.path, left);
    // An empty log beside the file is what a writer killed before its first write leaves.
    QFile log(temp.path + QStringLiteral("-wal"));
    ASSERT_TRUE(log.open(QIODevice::WriteOnly));
    log.close();
    EXPECT_THROW(temp.open(), StoreError);
}

TEST(IntegrityCheck, AFileNeverSeenIsChecked)
{
    TempDiary temp;
    temp.open()->addEpisode(cramp(6));
    IntegrityLedger().forget(temp.path);
    EXPECT_FALSE(IntegrityLedger().isAsLeft(temp.path));
    EXPECT_NO_THROW(temp.open(true)) << "a sound diary passes";
    EXPECT_TRUE(IntegrityLedger().isAsLeft(temp.path)) << "and is recorded once checked";
}

TEST(IntegrityCheck, TheLedgerKeepsTheNewestDiariesOnly)
{
    QTemporaryDir folder;
    const IntegrityLedger ledger(folder.filePath(QStringLiteral("ledger")));
    QStringList paths;
    for (int i = 0; i < IntegrityLedger::MaxDiaries + 5; ++i) {
        paths.append(folder.filePath(QStringLiteral("d%1.sqlite").arg(i)));
        QFile file(paths.last());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        ledger.recordAsLeft(paths.last());
    }
    EXPECT_TRUE(ledger.isAsLeft(paths.last()));
    int kept = 0;
    for (const QString &path : paths)
        kept += ledger.isAsLeft(path);
    EXPECT_EQ(kept, IntegrityLedger::MaxDiaries);
}
