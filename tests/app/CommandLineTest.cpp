// End-to-end tests of the built cramp-diary binary: what a user types, what they see,
// and what lands in the diary file (read back with the binary itself or sqlite3).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QFile>
#include <QThread>

#include <gtest/gtest.h>

namespace {
struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

class CommandLine : public ::testing::Test
{
protected:
    QTemporaryDir home;
    QString diary = home.filePath(QStringLiteral("diary.sqlite"));

    QProcessEnvironment environment(bool withDisplay = false) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/London"));
        if (!withDisplay) {
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        }
        return env;
    }

    Result run(QStringList arguments, bool withDatabase = true, const QProcessEnvironment *env = nullptr) const
    {
        if (withDatabase && !arguments.isEmpty() && !arguments.first().startsWith(QLatin1Char('-')))
            arguments << QStringLiteral("--database") << diary;
        QProcess process;
        process.setProcessEnvironment(env ? *env : environment());
        process.start(QStringLiteral(CRAMP_DIARY_BINARY), arguments);
        EXPECT_TRUE(process.waitForFinished(60000)) << arguments.join(QLatin1Char(' ')).toStdString();
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString sql(const QString &path, const QString &query) const
    {
        QProcess process;
        process.start(QStringLiteral("sqlite3"), {path, query});
        EXPECT_TRUE(process.waitForFinished(10000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    QJsonArray listJson(const QStringList &range)
    {
        const Result listed = run(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + range);
        EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }
};
} // namespace

TEST_F(CommandLine, HelpAndVersionFollowQtConventionsWithoutADisplay)
{
    const Result help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *command : {"log", "checkin", "list", "demo"})
        EXPECT_TRUE(help.out.contains(QStringLiteral("cramp-diary %1").arg(QLatin1StringView(command)))) << command;
    const Result version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("cramp-diary 0.")));
    const Result logHelp = run({QStringLiteral("log"), QStringLiteral("--help")}, false);
    EXPECT_EQ(logHelp.exitCode, 0);
    EXPECT_TRUE(logHelp.out.contains(QStringLiteral("--severity")));
}

TEST_F(CommandLine, LogRecordsEveryDetailGiven)
{
    const Result logged = run({QStringLiteral("log"), QStringLiteral("--at"), QStringLiteral("2026-11-20T03:10+01:00"),
                               QStringLiteral("--severity"), QStringLiteral("7"), QStringLiteral("--leg"),
                               QStringLiteral("right"), QStringLiteral("--muscle"), QStringLiteral("foot"),
                               QStringLiteral("--duration"), QStringLiteral("1m30s"), QStringLiteral("--woke"),
                               QStringLiteral("yes"), QStringLiteral("--sleep-disturbance"), QStringLiteral("5"),
                               QStringLiteral("--relief"), QStringLiteral("stretch:yes,massage:no,heat"),
                               QStringLiteral("--soreness"), QStringLiteral("no"), QStringLiteral("--sign"),
                               QStringLiteral("swelling,warmth"), QStringLiteral("--notes"),
                               QStringLiteral("After a long walk, \"sharp\"")});
    ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
    EXPECT_TRUE(logged.out.contains(QStringLiteral("#1")));
    const QJsonArray episodes = listJson({QStringLiteral("--from"), QStringLiteral("2026-11-19"), QStringLiteral("--to"),
                                          QStringLiteral("2026-11-20")});
    ASSERT_EQ(episodes.size(), 1);
    const QJsonObject e = episodes.first().toObject();
    EXPECT_EQ(e[QStringLiteral("night")].toString(), QStringLiteral("2026-11-19"));
    EXPECT_EQ(e[QStringLiteral("start")].toString(), QStringLiteral("2026-11-20T03:10:00+01:00"));
    EXPECT_EQ(e[QStringLiteral("severity")].toInt(), 7);
    EXPECT_EQ(e[QStringLiteral("leg")].toString(), QStringLiteral("right"));
    EXPECT_EQ(e[QStringLiteral("muscle")].toString(), QStringLiteral("foot"));
    EXPECT_EQ(e[QStringLiteral("durationSeconds")].toInt(), 90);
    EXPECT_EQ(e[QStringLiteral("wokeFromSleep")].toBool(), true);
    EXPECT_EQ(e[QStringLiteral("sleepDisturbance")].toInt(), 5);
    EXPECT_EQ(e[QStringLiteral("sorenessAfter")].toBool(true), false);
    EXPECT_EQ(e[QStringLiteral("notes")].toString(), QStringLiteral("After a long walk, \"sharp\""));
    const QJsonArray reliefs = e[QStringLiteral("reliefs")].toArray();
    ASSERT_EQ(reliefs.size(), 3);
    EXPECT_TRUE(reliefs[0].toObject()[QStringLiteral("helped")].toBool());
    EXPECT_FALSE(reliefs[1].toObject()[QStringLiteral("helped")].toBool(true));
    EXPECT_TRUE(reliefs[2].toObject()[QStringLiteral("helped")].isNull());
    EXPECT_EQ(e[QStringLiteral("warningSigns")].toArray().size(), 2);
}

