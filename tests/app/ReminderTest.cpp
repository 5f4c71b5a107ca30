// The evening reminder against a fake notification service on a private session bus
// (CTest runs this binary under dbus-run-session): one notification when tonight has no
// check-in, none after one, none on a night marked not tracked, and "Check in" opens the
// check-in, from the window's own reminder and from the `remind` command beside it.
#include "TempDiary.h"
#include "WaitFor.h"
#include "app/reminders/WindowReminder.h"
#include "app/window/WindowSession.h"
#include "core/experiment/ExperimentPlanner.h"
#include "core/settings/AppSettings.h"
#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"
#include "ui/window/MainWindow.h"

#include <gtest/gtest.h>

#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace {
class Reminder : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The command beside the test reads the same settings file through its own QSettings.
        configHome = temp.dir.filePath(QStringLiteral("config"));
        settingsPath = configHome + QStringLiteral("/CrampDiary/cramp-diary.conf");
        logPath = temp.dir.filePath(QStringLiteral("notifications.jsonl"));
        settings = std::make_unique<AppSettings>(settingsPath);
        // A boundary six hours ago puts now in the middle of a night; the reminder was a minute ago.
        const QTime now = QTime::currentTime();
        settings->setNightBoundaryHour((now.hour() + 18) % 24);
        settings->setReminderEnabled(true);
        settings->setReminderTime(now.addSecs(-60));
        settings->sync();
        night = NightClock(settings->nightBoundaryHour()).nightOf(QDateTime::currentDateTime());
    }

    void TearDown() override
    {
        if (server.state() != QProcess::NotRunning) {
            server.kill();
            server.waitForFinished();
        }
    }

    void startServer(const QString &click = {})
    {
        QStringList arguments { QStringLiteral(CRAMP_TEST_SOURCE_DIR "/support/fake_notification_server.py"), logPath };
        if (!click.isEmpty())
            arguments << click;
        server.start(QStringLiteral("/usr/bin/python3"), arguments);
        ASSERT_TRUE(server.waitForReadyRead(10000)) << server.readAllStandardError().toStdString();
        ASSERT_TRUE(server.readAllStandardOutput().contains("ready"));
    }

    QStringList notifications() const
    {
        QFile file(logPath);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    // Runs `cramp-diary remind` beside the test, keeping this process's event loop going.
    int remind(QString *output, int wait = 0)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CRAMP_DIARY_BINARY),
                      { QStringLiteral("remind"), QStringLiteral("--database"), temp.path, QStringLiteral("--wait"),
                        QString::number(wait) });
        QElapsedTimer clock;
        clock.start();
        while (process.state() != QProcess::NotRunning && clock.elapsed() < 30000)
            QTest::qWait(20);
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.state() == QProcess::NotRunning ? process.exitCode() : -1;
    }

    TempDiary temp;
    QString configHome, settingsPath, logPath;
    std::unique_ptr<AppSettings> settings;
    QDate night;
    QProcess server;
};
} // namespace

TEST_F(Reminder, OneNotificationANightWhenTonightHasNoCheckin)
{
    temp.open(); // an empty diary
    startServer();
    QString output;
    ASSERT_EQ(remind(&output), 0) << output.toStdString();
    const QStringList shown = notifications();
    ASSERT_EQ(shown.size(), 1) << output.toStdString();
    EXPECT_TRUE(shown.first().contains(QStringLiteral("Evening check-in")));
    EXPECT_TRUE(shown.first().contains(QStringLiteral("\"checkin\", \"Check in\"")));
    // Asked to stay until answered, as a calendar reminder: never expiring, normal urgency.
    EXPECT_TRUE(shown.first().contains(QStringLiteral("\"urgency\": 1, \"timeout\": 0")))
            << shown.first().toStdString();
    // Run again the same night: no second notification.
    ASSERT_EQ(remind(&output), 0);
    EXPECT_TRUE(output.contains(QStringLiteral("already been shown"))) << output.toStdString();
    EXPECT_EQ(notifications().size(), 1);
}

// During a self-experiment the reminder also says what tonight's plan is.
TEST_F(Reminder, DuringASelfExperimentItSaysTonightsPlan)
{
    Experiment experiment;
    experiment.change = { ExperimentChange::Stretching, 15, 0, {} };
    experiment.design.start = night;
    experiment.design.seed = 3;
    experiment.plan = ExperimentPlanner::draw(experiment.design);
    temp.open()->startExperiment(experiment);
    startServer();
    QString output;
    ASSERT_EQ(remind(&output), 0) << output.toStdString();
    const QStringList shown = notifications();
    ASSERT_EQ(shown.size(), 1) << output.toStdString();
    const QString instruction = experiment.change.instruction(experiment.plan.first().arm);
    EXPECT_TRUE(shown.first().contains(instruction)) << shown.first().toStdString();
    EXPECT_TRUE(shown.first().contains(QStringLiteral("Night 1 of 28"))) << shown.first().toStdString();
}

TEST_F(Reminder, NoneOnceTheNightHasACheckin)
{
    temp.open()->saveNightLog({ night, {}, {}, {}, {} });
    startServer();
    QString output;
    ASSERT_EQ(remind(&output), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("already has a check-in"))) << output.toStdString();
    EXPECT_TRUE(notifications().isEmpty());
}

TEST_F(Reminder, NoneOnANightMarkedNotTracked)
{
    const auto diary = temp.open();
    diary->saveNightLog({ night.addDays(-3), {}, {}, {}, {} }); // a period needs a diary begun before it
    diary->addUntrackedPeriod({ 0, night.addDays(-1), night.addDays(2), QStringLiteral("Holiday") });
    startServer();
    QString output;
    ASSERT_EQ(remind(&output), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("not tracked"))) << output.toStdString();
    EXPECT_TRUE(notifications().isEmpty());
}

TEST_F(Reminder, CheckInOnTheCommandsNotificationOpensTheCheckinInTheWindow)
{
    WindowSession session(*settings, temp.open());
    QStringList opened;
    QObject::connect(session.window(), &MainWindow::dialogOpened, session.window(), [&opened](QDialog *dialog) {
        opened.append(QString::fromLatin1(dialog->metaObject()->className()));
        dialog->done(0);
    });
    startServer(QStringLiteral("checkin"));
    int raisedCount = 0;
    QObject::connect(&session, &WindowSession::raiseRequested, &session, [&raisedCount] { ++raisedCount; });
    QString output;
    ASSERT_EQ(remind(&output, 20), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("Opening the check-in"))) << output.toStdString();
    EXPECT_EQ(notifications().size(), 1);
    EXPECT_TRUE(waitFor([&] { return opened == QStringList { QStringLiteral("CheckinDialog") }; }, 10000))
            << opened.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(raisedCount, 1);
}

TEST_F(Reminder, TheWindowsOwnReminderNotifiesOnceAndItsActionOpensTheCheckin)
{
    WindowSession session(*settings, temp.open());
    QStringList opened;
    QObject::connect(session.window(), &MainWindow::dialogOpened, session.window(), [&opened](QDialog *dialog) {
        opened.append(QString::fromLatin1(dialog->metaObject()->className()));
        dialog->done(0);
    });
    startServer(QStringLiteral("checkin"));
    ASSERT_TRUE(session.reminder()->check());
    EXPECT_FALSE(session.reminder()->check()); // once a night
    EXPECT_EQ(settings->remindedNight(), night);
    EXPECT_TRUE(waitFor([&] { return opened == QStringList { QStringLiteral("CheckinDialog") }; }, 5000))
            << opened.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(notifications().size(), 1);
}
