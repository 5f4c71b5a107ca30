// End-to-end tests of the built cramp-diary binary: what a user types, what they see,
// and what lands in the diary file (read back with the binary itself or sqlite3).
#include "CommandLineFixture.h"

#include <csignal>
#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

TEST_F(CommandLine, HelpAndVersionFollowQtConventionsWithoutADisplay)
{
    const Result help = run({ QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    for (const char *command : { "log", "checkin", "list", "demo" })
        EXPECT_TRUE(help.out.contains(QStringLiteral("cramp-diary %1").arg(QLatin1StringView(command)))) << command;
    const Result version = run({ QStringLiteral("--version") });
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("cramp-diary 0.")));
    const Result logHelp = run({ QStringLiteral("log"), QStringLiteral("--help") }, false);
    EXPECT_EQ(logHelp.exitCode, 0);
    EXPECT_TRUE(logHelp.out.contains(QStringLiteral("--severity")));
}

TEST_F(CommandLine, LogRecordsEveryDetailGiven)
{
    const Result logged = run({ QStringLiteral("log"),
                                QStringLiteral("--at"),
                                QStringLiteral("2026-11-20T03:10+01:00"),
                                QStringLiteral("--severity"),
                                QStringLiteral("7"),
                                QStringLiteral("--leg"),
                                QStringLiteral("right"),
                                QStringLiteral("--muscle"),
                                QStringLiteral("foot"),
                                QStringLiteral("--duration"),
                                QStringLiteral("1m30s"),
                                QStringLiteral("--woke"),
                                QStringLiteral("yes"),
                                QStringLiteral("--sleep-disturbance"),
                                QStringLiteral("5"),
                                QStringLiteral("--relief"),
                                QStringLiteral("stretch:yes,massage:no,heat"),
                                QStringLiteral("--soreness"),
                                QStringLiteral("no"),
                                QStringLiteral("--sign"),
                                QStringLiteral("swelling,warmth"),
                                QStringLiteral("--notes"),
                                QStringLiteral("After a long walk, \"sharp\"") });
    ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
    EXPECT_TRUE(logged.out.contains(QStringLiteral("#1")));
    const QJsonArray episodes = listJson({ QStringLiteral("--from"), QStringLiteral("2026-11-19"),
                                           QStringLiteral("--to"), QStringLiteral("2026-11-20") });
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
    const Result logged = run({ QStringLiteral("log"), QStringLiteral("--at"), QStringLiteral("2026-11-20T03:10"),
                                QStringLiteral("--sign"), QStringLiteral("swelling,numbness_tingling") });
    ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
    EXPECT_TRUE(logged.out.contains(QStringLiteral("SEE A CLINICIAN TODAY"))) << logged.out.toStdString();
    EXPECT_TRUE(logged.out.contains(QStringLiteral("BOOK AN APPOINTMENT")));
    EXPECT_TRUE(logged.out.contains(QStringLiteral("You noted: Swelling of the leg")));
    EXPECT_TRUE(logged.out.contains(QStringLiteral("Guidance: \u201c")));
    const Result plain = run({ QStringLiteral("log"), QStringLiteral("--at"), QStringLiteral("2026-11-20T04:10"),
                               QStringLiteral("--severity"), QStringLiteral("9") });
    EXPECT_FALSE(plain.out.contains(QStringLiteral("CLINICIAN")));
}

TEST_F(CommandLine, OneCommandIsEnoughToRecordACrampNow)
{
    const Result logged = run({ QStringLiteral("log") });
    ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM episodes")), QStringLiteral("1"));
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM episodes WHERE severity IS NULL AND leg IS NULL")),
              QStringLiteral("1"));
}

TEST_F(CommandLine, InvalidValuesNameTheOptionAndWriteNothing)
{
    const QList<std::pair<QStringList, QString>> cases = {
        { { QStringLiteral("--severity"), QStringLiteral("11") },
          QStringLiteral("--severity must be a whole number from 0 to 10") },
        { { QStringLiteral("--leg"), QStringLiteral("middle") }, QStringLiteral("left, right, both") },
        { { QStringLiteral("--muscle"), QStringLiteral("neck") }, QStringLiteral("calf, foot") },
        { { QStringLiteral("--duration"), QStringLiteral("-5") }, QStringLiteral("--duration") },
        { { QStringLiteral("--at"), QStringLiteral("yesterday-ish") }, QStringLiteral("--at") },
        { { QStringLiteral("--at"), QStringLiteral("2099-01-01T03:00") }, QStringLiteral("future") },
        { { QStringLiteral("--woke"), QStringLiteral("maybe") }, QStringLiteral("yes, no") },
        { { QStringLiteral("--relief"), QStringLiteral("prayer") }, QStringLiteral("stretch") },
        { { QStringLiteral("--sign"), QStringLiteral("itchy") }, QStringLiteral("swelling") },
        { { QStringLiteral("--bogus") }, QStringLiteral("bogus") },
    };
    for (const auto &[options, expected] : cases) {
        const Result result = run(QStringList { QStringLiteral("log") } + options);
        EXPECT_EQ(result.exitCode, 2) << options.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.err.contains(expected)) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("Nothing was written")));
    }
    EXPECT_FALSE(QFile::exists(diary));
    const Result checkin = run({ QStringLiteral("checkin"), QStringLiteral("--stress"), QStringLiteral("12") });
    EXPECT_EQ(checkin.exitCode, 2);
    EXPECT_TRUE(checkin.err.contains(QStringLiteral("--stress")));
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM night_logs")), QStringLiteral("0"));
}