TEST_F(CommandLine, AWarningSignIsAnsweredWithHowSoonToSeeAClinician)
{
    const Result logged = run({QStringLiteral("log"), QStringLiteral("--at"), QStringLiteral("2026-11-20T03:10"),
                               QStringLiteral("--sign"), QStringLiteral("swelling,numbness_tingling")});
    ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
    EXPECT_TRUE(logged.out.contains(QStringLiteral("SEE A CLINICIAN TODAY"))) << logged.out.toStdString();
    EXPECT_TRUE(logged.out.contains(QStringLiteral("BOOK AN APPOINTMENT")));
    EXPECT_TRUE(logged.out.contains(QStringLiteral("You noted: Swelling of the leg")));
    EXPECT_TRUE(logged.out.contains(QStringLiteral("Guidance: \u201c")));
    const Result plain = run({QStringLiteral("log"), QStringLiteral("--at"), QStringLiteral("2026-11-20T04:10"),
                              QStringLiteral("--severity"), QStringLiteral("9")});
    EXPECT_FALSE(plain.out.contains(QStringLiteral("CLINICIAN")));
}

TEST_F(CommandLine, OneCommandIsEnoughToRecordACrampNow)
{
    const Result logged = run({QStringLiteral("log")});
    ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM episodes")), QStringLiteral("1"));
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM episodes WHERE severity IS NULL AND leg IS NULL")),
              QStringLiteral("1"));
}

TEST_F(CommandLine, InvalidValuesNameTheOptionAndWriteNothing)
{
    const QList<std::pair<QStringList, QString>> cases = {
        {{QStringLiteral("--severity"), QStringLiteral("11")}, QStringLiteral("--severity must be a whole number from 0 to 10")},
        {{QStringLiteral("--leg"), QStringLiteral("middle")}, QStringLiteral("left, right, both")},
        {{QStringLiteral("--muscle"), QStringLiteral("neck")}, QStringLiteral("calf, foot")},
        {{QStringLiteral("--duration"), QStringLiteral("-5")}, QStringLiteral("--duration")},
        {{QStringLiteral("--at"), QStringLiteral("yesterday-ish")}, QStringLiteral("--at")},
        {{QStringLiteral("--at"), QStringLiteral("2099-01-01T03:00")}, QStringLiteral("future")},
        {{QStringLiteral("--woke"), QStringLiteral("maybe")}, QStringLiteral("yes, no")},
        {{QStringLiteral("--relief"), QStringLiteral("prayer")}, QStringLiteral("stretch")},
        {{QStringLiteral("--sign"), QStringLiteral("itchy")}, QStringLiteral("swelling")},
        {{QStringLiteral("--bogus")}, QStringLiteral("bogus")},
    };
    for (const auto &[options, expected] : cases) {
        const Result result = run(QStringList{QStringLiteral("log")} + options);
        EXPECT_EQ(result.exitCode, 2) << options.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.err.contains(expected)) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("Nothing was written")));
    }
    EXPECT_FALSE(QFile::exists(diary));
    const Result checkin = run({QStringLiteral("checkin"), QStringLiteral("--stress"), QStringLiteral("12")});
    EXPECT_EQ(checkin.exitCode, 2);
    EXPECT_TRUE(checkin.err.contains(QStringLiteral("--stress")));
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM night_logs")), QStringLiteral("0"));
}

