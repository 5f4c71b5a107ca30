// The app's window session: opening another diary replaces the window only when the new
// file opens; otherwise the current diary stays open and the reason is reported.
#include "WindowSession.h"

#include "TempDiary.h"
#include "core/settings/AppSettings.h"
#include "core/store/DiaryRepository.h"
#include "ui/window/MainWindow.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>

TEST(WindowSession, OpeningAnotherDiaryReplacesTheWindowAndRemembersTheFile)
{
    TempDiary first;
    AppSettings settings(first.dir.filePath(QStringLiteral("settings.ini")));
    WindowSession session(settings, first.open());
    const QString second = first.dir.filePath(QStringLiteral("second.sqlite"));
    ASSERT_TRUE(session.switchTo(second));
    EXPECT_EQ(session.diary()->path(), second);
    EXPECT_EQ(settings.diaryPath(), second);
    ASSERT_NE(session.window(), nullptr);
    EXPECT_TRUE(session.window()->isVisible());
    // The first diary is free again for another window.
    EXPECT_NO_THROW(first.open());
}

TEST(WindowSession, AFileThatCannotBeOpenedLeavesTheCurrentDiaryOpen)
{
    TempDiary first;
    AppSettings settings(first.dir.filePath(QStringLiteral("settings.ini")));
    WindowSession session(settings, first.open());
    MainWindow *window = session.window();
    QSignalSpy failed(&session, &WindowSession::switchFailed);
    const QString notADiary = first.dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notADiary);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("shopping list\n");
    file.close();
    EXPECT_FALSE(session.switchTo(notADiary));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("still open")));
    EXPECT_EQ(session.diary()->path(), first.path);
    EXPECT_EQ(session.window(), window);
    EXPECT_TRUE(settings.diaryPath().isEmpty());
}