TEST_F(CommandLine, CheckinRecordsFactorsAndKeepsEarlierOnes)
{
    Result result = run({ QStringLiteral("checkin"), QStringLiteral("--night"), QStringLiteral("2026-11-20"),
                          QStringLiteral("--water"), QStringLiteral("900"), QStringLiteral("--position"),
                          QStringLiteral("toes_pointed"), QStringLiteral("--exercise"), QStringLiteral("yes") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    result = run({ QStringLiteral("checkin"), QStringLiteral("--night"), QStringLiteral("2026-11-20"),
                   QStringLiteral("--stress"), QStringLiteral("6") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(sql(diary,
                  QStringLiteral("SELECT f.builtin_key || '=' || coalesce(v.number_value, v.choice_value) "
                                 "FROM night_factor_values v JOIN factors f ON f.id = v.factor_id "
                                 "ORDER BY f.sort_order")),
              QStringLiteral("water_ml=900.0\nsleep_position=toes_pointed\nexercise=1.0\nstress=6.0"));
    const Result badChoice = run({ QStringLiteral("checkin"), QStringLiteral("--position"), QStringLiteral("upside") });
    EXPECT_EQ(badChoice.exitCode, 2);
    EXPECT_TRUE(badChoice.err.contains(QStringLiteral("toes_pointed, back, side, front")));
    const Result badMedicine
            = run({ QStringLiteral("checkin"), QStringLiteral("--medication"), QStringLiteral("Aspirin") });
    EXPECT_EQ(badMedicine.exitCode, 2);
    EXPECT_TRUE(badMedicine.err.contains(QStringLiteral("Aspirin")));
}

TEST_F(CommandLine, ListPrintsNightsInPlainText)
{
    run({ QStringLiteral("log"), QStringLiteral("--at"), QStringLiteral("2026-11-21T02:15"),
          QStringLiteral("--severity"), QStringLiteral("4"), QStringLiteral("--leg"), QStringLiteral("left"),
          QStringLiteral("--muscle"), QStringLiteral("calf") });
    const Result listed = run({ QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                                QStringLiteral("--to"), QStringLiteral("2026-11-30") });
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Night of Friday, 20 November 2026"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("02:15, left calf, severity 4/10")));
    const Result backwards = run({ QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-11-30"),
                                   QStringLiteral("--to"), QStringLiteral("2026-11-01") });
    EXPECT_EQ(backwards.exitCode, 2);
}

TEST_F(CommandLine, DemoIsReproducibleAndOnlyFillsAnEmptyDiary)
{
    const QStringList demo
            = { QStringLiteral("demo"),       QStringLiteral("--nights"), QStringLiteral("90"),
                QStringLiteral("--seed"),     QStringLiteral("3"),        QStringLiteral("--end"),
                QStringLiteral("2026-10-31"), QStringLiteral("--zone"),   QStringLiteral("Europe/Paris") };
    ASSERT_EQ(run(demo).exitCode, 0);
    const QJsonArray first = listJson({ QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                        QStringLiteral("2026-12-31") });
    EXPECT_GT(first.size(), 10);

    const Result again = run(demo);
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("empty diary")));

    const QString otherDiary = home.filePath(QStringLiteral("other.sqlite"));
    ASSERT_EQ(run(demo + QStringList { QStringLiteral("--database"), otherDiary }, false).exitCode, 0);
    const Result second = run({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--from"),
                                QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                                QStringLiteral("--database"), otherDiary },
                              false);
    EXPECT_EQ(QJsonDocument::fromJson(second.out.toUtf8()).array(), first);

    const Result badZone = run({ QStringLiteral("demo"), QStringLiteral("--zone"), QStringLiteral("Mars/Olympus") });
    EXPECT_EQ(badZone.exitCode, 2);
}

TEST_F(CommandLine, TheDefaultDiaryLivesInTheApplicationDataFolder)
{
    ASSERT_EQ(run({ QStringLiteral("log") }, false).exitCode, 0);
    EXPECT_TRUE(QFile::exists(home.filePath(QStringLiteral("data/CrampDiary/cramp-diary/diary.sqlite"))));
}

TEST_F(CommandLine, AFileThatIsNotADiaryIsRefusedAndKept)
{
    QFile file(diary);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("my shopping list\n");
    file.close();
    const Result result = run({ QStringLiteral("log") });
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

TEST_F(CommandLine, AWriteWhileTheWindowHasTheDiaryOpenGoesThroughTheWindow)
{
    QProcessEnvironment env = environment(true);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess window;
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(CRAMP_DIARY_BINARY), { QStringLiteral("--database"), diary });
    ASSERT_TRUE(window.waitForStarted());
    // Wait until the window holds the lock.
    for (int i = 0; i < 100 && !QFile::exists(diary + QStringLiteral(".lock")); ++i)
        QThread::msleep(50);
    ASSERT_TRUE(QFile::exists(diary + QStringLiteral(".lock")));
    const Result logged = run({ QStringLiteral("log"), QStringLiteral("--severity"), QStringLiteral("6") });
    EXPECT_EQ(logged.exitCode, 0) << logged.err.toStdString();
    const Result listed = run({ QStringLiteral("list"), QStringLiteral("--json") });
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray cramps = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(cramps.size(), 1) << listed.out.toStdString();
    EXPECT_EQ(cramps.first().toObject().value(QStringLiteral("severity")).toInt(), 6);
    window.kill();
    window.waitForFinished();
}

TEST_F(CommandLine, TheWindowOpensAndCanBePhotographed)
{
    QProcessEnvironment env = environment(true);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString png = home.filePath(QStringLiteral("window.png"));
    const Result result
            = run({ QStringLiteral("--database"), diary, QStringLiteral("--screenshot"), png }, false, &env);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    QFile picture(png);
    ASSERT_TRUE(picture.open(QIODevice::ReadOnly));
    EXPECT_TRUE(picture.read(8).startsWith("\x89PNG"));
}

namespace {
QString flatten(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    EXPECT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

// The visit is at 09:00: last night's cramp, and its warning sign, are in the report once
// the person is up (06:00), not before; tonight's would not be.
TEST_F(CommandLine, AReportMadeInTheMorningHoldsLastNight)
{
    const QProcessEnvironment evening = at(environment(), "2026-12-01 21:00:00");
    ASSERT_EQ(run({ QStringLiteral("checkin"), QStringLiteral("--water"), QStringLiteral("1500") }, true, &evening)
                      .exitCode,
              0);
    const QProcessEnvironment morning = at(environment(), "2026-12-03 08:30:00");
    ASSERT_EQ(
            run({ QStringLiteral("log"), QStringLiteral("--at"), QStringLiteral("03:10"), QStringLiteral("--duration"),
                  QStringLiteral("11m"), QStringLiteral("--severity"), QStringLiteral("8") },
                true, &morning)
                    .exitCode,
            0);
    const QString pdf = home.filePath(QStringLiteral("visit.pdf"));
    const auto reportAt = [&](const char *when) {
        const QProcessEnvironment env = at(environment(), when);
        const Result r = run({ QStringLiteral("report"), QStringLiteral("--output"), pdf }, true, &env);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const Result stats = run({ QStringLiteral("stats"), QStringLiteral("--json") }, true, &env);
        return std::pair { flatten(pdfText(pdf)), QJsonDocument::fromJson(stats.out.toUtf8()).object() };
    };
    const auto [visit, visitStats] = reportAt("2026-12-03 09:00:00");
    EXPECT_TRUE(visit.contains(QStringLiteral("Lasted over 10 minutes 1 cramp: 3 Dec 2026"))) << visit.toStdString();
    // Its week has two recorded nights, and the report says so rather than scaling them to seven.
    EXPECT_TRUE(visit.contains(QStringLiteral("Weeks with fewer than 7 recorded nights (the week beginning): "
                                              "Mon 30 Nov: 2 nights.")))
            << visit.toStdString();
    EXPECT_EQ(visitStats.value(QStringLiteral("range")).toObject().value(QStringLiteral("last")).toString(),
              QStringLiteral("2026-12-02"));
    EXPECT_EQ(visitStats.value(QStringLiteral("range")).toObject().value(QStringLiteral("cramps")).toInt(), 1);
    EXPECT_EQ(visitStats.value(QStringLiteral("range")).toObject().value(QStringLiteral("nightsTracked")).toInt(), 2);
    // At 05:59 the person is not up: that night is still in progress and counts for nothing.
    const auto [early, earlyStats] = reportAt("2026-12-03 05:59:00");
    EXPECT_FALSE(early.contains(QStringLiteral("Lasted over 10 minutes"))) << early.toStdString();
    EXPECT_EQ(earlyStats.value(QStringLiteral("range")).toObject().value(QStringLiteral("last")).toString(),
              QStringLiteral("2026-12-01"));
    EXPECT_EQ(earlyStats.value(QStringLiteral("range")).toObject().value(QStringLiteral("cramps")).toInt(), 0);
}

// The bedside sheet: a week from tonight (or --from), in the quick log's order and keys,
// in English and in German.
TEST_F(CommandLine, TheBedsideSheetIsAWeekOfNightsInTheQuickLogsOrderInBothLanguages)
{
    const QString pdf = home.filePath(QStringLiteral("sheet.pdf"));
    const QProcessEnvironment evening = at(environment(), "2026-12-06 21:00:00");
    const Result written = run({ QStringLiteral("bedside-sheet"), QStringLiteral("--output"), pdf }, true, &evening);
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_TRUE(written.out.contains(QStringLiteral("2026-12-06 to 2026-12-12"))) << written.out.toStdString();
    const QString english = flatten(pdfText(pdf));
    for (const char *expected : { "Night cramp sheet", "Night of Sunday 6 December", "Night of Saturday 12 December",
                                  "How bad (0-10) Leg Muscle Time Notes", "L R B", "C F H K T O", "no cramps" })
        EXPECT_TRUE(english.contains(QLatin1StringView(expected))) << expected << "\n" << english.toStdString();
    EXPECT_FALSE(english.contains(QStringLiteral("13 December")));
    // Before the wake-up hour "tonight" is the night in progress: the sheet starts with it.
    const QProcessEnvironment small = at(environment(), "2026-12-07 03:00:00");
    ASSERT_EQ(run({ QStringLiteral("bedside-sheet"), QStringLiteral("--output"), pdf }, true, &small).exitCode, 0);
    EXPECT_TRUE(flatten(pdfText(pdf)).contains(QStringLiteral("Night of Sunday 6 December")));

    QProcessEnvironment german = evening;
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    ASSERT_EQ(run({ QStringLiteral("bedside-sheet"), QStringLiteral("--from"), QStringLiteral("2026-12-14"),
                    QStringLiteral("--output"), pdf },
                  true, &german)
                      .exitCode,
              0);
    const QString deutsch = flatten(pdfText(pdf));
    for (const char *expected : { "Nachtblatt für Wadenkrämpfe", "Nacht vom Montag, 14. Dezember",
                                  "Nacht vom Sonntag, 20. Dezember", "Schweregrad", "W F V H Z A", "keine Krämpfe" })
        EXPECT_TRUE(deutsch.contains(QString::fromUtf8(expected))) << expected << "\n" << deutsch.toStdString();

    const Result refused = run({ QStringLiteral("bedside-sheet") }, true, &evening);
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--output is required"))) << refused.err.toStdString();
}

// A fortnight by hand, from Monday 2 to Sunday 15 November 2026 (noon boundary):
// check-ins on the 2nd (the diary's first entry) and the 9th; cramps on the nights of
// the 3rd (two: severity 4 and 8, 60 s and 180 s), the 5th (6, 120 s) and the 12th
// (9, 900 s, swelling). Baseline: the first week (2-8 Nov), 3 cramps in 7 nights.
TEST_F(CommandLine, TheReportShowsFiguresComputedByHand)
{
    const QString longNote = QStringLiteral("Started in the arch and spread to the calf. ").repeated(40)
            + QStringLiteral("END-OF-NOTE");
    const QList<QStringList> logs = {
        { QStringLiteral("--at"), QStringLiteral("2026-11-04T02:00+00:00"), QStringLiteral("--severity"),
          QStringLiteral("4"), QStringLiteral("--duration"), QStringLiteral("60"), QStringLiteral("--leg"),
          QStringLiteral("left"), QStringLiteral("--relief"), QStringLiteral("stretch:yes") },
        { QStringLiteral("--at"), QStringLiteral("2026-11-04T04:00+00:00"), QStringLiteral("--severity"),
          QStringLiteral("8"), QStringLiteral("--duration"), QStringLiteral("180"), QStringLiteral("--leg"),
          QStringLiteral("left"), QStringLiteral("--relief"), QStringLiteral("stretch:no") },
        { QStringLiteral("--at"), QStringLiteral("2026-11-06T03:00+00:00"), QStringLiteral("--severity"),
          QStringLiteral("6"), QStringLiteral("--duration"), QStringLiteral("120"), QStringLiteral("--leg"),
          QStringLiteral("right"), QStringLiteral("--notes"), longNote },
        { QStringLiteral("--at"), QStringLiteral("2026-11-13T03:00+00:00"), QStringLiteral("--severity"),
          QStringLiteral("9"), QStringLiteral("--duration"), QStringLiteral("900"), QStringLiteral("--leg"),
          QStringLiteral("right"), QStringLiteral("--sign"), QStringLiteral("swelling") },
    };
    for (const QStringList &options : logs)
        ASSERT_EQ(run(QStringList { QStringLiteral("log") } + options).exitCode, 0);
    ASSERT_EQ(run({ QStringLiteral("checkin"), QStringLiteral("--night"), QStringLiteral("2026-11-02"),
                    QStringLiteral("--water"), QStringLiteral("1500") })
                      .exitCode,
              0);
    ASSERT_EQ(run({ QStringLiteral("checkin"), QStringLiteral("--night"), QStringLiteral("2026-11-09"),
                    QStringLiteral("--water"), QStringLiteral("900") })
                      .exitCode,
              0);

    const QStringList range
            = { QStringLiteral("--from"),     QStringLiteral("2026-11-02"),    QStringLiteral("--to"),
                QStringLiteral("2026-11-15"), QStringLiteral("--baseline-to"), QStringLiteral("2026-11-08") };
    // stats --json: 14 nights, 4 cramps = 2.0 a week; 3 cramp nights = 1.5 a week; baseline
    // 3 in 7 nights = 3.0 a week, after it 1 in 7 = 1.0 a week: a change of -66.7%.
    const Result stats = run(QStringList { QStringLiteral("stats"), QStringLiteral("--json") } + range);
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    const QJsonObject whole = json[QStringLiteral("range")].toObject();
    // In words, the change has its sign and its direction, as in the report.
    const Result words = run(QStringList { QStringLiteral("stats") } + range);
    EXPECT_TRUE(words.out.contains(QStringLiteral("Change from baseline: -67%, fewer cramps")))
            << words.out.toStdString();
    EXPECT_EQ(whole[QStringLiteral("nightsTracked")].toInt(), 14);
    EXPECT_EQ(whole[QStringLiteral("nightsCheckedIn")].toInt(), 2);
    EXPECT_EQ(whole[QStringLiteral("cramps")].toInt(), 4);
    EXPECT_DOUBLE_EQ(whole[QStringLiteral("crampsPerWeek")].toDouble(), 2.0);
    EXPECT_DOUBLE_EQ(whole[QStringLiteral("crampNightsPerWeek")].toDouble(), 1.5);
    EXPECT_NEAR(json[QStringLiteral("changeFromBaselinePercent")].toDouble(), -66.6667, 1e-3);
    EXPECT_TRUE(json[QStringLiteral("reductionOfAtLeast25Percent")].toBool());
    EXPECT_DOUBLE_EQ(json[QStringLiteral("severityMedian")].toDouble(), 7.0); // 4, 6, 8, 9
    EXPECT_DOUBLE_EQ(json[QStringLiteral("durationMedianMinutes")].toDouble(), 2.5); // 60, 120, 180, 900 s
    EXPECT_EQ(json[QStringLiteral("legs")].toObject()[QStringLiteral("left")].toInt(), 2);
    EXPECT_EQ(json[QStringLiteral("flaggedEpisodes")].toArray().size(), 1);
    // Everything the report shows: the period, and each factor link with its split and counts.
    EXPECT_EQ(json[u"period"].toString(), QStringLiteral("chosen"));
    QJsonObject water;
    for (const QJsonValue &link : json[u"factorLinks"].toArray())
        if (link[u"factorKey"].toString() == QStringLiteral("water_ml"))
            water = link.toObject();
    EXPECT_DOUBLE_EQ(water[u"split"][u"at"].toDouble(), 2000.0); // the guidance's two litres
    EXPECT_FALSE(water[u"split"][u"chosen"].toBool());
    EXPECT_EQ(water[u"groupNights"].toInt(), 2); // 1,500 and 900 ml
    EXPECT_EQ(water[u"otherNights"].toInt(), 0);
    EXPECT_FALSE(water[u"enoughNights"].toBool());
    EXPECT_TRUE(water[u"p"].isNull());
    EXPECT_EQ(water[u"words"].toString(),
              QStringLiteral("needs 8 more nights with less than 2,000 ml and 10 more with 2,000 ml or more"));
    EXPECT_EQ(json[u"weeks"].toArray().size(), 2);

    const QString pdf = home.filePath(QStringLiteral("report.pdf"));
    const Result report = run(QStringList { QStringLiteral("report"), QStringLiteral("--output"), pdf,
                                            QStringLiteral("--name"), QStringLiteral("Ada Example"),
                                            QStringLiteral("--birth-date"), QStringLiteral("1950-03-14"),
                                            QStringLiteral("--sections"), QStringLiteral("reliefs,factors,episodes") }
                              + range);
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Patient: Ada Example, born 14 Mar 1950")));
    EXPECT_TRUE(text.contains(QStringLiteral("Period: 2 Nov 2026 to 15 Nov 2026 (14 nights).")));
    EXPECT_TRUE(
            text.contains(QRegularExpression(QStringLiteral("Nights tracked\\s+14 \\(2 with an evening check-in\\)"))));
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("Cramps per week\\s+2\\.0"))));
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("Cramp nights per week\\s+1\\.5"))));
    EXPECT_TRUE(text.contains(QStringLiteral("-67% (3.0 per week from 2 Nov 2026 to 8 Nov 2026; 1.0 per week")));
    EXPECT_TRUE(text.contains(QStringLiteral("A reduction of at least 25%")));
    EXPECT_TRUE(text.contains(QStringLiteral("median 7.0, range 4 to 9")));
    EXPECT_TRUE(text.contains(QStringLiteral("median 2 min 30 s")));
    // Warning signs are findings for the clinician, never advice to the reader.
    EXPECT_TRUE(flatten(text).contains(QStringLiteral("Lasted over 10 minutes 1 cramp: ")));
    EXPECT_FALSE(text.contains(QStringLiteral("See a clinician today")));
    EXPECT_TRUE(text.contains(QStringLiteral("Patient-recorded diary data")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of")));
    // The long note is printed whole, wrapped, never cut off.
    QString flat = text;
    flat.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    EXPECT_TRUE(QString(text)
                        .remove(QRegularExpression(QStringLiteral("\\s+")))
                        .contains(u"END-OF-NOTE")); // may wrap at a hyphen
    EXPECT_GE(flat.count(QStringLiteral("spread to the calf")), 40);

    // Chosen sections only: no appendix.
    const Result brief = run(QStringList { QStringLiteral("report"), QStringLiteral("--output"), pdf,
                                           QStringLiteral("--sections"), QStringLiteral("none") }
                             + range);
    ASSERT_EQ(brief.exitCode, 0);
    EXPECT_FALSE(pdfText(pdf).contains(QStringLiteral("Appendix")));
    const Result badSection = run(QStringList { QStringLiteral("report"), QStringLiteral("--output"), pdf,
                                                QStringLiteral("--sections"), QStringLiteral("gossip") });
    EXPECT_EQ(badSection.exitCode, 2);
}

TEST_F(CommandLine, DataGoesOutAndComesBackWhole)
{
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("60"), QStringLiteral("--end"),
                    QStringLiteral("2026-10-31") })
                      .exitCode,
              0);
    const QString csv = home.filePath(QStringLiteral("episodes.csv"));
    ASSERT_EQ(run({ QStringLiteral("export"), QStringLiteral("--output"), csv }).exitCode, 0);
    const QString copy = home.filePath(QStringLiteral("copy.sqlite"));
    const Result imported = run(
            { QStringLiteral("import"), QStringLiteral("--input"), csv, QStringLiteral("--database"), copy }, false);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(sql(copy, QStringLiteral("SELECT count(*) FROM episodes")),
              sql(diary, QStringLiteral("SELECT count(*) FROM episodes")));

    const QString json = home.filePath(QStringLiteral("backup.json"));
    ASSERT_EQ(run({ QStringLiteral("backup"), QStringLiteral("--output"), json }).exitCode, 0);
    const QString restored = home.filePath(QStringLiteral("restored.sqlite"));
    const Result restore = run(
            { QStringLiteral("restore"), QStringLiteral("--input"), json, QStringLiteral("--database"), restored },
            false);
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    const QString json2 = home.filePath(QStringLiteral("backup2.json"));
    ASSERT_EQ(
            run({ QStringLiteral("backup"), QStringLiteral("--output"), json2, QStringLiteral("--database"), restored },
                false)
                    .exitCode,
            0);
    QFile a(json), b(json2);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    EXPECT_EQ(a.readAll(), b.readAll());

    // Restoring over a diary with entries is refused and changes nothing.
    const QString before = sql(diary, QStringLiteral("SELECT count(*) FROM episodes"));
    const Result over = run({ QStringLiteral("restore"), QStringLiteral("--input"), json });
    EXPECT_EQ(over.exitCode, 1);
    EXPECT_TRUE(over.err.contains(QStringLiteral("new, empty diary")));
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM episodes")), before);

    // A broken CSV is reported by line and column, and nothing is imported.
    QFile broken(home.filePath(QStringLiteral("broken.csv")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    QFile good(csv);
    ASSERT_TRUE(good.open(QIODevice::ReadOnly));
    QByteArray text = good.readAll();
    text.replace(",calf,", ",elbow,");
    broken.write(text);
    broken.close();
    const Result bad = run({ QStringLiteral("import"), QStringLiteral("--input"), broken.fileName() });
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("column muscle: 'elbow'"))) << bad.err.toStdString();
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM episodes")), before);
}