TEST_F(CommandLine, CheckinRecordsFactorsAndKeepsEarlierOnes)
{
    Result result = run({QStringLiteral("checkin"), QStringLiteral("--night"), QStringLiteral("2026-11-20"),
                         QStringLiteral("--water"), QStringLiteral("900"), QStringLiteral("--position"),
                         QStringLiteral("toes_pointed"), QStringLiteral("--exercise"), QStringLiteral("yes")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    result = run({QStringLiteral("checkin"), QStringLiteral("--night"), QStringLiteral("2026-11-20"),
                  QStringLiteral("--stress"), QStringLiteral("6")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT f.builtin_key || '=' || coalesce(v.number_value, v.choice_value) "
                                        "FROM night_factor_values v JOIN factors f ON f.id = v.factor_id "
                                        "ORDER BY f.sort_order")),
              QStringLiteral("water_ml=900.0\nsleep_position=toes_pointed\nexercise=1.0\nstress=6.0"));
    const Result badChoice = run({QStringLiteral("checkin"), QStringLiteral("--position"), QStringLiteral("upside")});
    EXPECT_EQ(badChoice.exitCode, 2);
    EXPECT_TRUE(badChoice.err.contains(QStringLiteral("toes_pointed, back, side, front")));
    const Result badMedicine = run({QStringLiteral("checkin"), QStringLiteral("--medication"), QStringLiteral("Aspirin")});
    EXPECT_EQ(badMedicine.exitCode, 2);
    EXPECT_TRUE(badMedicine.err.contains(QStringLiteral("Aspirin")));
}

TEST_F(CommandLine, ListPrintsNightsInPlainText)
{
    run({QStringLiteral("log"), QStringLiteral("--at"), QStringLiteral("2026-11-21T02:15"), QStringLiteral("--severity"),
         QStringLiteral("4"), QStringLiteral("--leg"), QStringLiteral("left"), QStringLiteral("--muscle"), QStringLiteral("calf")});
    const Result listed = run({QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                               QStringLiteral("--to"), QStringLiteral("2026-11-30")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Night of Friday, 20 November 2026"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("02:15, left calf, severity 4/10")));
    const Result backwards = run({QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-11-30"),
                                  QStringLiteral("--to"), QStringLiteral("2026-11-01")});
    EXPECT_EQ(backwards.exitCode, 2);
}

TEST_F(CommandLine, DemoIsReproducibleAndOnlyFillsAnEmptyDiary)
{
    const QStringList demo = {QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("90"),
                              QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--end"),
                              QStringLiteral("2026-10-31"), QStringLiteral("--zone"), QStringLiteral("Europe/Paris")};
    ASSERT_EQ(run(demo).exitCode, 0);
    const QJsonArray first = listJson({QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                       QStringLiteral("2026-12-31")});
    EXPECT_GT(first.size(), 10);

    const Result again = run(demo);
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("empty diary")));

    const QString otherDiary = home.filePath(QStringLiteral("other.sqlite"));
    ASSERT_EQ(run(demo + QStringList{QStringLiteral("--database"), otherDiary}, false).exitCode, 0);
    const Result second = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--from"),
                               QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                               QStringLiteral("--database"), otherDiary},
                              false);
    EXPECT_EQ(QJsonDocument::fromJson(second.out.toUtf8()).array(), first);

    const Result badZone = run({QStringLiteral("demo"), QStringLiteral("--zone"), QStringLiteral("Mars/Olympus")});
    EXPECT_EQ(badZone.exitCode, 2);
}

TEST_F(CommandLine, TheDefaultDiaryLivesInTheApplicationDataFolder)
{
    ASSERT_EQ(run({QStringLiteral("log")}, false).exitCode, 0);
    EXPECT_TRUE(QFile::exists(home.filePath(QStringLiteral("data/CrampDiary/cramp-diary/diary.sqlite"))));
}

TEST_F(CommandLine, AFileThatIsNotADiaryIsRefusedAndKept)
{
    QFile file(diary);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("my shopping list\n");
    file.close();
    const Result result = run({QStringLiteral("log")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("not a Cramp Diary")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("my shopping list\n"));
}

TEST_F(CommandLine, WithoutADisplayTheWindowSaysSoInOneLine)
{
    const Result result = run({}, false);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("no display")));
    EXPECT_EQ(result.err.trimmed().count(QLatin1Char('\n')), 0) << result.err.toStdString();
}

TEST_F(CommandLine, AWriteWhileTheWindowHasTheDiaryOpenIsRefusedClearly)
{
    QProcessEnvironment env = environment(true);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess window;
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(CRAMP_DIARY_BINARY), {QStringLiteral("--database"), diary});
    ASSERT_TRUE(window.waitForStarted());
    // Wait until the window holds the lock.
    for (int i = 0; i < 100 && !QFile::exists(diary + QStringLiteral(".lock")); ++i)
        QThread::msleep(50);
    ASSERT_TRUE(QFile::exists(diary + QStringLiteral(".lock")));
    const Result logged = run({QStringLiteral("log")});
    EXPECT_EQ(logged.exitCode, 1);
    EXPECT_TRUE(logged.err.contains(QStringLiteral("already open in another Cramp Diary"))) << logged.err.toStdString();
    const Result listed = run({QStringLiteral("list")});
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    window.kill();
    window.waitForFinished();
}

TEST_F(CommandLine, TheWindowOpensAndCanBePhotographed)
{
    QProcessEnvironment env = environment(true);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString png = home.filePath(QStringLiteral("window.png"));
    const Result result = run({QStringLiteral("--database"), diary, QStringLiteral("--screenshot"), png}, false, &env);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    QFile picture(png);
    ASSERT_TRUE(picture.open(QIODevice::ReadOnly));
    EXPECT_TRUE(picture.read(8).startsWith("\x89PNG"));
}
