// One set of text limits for every path into a diary: what a writer refuses, restore
// refuses, an open refuses and `check` names, and exactly the limit passes them all. Before,
// a 50 MB note written by another program passed `check` and `log`, made `report` take
// minutes, and the backup made from it was refused by `restore`.
#include "core/domain/TextLimits.h"

#include "TempDiary.h"
#include "core/exchange/DiaryBackup.h"
#include "core/store/Database.h"
#include "core/store/DiaryFile.h"
#include "core/store/DiarySalvage.h"
#include "core/store/Statement.h"
#include "core/store/StoreError.h"

#include <gtest/gtest.h>

namespace {
Episode crampWithNotes(const QString &notes)
{
    Episode cramp;
    cramp.start = at("2026-11-20T03:00:00+01:00");
    cramp.severity = 5;
    cramp.notes = notes;
    return cramp;
}

StoreError::Kind refusal(const std::function<void()> &write)
{
    try {
        write();
    } catch (const StoreError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("characters"))) << error.message().toStdString();
        return error.kind();
    }
    ADD_FAILURE() << "the write was accepted";
    return StoreError::Kind::Io;
}

void setByHand(const QString &path, const QString &sql)
{
    Database db(path, Database::Mode::ReadWrite);
    db.execute(sql);
}
} // namespace

TEST(TextLimits, EveryWriterTakesTextUpToTheLimitAndRefusesOneCharacterMore)
{
    TempDiary temp;
    auto diary = temp.open();
    const QString atLimit(TextLimits::Notes, QLatin1Char('n'));
    const QString over(TextLimits::Notes + 1, QLatin1Char('n'));
    EXPECT_NO_THROW(diary->addEpisode(crampWithNotes(atLimit)));
    EXPECT_EQ(refusal([&] { diary->addEpisode(crampWithNotes(over)); }), StoreError::Kind::Rejected);
    NightLog log { QDate(2026, 11, 19), at("2026-11-19T21:00:00+01:00"), {}, {}, atLimit };
    EXPECT_NO_THROW(diary->saveNightLog(log));
    log.notes = over;
    EXPECT_EQ(refusal([&] { diary->saveNightLog(log); }), StoreError::Kind::Rejected);

    const QString name(TextLimits::Name, QLatin1Char('m'));
    EXPECT_NO_THROW(diary->addMedication({ 0, name, DrugClass::Other, {}, { { QDate(2026, 1, 1), std::nullopt } } }));
    EXPECT_EQ(refusal([&] {
                  diary->addMedication({ 0, name + QLatin1Char('m'), DrugClass::Other, {}, {} });
              }),
              StoreError::Kind::Rejected);
    EXPECT_EQ(refusal([&] {
                  diary->addMedication({ 0,
                                         QStringLiteral("Bendroflumethiazide"),
                                         DrugClass::Diuretic,
                                         QString(TextLimits::Dose + 1, QLatin1Char('d')),
                                         {} });
              }),
              StoreError::Kind::Rejected);
    EXPECT_NO_THROW(diary->addFactor({ 0, {}, name, FactorKind::YesNo, {}, {}, false, {} }));
    EXPECT_EQ(refusal([&] {
                  diary->addFactor({ 0, {}, name + QLatin1Char('f'), FactorKind::YesNo, {}, {}, false, {} });
              }),
              StoreError::Kind::Rejected);
    EXPECT_EQ(refusal([&] {
                  diary->addUntrackedPeriod({ 0, QDate(2026, 10, 1), QDate(2026, 10, 7),
                                              QString(TextLimits::Reason + 1, QLatin1Char('r')) });
              }),
              StoreError::Kind::Rejected);
    EXPECT_NO_THROW(diary->setVisitQuestions(QString(TextLimits::Questions, QLatin1Char('q'))));
    EXPECT_EQ(refusal([&] { diary->setVisitQuestions(QString(TextLimits::Questions + 1, QLatin1Char('q'))); }),
              StoreError::Kind::Rejected);
    EXPECT_EQ(diary->visitQuestions().size(), TextLimits::Questions);
    EXPECT_EQ(diary->episodeCount(), 1);
    EXPECT_EQ(diary->medications().size(), 1);
}

