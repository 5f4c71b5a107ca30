// The app's window session: opening another diary replaces the window only when the new
// file opens; otherwise the current diary stays open and the reason is reported.
#include "app/window/WindowSession.h"

#include "TempDiary.h"
#include "WaitFor.h"
#include "core/settings/AppSettings.h"
#include "core/store/DiaryRepository.h"
#include "ui/diary/DiaryView.h"
#include "ui/undo/UndoableDiary.h"
#include "ui/window/MainWindow.h"

#include <gtest/gtest.h>

#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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

namespace {
// Runs the built cramp-diary beside the window while the window's event loop keeps going.
int runBeside(const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CRAMP_DIARY_BINARY), arguments);
    if (!process.waitForStarted(5000))
        return -1;
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < 20000)
        QTest::qWait(20);
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.state() == QProcess::NotRunning ? process.exitCode() : -2;
}

int diaryRows(MainWindow *window)
{
    return window->diaryView()->table()->model()->rowCount(); // the list reads the diary when first asked
}
} // namespace

// A first start paints its welcome first: the window is built and reachable by a second
// launch, but shown only once the welcome is done.
TEST(WindowSession, AWindowKeptForAfterTheWelcomeIsServedButShownOnlyWhenAsked)
{
    TempDiary temp;
    AppSettings settings(temp.dir.filePath(QStringLiteral("settings.ini")));
    WindowSession session(settings, temp.open(), WindowSession::Window::Hidden);
    ASSERT_NE(session.window(), nullptr);
    EXPECT_FALSE(session.window()->isVisible());
    EXPECT_TRUE(session.isServing());
    session.showWindow();
    EXPECT_TRUE(session.window()->isVisible());
}

// The whole first start as a process: a new diary and no settings paint the welcome.
TEST(WindowSession, AFirstStartPaintsItsWelcome)
{
    TempDiary temp;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), temp.dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CRAMP_DIARY_BINARY),
                  { QStringLiteral("--quit-at-first-paint"), QStringLiteral("--database"), temp.path });
    ASSERT_TRUE(process.waitForFinished(20000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_TRUE(QFile::exists(temp.path)) << "the new diary was made";
}

TEST(WindowSession, ALogCommandBesideTheOpenWindowIsWrittenAndShownAtOnce)
{
    TempDiary temp;
    AppSettings settings(temp.dir.filePath(QStringLiteral("settings.ini")));
    WindowSession session(settings, temp.open());
    ASSERT_TRUE(session.isServing());
    MainWindow *window = session.window();
    ASSERT_EQ(diaryRows(window), 0);

    QString output;
    QElapsedTimer clock;
    clock.start();
    EXPECT_EQ(runBeside({ QStringLiteral("log"), QStringLiteral("--database"), temp.path, QStringLiteral("--severity"),
                          QStringLiteral("7"), QStringLiteral("--leg"), QStringLiteral("right") },
                        &output),
              0)
            << output.toStdString();
    EXPECT_LT(clock.elapsed(), 3000) << "the command must not wait for the window's lock";
    // In the store and in the window's list, without any refresh by hand.
    ASSERT_EQ(session.diary()->episodeCount(), 1);
    EXPECT_EQ(session.diary()->allEpisodes().first().severity, 7);
    EXPECT_TRUE(waitFor([&] { return diaryRows(window) == 1; }, 1000));

    // A usage mistake is reported by the window's answer and writes nothing.
    EXPECT_EQ(runBeside({ QStringLiteral("log"), QStringLiteral("--database"), temp.path, QStringLiteral("--severity"),
                          QStringLiteral("12") },
                        &output),
              2);
    EXPECT_TRUE(output.contains(QStringLiteral("--severity"))) << output.toStdString();
    EXPECT_EQ(session.diary()->episodeCount(), 1);

    // The window's own undo still undoes what the window did, not the command's entry.
    window->logCrampNow();
    ASSERT_EQ(session.diary()->episodeCount(), 2);
    window->undoAction()->trigger();
    EXPECT_EQ(session.diary()->episodeCount(), 1);
    EXPECT_EQ(session.diary()->allEpisodes().first().severity, 7);
}

TEST(WindowSession, ASecondLaunchRaisesTheFirstAndACheckinRequestOpensTheCheckin)
{
    TempDiary temp;
    AppSettings settings(temp.dir.filePath(QStringLiteral("settings.ini")));
    WindowSession session(settings, temp.open());
    QSignalSpy raised(&session, &WindowSession::raiseRequested);
    QString output;
    // `cramp-diary FILE`, as a file manager's "Open with" runs it.
    EXPECT_EQ(runBeside({ temp.path }, &output), 0) << output.toStdString();
    EXPECT_EQ(raised.count(), 1);

    QStringList opened;
    QObject::connect(session.window(), &MainWindow::dialogOpened, session.window(), [&opened](QDialog *dialog) {
        opened.append(QString::fromLatin1(dialog->metaObject()->className()));
        dialog->done(0);
    });
    EXPECT_EQ(runBeside({ QStringLiteral("--database"), temp.path, QStringLiteral("--checkin") }, &output), 0)
            << output.toStdString();
    EXPECT_TRUE(waitFor([&] { return opened == QStringList { QStringLiteral("CheckinDialog") }; }, 2000))
            << opened.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(raised.count(), 2);
}