// A diary logged up to last night, read during the night in progress: the figures count
// the ten slept nights, never tonight, on either side of midnight and up to the wake-up
// hour (06:00), at fixed times in the tests' zone (Europe/London, noon boundary).
TEST_F(CommandLine, TonightIsNotCountedBeforeItEnds)
{
    const QDate tonight(2026, 12, 6);
    const QProcessEnvironment evening = at(environment(), "2026-12-06 21:00:00");
    for (int back = 10; back >= 1; --back) {
        const QString when = tonight.addDays(-back + 1).toString(Qt::ISODate) + QStringLiteral("T03:00");
        const Result logged = run({ QStringLiteral("log"), QStringLiteral("--at"), when, QStringLiteral("--severity"),
                                    QStringLiteral("4") },
                                  true, &evening);
        ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
    }
    const QString from = tonight.addDays(-30).toString(Qt::ISODate);
    for (const char *now : { "2026-12-06 21:00:00", "2026-12-07 03:30:00", "2026-12-07 05:59:00" }) {
        const QProcessEnvironment env = at(environment(), now);
        ASSERT_EQ(
                run({ QStringLiteral("log"), QStringLiteral("--severity"), QStringLiteral("9") }, true, &env).exitCode,
                0); // tonight's cramp, logged now
        for (const QString &to : { tonight.addDays(-1).toString(Qt::ISODate), tonight.toString(Qt::ISODate) }) {
            const Result stats = run({ QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--from"),
                                       from, QStringLiteral("--to"), to },
                                     true, &env);
            ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
            const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
            const QJsonObject range = json.value(u"range").toObject();
            EXPECT_EQ(range.value(u"nightsTracked").toInt(), 10) << now << " to " << to.toStdString();
            EXPECT_EQ(range.value(u"cramps").toInt(), 10) << now << " to " << to.toStdString();
            EXPECT_EQ(json.value(u"severityMax").toInt(), 4) << now;
        }
    }
    // At 06:00 the person is up: last night and its three cramps count.
    const QProcessEnvironment morning = at(environment(), "2026-12-07 06:00:00");
    const Result stats = run({ QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--from"), from },
                             true, &morning);
    const QJsonObject range = QJsonDocument::fromJson(stats.out.toUtf8()).object().value(u"range").toObject();
    EXPECT_EQ(range.value(u"nightsTracked").toInt(), 11);
    EXPECT_EQ(range.value(u"cramps").toInt(), 13);
}

// A young diary: the report covers the whole diary and says so, sets no baseline, and no
// page reads "n/a", "less than 0", "1 comparisons" or "1 nights"; an empty diary likewise.
TEST_F(CommandLine, AYoungDiaryGetsAReportOfItsOwnNightsInPlainWords)
{
    const auto readable = [this](const QString &pdf) {
        const QString text = pdfText(pdf);
        for (const char *bad : { "n/a", "less than 0", "1 comparisons", " 1 nights", "(1 nights)", "night(s)" })
            EXPECT_FALSE(text.contains(QLatin1StringView(bad))) << bad;
        return text;
    };
    const QProcessEnvironment evening = at(environment(), "2026-12-06 20:00:00");
    const QString emptyPdf = home.filePath(QStringLiteral("empty.pdf"));
    ASSERT_EQ(run({ QStringLiteral("log") }, true, &evening).exitCode, 0); // creates the diary; then empty it
    sql(diary, QStringLiteral("DELETE FROM episodes"));
    ASSERT_EQ(run({ QStringLiteral("report"), QStringLiteral("--output"), emptyPdf }, true, &evening).exitCode, 0);
    readable(emptyPdf);

    // At a fixed evening, so the night in progress is the same whenever the suite runs.
    const QDate tonight(2026, 12, 6);
    for (int back = 10; back >= 1; --back) {
        const QString at = tonight.addDays(-back + 1).toString(Qt::ISODate) + QStringLiteral("T03:00");
        ASSERT_EQ(run({ QStringLiteral("log"), QStringLiteral("--at"), at }, true, &evening).exitCode, 0);
        ASSERT_EQ(
                run({ QStringLiteral("checkin"), QStringLiteral("--night"),
                      tonight.addDays(-back).toString(Qt::ISODate), QStringLiteral("--stretch"), QStringLiteral("0") })
                        .exitCode,
                0);
    }
    const Result stats = run({ QStringLiteral("stats"), QStringLiteral("--json") }, true, &evening);
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    EXPECT_EQ(json[u"period"].toString(), QStringLiteral("wholeDiary"));
    EXPECT_EQ(json[u"range"][u"nightsTracked"].toInt(), 10);
    EXPECT_TRUE(json[u"baseline"].isNull());
    EXPECT_TRUE(json[u"changeFromBaselinePercent"].isNull());
    const Result plain = run({ QStringLiteral("stats") }, true, &evening);
    EXPECT_TRUE(plain.out.contains(QStringLiteral("No baseline: the period is shorter than four weeks")));
    EXPECT_FALSE(plain.out.contains(QStringLiteral("n/a")));

    const QString pdf = home.filePath(QStringLiteral("young.pdf"));
    ASSERT_EQ(run({ QStringLiteral("report"), QStringLiteral("--output"), pdf }, true, &evening).exitCode, 0);
    const QString text = readable(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("the whole diary"))) << text.left(600).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("(10 nights)")));
    EXPECT_TRUE(text.contains(QStringLiteral("No baseline was set")));

    // The generated diary's report reads as plainly.
    const QString demo = home.filePath(QStringLiteral("demo.sqlite"));
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--database"), demo }, false).exitCode, 0);
    const QString demoPdf = home.filePath(QStringLiteral("demo.pdf"));
    ASSERT_EQ(run({ QStringLiteral("report"), QStringLiteral("--database"), demo, QStringLiteral("--output"), demoPdf },
                  false)
                      .exitCode,
              0);
    EXPECT_TRUE(readable(demoPdf).contains(QStringLiteral("the last 12 weeks")));
}

