#include "UiFixture.h"
#include "ui/logging/QuickLogDialog.h"
#include "ui/undo/UndoableDiary.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QTest>

TEST_F(UiFixture, OneKeystrokeRecordsACrampAndTheSheetAddsDetails)
{
    window->show();
    QApplication::setActiveWindow(window.get());
    bool sheetSeen = false;
    onNextDialog<QuickLogDialog>([&](QuickLogDialog *sheet) {
        sheetSeen = true;
        // The cramp is already in the diary while the sheet is open.
        EXPECT_EQ(diary->episodeCount(), 1);
        sheet->chooseSeverity(8);
        sheet->chooseLeg(Leg::Right);
        sheet->accept();
    });
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    QTest::keyClick(window.get(), Qt::Key_L);
    ASSERT_TRUE(sheetSeen);
    const QList<Episode> all = diary->allEpisodes();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().severity, 8);
    EXPECT_EQ(all.first().leg, Leg::Right);
    EXPECT_EQ(all.first().muscle, Muscle::Calf); // preselected, the usual place
    EXPECT_GE(all.first().start, before);
    EXPECT_EQ(all.first().start.offsetFromUtc(), QDateTime::currentDateTime().offsetFromUtc());
}

TEST_F(UiFixture, ClosingTheSheetKeepsTheRecordedCramp)
{
    onNextDialog<QuickLogDialog>([](QuickLogDialog *sheet) { sheet->reject(); });
    window->logCrampAction()->trigger();
    ASSERT_EQ(diary->episodeCount(), 1);
    EXPECT_FALSE(diary->allEpisodes().first().severity.has_value());
}

TEST_F(UiFixture, DigitKeysChooseTheSeverity)
{
    const qint64 id = window->logCrampNow();
    QuickLogDialog sheet(*window->undoable(), NightClock(), *diary->episode(id));
    sheet.show();
    QApplication::setActiveWindow(&sheet);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&sheet));
    QTest::keyClick(&sheet, Qt::Key_6);
    sheet.accept();
    EXPECT_EQ(diary->episode(id)->severity, 6);
}

TEST_F(UiFixture, TheMorningCaseLogsSeveralCrampsAtAnEarlierTimeOfTheNight)
{
    // Recorded "now" at 08:10 in the morning; the person remembers two cramps at about 03:00.
    const QDateTime morning = at("2026-11-20T08:10:00+01:00");
    const qint64 id = window->undoable()->addEpisodes({ episodeAt("2026-11-20T08:10:00+01:00") }).first();
    Episode recorded = *diary->episode(id);
    ASSERT_EQ(recorded.start, morning);
    QuickLogDialog sheet(*window->undoable(), NightClock(12), recorded);
    sheet.chooseEarlierTime(QTime(3, 0), 2);
    sheet.chooseSeverity(6);
    sheet.chooseLeg(Leg::Left);
    sheet.accept();
    EXPECT_EQ(sheet.result(), QDialog::Accepted);
    const QList<Episode> night = diary->episodesInNights(QDate(2026, 11, 19), QDate(2026, 11, 19), NightClock(12));
    ASSERT_EQ(night.size(), 2);
    for (const Episode &e : night) {
        EXPECT_EQ(e.start, at("2026-11-20T03:00:00+01:00"));
        EXPECT_EQ(e.start.offsetFromUtc(), 3600);
        EXPECT_EQ(e.severity, 6);
        EXPECT_EQ(e.leg, Leg::Left);
    }
    // One undo removes the second cramp, the next restores the first one's details.
    window->undoable()->undo();
    EXPECT_EQ(diary->episodeCount(), 1);
    window->undoable()->undo();
    EXPECT_EQ(diary->episode(id)->start, morning);
    EXPECT_EQ(diary->episode(id)->severity, 5);
    EXPECT_FALSE(diary->episode(id)->leg.has_value());
}

TEST_F(UiFixture, ATimeThatHasNotComeYetIsRefusedNextToTheField)
{
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 id = window->logCrampNow();
    // With the boundary three hours ahead, one hour from now is later in this same night.
    const NightClock clock((now.time().hour() + 3) % 24);
    QuickLogDialog sheet(*window->undoable(), clock, *diary->episode(id));
    sheet.chooseEarlierTime(now.addSecs(3600).time());
    sheet.chooseSeverity(4);
    sheet.accept();
    EXPECT_NE(sheet.result(), QDialog::Accepted);
    const auto problem = sheet.findChild<QLabel *>(QStringLiteral("problem"));
    ASSERT_NE(problem, nullptr);
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("not come yet")));
    EXPECT_FALSE(diary->episode(id)->severity.has_value()); // nothing saved
}