TEST(TextLimits, RestoreTakesWhatAWriterTakesAndRefusesMore)
{
    TempDiary from;
    QByteArray backup;
    {
        auto diary = from.open();
        diary->addEpisode(crampWithNotes(QString(TextLimits::Notes, QLatin1Char('n'))));
        backup = DiaryBackup::write(*diary, nullptr);
    }
    TempDiary into;
    {
        auto diary = into.open();
        EXPECT_NO_THROW(DiaryBackup::restore(backup, *diary, nullptr));
        EXPECT_EQ(diary->episodeCount(), 1);
    }
    const QString note(TextLimits::Notes, QLatin1Char('n'));
    const QByteArray longer = QByteArray(backup).replace(note.toUtf8(), QByteArray(note.toUtf8() + QByteArray("n")));
    ASSERT_NE(longer, backup);
    TempDiary refused;
    auto diary = refused.open();
    EXPECT_THROW(DiaryBackup::restore(longer, *diary, nullptr), StoreError);
    EXPECT_EQ(diary->episodeCount(), 0);
}

// A text longer than the limit written behind the diary's back: the open refuses it and
// leaves the file as it was, `check` names the entry, and a repair keeps everything else.
TEST(TextLimits, ATextNoWriterWouldKeepIsRefusedAtOpenNamedByCheckAndLeftOutByARepair)
{
    TempDiary temp;
    {
        auto diary = temp.open();
        diary->addEpisode(crampWithNotes(QStringLiteral("calf")));
        Episode second = crampWithNotes(QString(TextLimits::Notes, QLatin1Char('n')));
        second.start = at("2026-11-21T02:00:00+01:00");
        diary->addEpisode(second);
        diary->addMedication({ 0,
                               QStringLiteral("Furosemide"),
                               DrugClass::Diuretic,
                               QStringLiteral("40 mg"),
                               { { QDate(2026, 1, 1), std::nullopt } } });
    }
    EXPECT_NO_THROW(DiaryFile(temp.path, DiaryFile::Access::ReadOnly)); // exactly the limit opens

    for (const QString &sql : { QStringLiteral("UPDATE episodes SET notes = notes || 'n' WHERE length(notes) > 4"),
                                QStringLiteral("UPDATE medications SET dose = printf('%.201c', 'x')") }) {
        TempDiary copy;
        ASSERT_TRUE(QFile::copy(temp.path, copy.path));
        setByHand(copy.path, sql);
        const QByteArray before = fileHash(copy.path);
        for (const auto access : { DiaryFile::Access::ReadWrite, DiaryFile::Access::ReadOnly }) {
            try {
                DiaryFile file(copy.path, access);
                ADD_FAILURE() << "opened after " << sql.toStdString();
            } catch (const StoreError &error) {
                EXPECT_EQ(error.kind(), StoreError::Kind::Damaged);
                EXPECT_TRUE(error.message().contains(QStringLiteral("longer than"))) << error.message().toStdString();
            }
        }
        EXPECT_EQ(fileHash(copy.path), before);

        const DiarySalvage::Report check = DiarySalvage::inspect(copy.path);
        ASSERT_EQ(check.leftOut.size(), 1) << sql.toStdString();
        EXPECT_TRUE(check.leftOut.first().reason.contains(QStringLiteral("more than a diary keeps")))
                << check.leftOut.first().reason.toStdString();
        const QString repaired = copy.dir.filePath(QStringLiteral("repaired.sqlite"));
        const DiarySalvage::Report repair = DiarySalvage::salvageInto(copy.path, repaired);
        EXPECT_EQ(repair.leftOut.size(), 1);
        EXPECT_NO_THROW(DiaryFile(repaired, DiaryFile::Access::ReadWrite));
    }
}