// The FHIR export's codes, counts and ranges, which the R4 schema does not check
// (Fhir.ExportIsValidAgainstTheR4Schema checks the structure).
TEST_F(CommandLine, TheFhirExportCarriesTheCodesAndEveryCramp)
{
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("120") }).exitCode, 0);
    const int cramps = sql(diary, QStringLiteral("SELECT count(*) FROM episodes")).toInt();
    const int periods = sql(diary, QStringLiteral("SELECT count(*) FROM medication_periods")).toInt();
    const int withoutPeriods = sql(diary,
                                   QStringLiteral("SELECT count(*) FROM medications WHERE id NOT IN "
                                                  "(SELECT medication_id FROM medication_periods)"))
                                       .toInt();
    const Result exported = run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("fhir") });
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QJsonObject bundle = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    EXPECT_EQ(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    EXPECT_EQ(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    QMap<QString, int> counts;
    QSet<QString> fullUrls;
    QStringList references;
    const QSet<QString> sites { QStringLiteral("53840002"), QStringLiteral("56459004"), QStringLiteral("68367000"),
                                QStringLiteral("29707007"), QStringLiteral("61685007") };
    const QSet<QString> sides { QStringLiteral("7771000"), QStringLiteral("24028007"), QStringLiteral("51440002") };
    for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = entry[QStringLiteral("resource")].toObject();
        const QString type = resource.value(QStringLiteral("resourceType")).toString();
        ++counts[type];
        fullUrls.insert(entry[QStringLiteral("fullUrl")].toString());
        references.append(resource[QStringLiteral("subject")][QStringLiteral("reference")].toString());
        if (type == QLatin1StringView("Patient")) {
            EXPECT_FALSE(resource.contains(QStringLiteral("name"))) << "no name unless one was typed";
            EXPECT_FALSE(resource.contains(QStringLiteral("birthDate")));
        } else if (type == QLatin1StringView("Condition")) {
            const QJsonObject code = resource[QStringLiteral("code")][QStringLiteral("coding")][0].toObject();
            EXPECT_EQ(code.value(QStringLiteral("system")).toString(),
                      QStringLiteral("http://hl7.org/fhir/sid/icd-10-cm"));
            EXPECT_EQ(code.value(QStringLiteral("code")).toString(), QStringLiteral("G47.62"));
            EXPECT_EQ(
                    resource[QStringLiteral("verificationStatus")][QStringLiteral("coding")][0][QStringLiteral("code")]
                            .toString(),
                    QStringLiteral("unconfirmed"));
        } else if (type == QLatin1StringView("Observation")) {
            const QJsonObject code = resource[QStringLiteral("code")][QStringLiteral("coding")][0].toObject();
            EXPECT_EQ(code.value(QStringLiteral("system")).toString(), QStringLiteral("http://loinc.org"));
            EXPECT_EQ(code.value(QStringLiteral("code")).toString(), QStringLiteral("72514-3"));
            if (resource.contains(QStringLiteral("valueInteger"))) {
                const int severity = resource.value(QStringLiteral("valueInteger")).toInt(-1);
                EXPECT_TRUE(severity >= 0 && severity <= 10) << severity;
            } else {
                EXPECT_TRUE(resource.contains(QStringLiteral("dataAbsentReason")));
            }
            const QString when = resource.value(QStringLiteral("effectiveDateTime")).toString();
            EXPECT_TRUE(when.endsWith(QLatin1Char('Z'))
                        || when.contains(QRegularExpression(QStringLiteral("[+-]\\d\\d:\\d\\d$"))))
                    << when.toStdString();
            if (resource.contains(QStringLiteral("bodySite"))) {
                const QStringList site
                        = resource[QStringLiteral("bodySite")][QStringLiteral("coding")][0][QStringLiteral("code")]
                                  .toString()
                                  .split(QStringLiteral(":272741003="));
                EXPECT_TRUE(sites.contains(site.first())) << site.first().toStdString();
                if (site.size() == 2) {
                    EXPECT_TRUE(sides.contains(site.last())) << site.last().toStdString();
                }
            }
        }
    }
    EXPECT_EQ(counts.value(QStringLiteral("Patient")), 1);
    EXPECT_EQ(counts.value(QStringLiteral("Condition")), 1);
    EXPECT_EQ(counts.value(QStringLiteral("Observation")), cramps);
    EXPECT_EQ(counts.value(QStringLiteral("MedicationStatement")), periods + withoutPeriods);
    for (const QString &reference : references) {
        if (!reference.isEmpty()) {
            EXPECT_TRUE(fullUrls.contains(reference)) << reference.toStdString();
        }
    }

    const Result named = run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("fhir"),
                               QStringLiteral("--name"), QStringLiteral("Alex Example"), QStringLiteral("--birth-date"),
                               QStringLiteral("1951-04-02") });
    const QJsonObject patient = QJsonDocument::fromJson(named.out.toUtf8())
                                        .object()[QStringLiteral("entry")][0][QStringLiteral("resource")]
                                        .toObject();
    EXPECT_EQ(patient[QStringLiteral("name")][0][QStringLiteral("text")].toString(), QStringLiteral("Alex Example"));
    EXPECT_EQ(patient.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1951-04-02"));
    EXPECT_EQ(run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml") }).exitCode, 2);
}

// German, chosen in the settings or by the system's language: messages, dates and Qt's own
// words follow; the CSV keeps ISO dates.
TEST_F(CommandLine, SpeaksGermanWhenChosenOrWhenTheSystemDoes)
{
    QDir().mkpath(home.filePath(QStringLiteral("config/CrampDiary")));
    QFile settings(home.filePath(QStringLiteral("config/CrampDiary/cramp-diary.conf")));
    ASSERT_TRUE(settings.open(QIODevice::WriteOnly));
    settings.write("[ui]\nlanguage=de\n");
    settings.close();
    const Result logged = run({ QStringLiteral("log"), QStringLiteral("--at"), QStringLiteral("2026-11-22T03:10") });
    ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
    EXPECT_TRUE(logged.out.contains(QStringLiteral("Krampf Nr. 1 um 22. Nov. 2026, 03:10 eingetragen")))
            << logged.out.toStdString();
    EXPECT_TRUE(logged.out.contains(QStringLiteral("Sa., 21. Nov. 2026"))) << logged.out.toStdString();
    const Result exported = run({ QStringLiteral("export") });
    EXPECT_TRUE(exported.out.contains(QStringLiteral("2026-11-21,2026-11-22T03:10:00"))) << exported.out.toStdString();

    ASSERT_TRUE(QFile::remove(settings.fileName())); // the system's language decides
    QProcessEnvironment german = environment();
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    const Result help = run({ QStringLiteral("log"), QStringLiteral("--help") }, true, &german);
    EXPECT_FALSE(help.out.contains(QStringLiteral("Record a cramp"))) << help.out.toStdString();
    const Result windowHelp = run({ QStringLiteral("--help") }, true, &german); // the window's own options
    EXPECT_TRUE(windowHelp.out.contains(QStringLiteral("Ein Tagebuch"))) << windowHelp.out.toStdString();
    EXPECT_FALSE(windowHelp.out.contains(QStringLiteral("A diary for night-time"))) << windowHelp.out.toStdString();
    EXPECT_FALSE(windowHelp.out.contains(QStringLiteral("command-or-file"))) << windowHelp.out.toStdString();
    const Result english = run({ QStringLiteral("log"), QStringLiteral("--at"), QStringLiteral("2026-11-22T04:00") });
    EXPECT_TRUE(english.out.contains(QStringLiteral("Logged cramp #2"))) << english.out.toStdString();
}

// German numbers and words on the command line: a decimal comma and a space before % in
// `stats`, and a cramp's side and muscle as German writes them in `list`.
TEST_F(CommandLine, StatsAndListWriteGermanNumbersAndNouns)
{
    QProcessEnvironment german = at(environment(), "2026-11-30 10:00:00");
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    // Two weeks: 3 cramps in the first (the baseline of a 28-night period), 1 in the rest.
    for (const char *when : { "2026-11-03T03:00", "2026-11-05T03:00", "2026-11-07T03:00", "2026-11-20T02:15" })
        ASSERT_EQ(
                run({ QStringLiteral("log"), QStringLiteral("--at"), QString::fromLatin1(when), QStringLiteral("--leg"),
                      QStringLiteral("left"), QStringLiteral("--muscle"), QStringLiteral("calf") },
                    true, &german)
                        .exitCode,
                0);
    const Result stats = run({ QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-11-02"),
                               QStringLiteral("--to"), QStringLiteral("2026-11-29") },
                             true, &german);
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    // 4 cramps in 28 nights: 1,00 a week; baseline 1.5 a week (3 in 14 nights), 0.5 since: -67 %.
    EXPECT_TRUE(stats.out.contains(QStringLiteral("1,00"))) << stats.out.toStdString();
    EXPECT_FALSE(stats.out.contains(QStringLiteral("1.00"))) << stats.out.toStdString();
    EXPECT_TRUE(stats.out.contains(QStringLiteral("-67 %"))) << stats.out.toStdString();
    const Result listed = run({ QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-11-19"),
                                QStringLiteral("--to"), QStringLiteral("2026-11-19") },
                              true, &german);
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("02:15, links, Wade"))) << listed.out.toStdString();
}

