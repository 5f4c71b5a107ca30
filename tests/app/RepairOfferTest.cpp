// The window's way out of a damaged diary: the repair offered when it cannot be opened.
#include "app/window/RepairOffer.h"

#include "TempDiary.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/store/Database.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QDir>
#include <QMessageBox>

namespace {
// A generated diary with one cramp whose severity breaks the rules, written behind the app's back.
void makeDamagedDiary(TempDiary &temp)
{
    {
        auto diary = temp.open();
        DemoDiaryGenerator::Options options;
        options.nights = 30;
        options.lastNight = QDate(2026, 10, 31);
        DemoDiaryGenerator::generate(*diary, options);
    }
    Database(temp.path, Database::Mode::ReadWrite)
            .execute(QStringLiteral("PRAGMA ignore_check_constraints = 1; "
                                    "UPDATE episodes SET severity = 99 WHERE id = (SELECT min(id) FROM episodes)"));
}

QAbstractButton *buttonNamed(QMessageBox &box, const QString &text)
{
    for (QAbstractButton *button : box.buttons())
        if (button->text() == text)
            return button;
    return nullptr;
}
} // namespace

TEST(RepairOffer, RepairsADamagedDiaryAndListsWhatWasLeftOut)
{
    TempDiary temp;
    makeDamagedDiary(temp);
    StoreError::Kind kind {};
    QString problem;
    try {
        temp.open();
    } catch (const StoreError &error) {
        kind = error.kind();
        problem = error.message();
    }
    ASSERT_EQ(kind, StoreError::Kind::Damaged);

    QStringList titles;
    QString details;
    const bool repaired = RepairOffer::ask(nullptr, temp.path, problem, [&](QMessageBox &box) {
        titles.append(box.windowTitle());
        details = box.detailedText();
        if (QAbstractButton *repair = buttonNamed(box, QStringLiteral("&Repair")))
            repair->click();
    });
    EXPECT_TRUE(repaired);
    ASSERT_EQ(titles, (QStringList { QStringLiteral("The diary needs a repair"), QStringLiteral("Diary repaired") }));
    EXPECT_TRUE(details.contains(QStringLiteral("severity is 99"))) << details.toStdString();
    EXPECT_NO_THROW(temp.open()) << "the repaired diary opens";
    EXPECT_EQ(QDir(temp.dir.path()).entryList({ QStringLiteral("*.damaged-*") }).size(), 1);
}

TEST(RepairOffer, ClosingTheOfferChangesNothing)
{
    TempDiary temp;
    makeDamagedDiary(temp);
    const QStringList before = QDir(temp.dir.path()).entryList(QDir::Files);
    int dialogs = 0;
    EXPECT_FALSE(RepairOffer::ask(nullptr, temp.path, QStringLiteral("damaged"), [&](QMessageBox &box) {
        ++dialogs;
        box.button(QMessageBox::Close)->click();
    }));
    EXPECT_EQ(dialogs, 1);
    EXPECT_EQ(QDir(temp.dir.path()).entryList(QDir::Files), before);
    EXPECT_THROW(temp.open(), StoreError);
}
