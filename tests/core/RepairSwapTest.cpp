// The repair's swap under a kill at each of its steps: the diary's name points at a complete
// diary at every instant, the next writer rolls an interrupted swap forward, and a writer
// that finds the diary gone beside a repair's copy stops instead of starting an empty one.
#include "core/store/RepairSwap.h"

#include "TempDiary.h"
#include "core/store/DiarySalvage.h"
#include "core/store/StoreError.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <QDir>
#include <QFile>

namespace {
const QString Stamp = QStringLiteral("20261206-030000");

Episode cramp(int day, int severity)
{
    Episode e;
    e.start = at(qPrintable(QStringLiteral("2026-11-%1T03:00:00+00:00").arg(day, 2, 10, QLatin1Char('0'))));
    e.severity = severity;
    return e;
}

// Five cramps, then one broken behind the app's back: the repaired copy holds four.
void makeDamagedDiary(const TempDiary &temp)
{
    {
        auto diary = temp.open();
        for (int day = 1; day <= 5; ++day)
            diary->addEpisode(cramp(day, 5));
    }
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(temp.path).constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA ignore_check_constraints = 1; UPDATE episodes SET severity = 99 WHERE id = 1",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
}

qsizetype crampsIn(const QString &path)
{
    return DiaryRepository::open(path)->episodeCount();
}
} // namespace

TEST(RepairSwap, AKillAtAnyStepIsRolledForwardByTheNextWriter)
{
    // The steps as swap() takes them; `done` of them happened before the kill.
    for (int done = 0; done <= 2; ++done) {
        TempDiary temp;
        makeDamagedDiary(temp);
        ASSERT_FALSE(HasFatalFailure());
        const QString ready = RepairSwap::readyPath(temp.path, Stamp);
        const QString damaged = RepairSwap::damagedPath(temp.path, Stamp);
        ASSERT_FALSE(DiarySalvage::salvageInto(temp.path, ready).healthy());
        QFile::copy(temp.path, temp.path + QStringLiteral("-wal.keep")); // stands for a log beside the file
        QFile::rename(temp.path + QStringLiteral("-wal.keep"), temp.path + QStringLiteral("-shm"));
        if (done >= 1) {
            ASSERT_EQ(::link(QFile::encodeName(temp.path).constData(), QFile::encodeName(damaged).constData()), 0);
        }
        if (done >= 2) {
            ASSERT_TRUE(QFile::rename(temp.path + QStringLiteral("-shm"), damaged + QStringLiteral("-shm")));
        }
        // The diary's name still holds the complete damaged diary; the next writer finishes.
        EXPECT_TRUE(RepairSwap::isPending(temp.path)) << done;
        EXPECT_THROW(DiaryRepository::open(temp.path, true), StoreError) << "a viewer waits for the writer";
        EXPECT_EQ(crampsIn(temp.path), 4) << done;
        EXPECT_FALSE(QFile::exists(ready)) << done;
        EXPECT_TRUE(QFile::exists(damaged)) << done;
        EXPECT_TRUE(QFile::exists(damaged + QStringLiteral("-shm"))) << done << ": the log went with its file";
        EXPECT_FALSE(RepairSwap::isPending(temp.path)) << done;
    }
}

TEST(RepairSwap, ARepairSwapsInOneRenameAndKeepsTheDamagedDiary)
{
    TempDiary temp;
    makeDamagedDiary(temp);
    ASSERT_FALSE(HasFatalFailure());
    const DiarySalvage::Repair repair = DiarySalvage::repairInPlace(temp.path);
    ASSERT_FALSE(repair.damagedCopy.isEmpty());
    EXPECT_EQ(crampsIn(temp.path), 4);
    EXPECT_TRUE(QFile::exists(repair.damagedCopy));
    const QStringList left = QDir(temp.dir.path()).entryList({ QStringLiteral("*.repaired*") });
    EXPECT_TRUE(left.isEmpty()) << left.join(u',').toStdString();
}

TEST(RepairSwap, AWriterNeverStartsAnEmptyDiaryWhereARepairLeftTheOnlyCopy)
{
    TempDiary temp;
    makeDamagedDiary(temp);
    ASSERT_FALSE(HasFatalFailure());
    const QString damaged = RepairSwap::damagedPath(temp.path, Stamp);
    ASSERT_TRUE(QFile::rename(temp.path, damaged));
    try {
        temp.open();
        FAIL() << "an empty diary was started beside the damaged one";
    } catch (const StoreError &error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::CannotOpen);
        EXPECT_TRUE(error.message().contains(damaged)) << error.message().toStdString();
    }
    EXPECT_FALSE(QFile::exists(temp.path));
}