// list --json is written a month of nights at a time; over a long range it still lists
// every cramp once, in order, each within its night, and an empty range is an empty array.
TEST_F(CommandLine, ListJsonStreamsEveryCrampOfALongRangeOnceAndInOrder)
{
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("400"), QStringLiteral("--end"),
                    QStringLiteral("2026-06-30") })
                      .exitCode,
              0);
    const QJsonArray cramps = listJson({ QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                                         QStringLiteral("2026-06-30") });
    EXPECT_EQ(QString::number(cramps.size()), sql(diary, QStringLiteral("SELECT count(*) FROM episodes")));
    QString previous;
    QSet<int> ids;
    for (const QJsonValue &value : cramps) {
        const QJsonObject cramp = value.toObject();
        const QString start = cramp.value(QStringLiteral("start")).toString();
        EXPECT_LE(previous, start);
        previous = start;
        ids.insert(cramp.value(QStringLiteral("id")).toInt());
    }
    EXPECT_EQ(ids.size(), cramps.size());
    const QJsonArray month = listJson({ QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                        QStringLiteral("2026-03-31") });
    for (const QJsonValue &value : month)
        EXPECT_TRUE(value.toObject().value(QStringLiteral("night")).toString().startsWith(QStringLiteral("2026-03")));
    EXPECT_TRUE(listJson({ QStringLiteral("--from"), QStringLiteral("2010-01-01"), QStringLiteral("--to"),
                           QStringLiteral("2010-12-31") })
                        .isEmpty());
}

// A logout ends the window with SIGTERM, and `list | head` closes the pipe early: either way
// the diary is closed as by Quit, its log written into the file, no -wal or -shm left.
TEST_F(CommandLine, SigtermAndAClosedPipeLeaveNoLogFilesBehind)
{
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("200") }).exitCode, 0);
    const QStringList logs = { diary + QStringLiteral("-wal"), diary + QStringLiteral("-shm") };

    QProcessEnvironment env = environment(true);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess window;
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(CRAMP_DIARY_BINARY), { QStringLiteral("--database"), diary });
    ASSERT_TRUE(window.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(logs.first()) && waited.elapsed() < 20000)
        QThread::msleep(50);
    ASSERT_TRUE(QFile::exists(logs.first())) << "the window opened the diary";
    QThread::msleep(500); // let it settle on its first page
    ::kill(pid_t(window.processId()), SIGTERM);
    ASSERT_TRUE(window.waitForFinished(20000));
    EXPECT_EQ(window.exitStatus(), QProcess::NormalExit) << "ended by the signal instead of quitting";
    for (const QString &log : logs)
        EXPECT_FALSE(QFile::exists(log)) << log.toStdString();

    QProcess pipeline;
    pipeline.setProcessEnvironment(environment());
    pipeline.start(QStringLiteral("sh"),
                   { QStringLiteral("-c"),
                     QStringLiteral("\"%1\" list --from 2000-01-01 "
                                    "--database \"%2\" | head -n 1")
                             .arg(QStringLiteral(CRAMP_DIARY_BINARY), diary) });
    ASSERT_TRUE(pipeline.waitForFinished(20000));
    EXPECT_EQ(QString::fromUtf8(pipeline.readAllStandardOutput()).count(u'\n'), 1);
    for (const QString &log : logs)
        EXPECT_FALSE(QFile::exists(log)) << log.toStdString();
}

// `--baseline none` gives figures and a report without a change from baseline, even for 12
// weeks; `--baseline default` is the first two weeks; other values and a mix are refused.
TEST_F(CommandLine, ABaselineCanBeTurnedOff)
{
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("120") }).exitCode, 0);
    const Result usual = run({ QStringLiteral("stats") });
    ASSERT_EQ(usual.exitCode, 0) << usual.err.toStdString();
    EXPECT_TRUE(usual.out.contains(QStringLiteral("Change from baseline:"))) << usual.out.toStdString();
    const Result none = run({ QStringLiteral("stats"), QStringLiteral("--baseline"), QStringLiteral("none") });
    ASSERT_EQ(none.exitCode, 0) << none.err.toStdString();
    EXPECT_TRUE(none.out.contains(QStringLiteral("No baseline: none was chosen"))) << none.out.toStdString();
    const Result json = run({ QStringLiteral("stats"), QStringLiteral("--baseline"), QStringLiteral("none"),
                              QStringLiteral("--json") });
    const QJsonObject figures = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_TRUE(figures.value(QStringLiteral("baseline")).isNull());
    EXPECT_TRUE(figures.value(QStringLiteral("changeFromBaselinePercent")).isNull());

    const QString pdf = home.filePath(QStringLiteral("no-baseline.pdf"));
    ASSERT_EQ(run({ QStringLiteral("report"), QStringLiteral("--baseline"), QStringLiteral("none"),
                    QStringLiteral("--output"), pdf })
                      .exitCode,
              0);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("no baseline was chosen"))) << text.left(1500).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("per week since")));

    EXPECT_EQ(run({ QStringLiteral("stats"), QStringLiteral("--baseline"), QStringLiteral("some") }).exitCode, 2);
    EXPECT_EQ(run({ QStringLiteral("stats"), QStringLiteral("--baseline"), QStringLiteral("none"),
                    QStringLiteral("--baseline-from"), QStringLiteral("2026-01-01") })
                      .exitCode,
              2);
}
