// A self-experiment from the command line: planned with a seed, every night listed with its
// assignment, the result read as JSON, stopped early; kept by the backup and restore, and
// named in the check-in CSV.
#include "CommandLineFixture.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {
QJsonObject json(const Result &result)
{
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}
} // namespace

TEST_F(CommandLine, AnExperimentIsPlannedWithItsSeedAndEveryNightListed)
{
    const QString start = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    const QStringList planArguments {
        QStringLiteral("experiment"), QStringLiteral("plan"), QStringLiteral("--factor"), QStringLiteral("stretching"),
        QStringLiteral("--minutes"),  QStringLiteral("15"),   QStringLiteral("--start"),  start,
        QStringLiteral("--seed"),     QStringLiteral("42"),   QStringLiteral("--json")
    };
    // An empty diary cannot tell how often cramps come: no rate is assumed, so no power.
    const QJsonObject planned = json(run(planArguments));
    EXPECT_TRUE(planned.value(QStringLiteral("power")).isNull());
    EXPECT_TRUE(planned.value(QStringLiteral("currentCrampNightRate")).isNull());
    EXPECT_LT(planned.value(QStringLiteral("smallestPossibleP")).toDouble(), 0.001);

    const QJsonObject shown
            = json(run({ QStringLiteral("experiment"), QStringLiteral("show"), QStringLiteral("--json") }));
    const QJsonObject experiment = shown.value(QStringLiteral("experiment")).toObject();
    EXPECT_EQ(experiment.value(QStringLiteral("seed")).toInt(), 42);
    EXPECT_EQ(experiment.value(QStringLiteral("scheme")).toString(), QStringLiteral("nightly"));
    const QJsonArray plan = experiment.value(QStringLiteral("plan")).toArray();
    ASSERT_EQ(plan.size(), 28);
    int withChange = 0;
    for (int i = 0; i < plan.size(); ++i) {
        const QJsonObject night = plan.at(i).toObject();
        EXPECT_EQ(night.value(QStringLiteral("night")).toString(),
                  QDate::currentDate().addDays(2 + i).toString(Qt::ISODate));
        if (night.value(QStringLiteral("assignment")).toString() == QLatin1StringView("change")) {
            ++withChange;
            EXPECT_TRUE(night.value(QStringLiteral("instruction")).toString().contains(QStringLiteral("15 minutes")));
        }
    }
    EXPECT_EQ(withChange, 14); // 7 and 7 in each block of 14

    // The same seed draws the same plan: a second diary planned alike agrees night by night.
    const QString other = home.filePath(QStringLiteral("other.sqlite"));
    QStringList again = planArguments;
    again << QStringLiteral("--nights-a-week") << QStringLiteral("3") << QStringLiteral("--database") << other;
    const QJsonObject told = json(run(again, false));
    EXPECT_NEAR(told.value(QStringLiteral("currentCrampNightRate")).toDouble(), 3.0 / 7, 1e-12);
    EXPECT_GT(told.value(QStringLiteral("power")).toDouble(), 0.0);
    const Result otherShown = run({ QStringLiteral("experiment"), QStringLiteral("show"), QStringLiteral("--json"),
                                    QStringLiteral("--database"), other },
                                  false);
    EXPECT_EQ(QJsonDocument::fromJson(otherShown.out.toUtf8())
                      .object()
                      .value(QStringLiteral("experiment"))
                      .toObject()
                      .value(QStringLiteral("plan")),
              experiment.value(QStringLiteral("plan")));

    // One experiment at a time, and no plan for nights already past.
    const Result second = run(planArguments);
    EXPECT_EQ(second.exitCode, 1) << second.out.toStdString();
    EXPECT_TRUE(second.err.contains(QStringLiteral("stop it before planning another"))) << second.err.toStdString();
    const Result past = run({ QStringLiteral("experiment"), QStringLiteral("plan"), QStringLiteral("--factor"),
                              QStringLiteral("water"), QStringLiteral("--start"), QStringLiteral("2020-01-01"),
                              QStringLiteral("--database"), home.filePath(QStringLiteral("third.sqlite")) },
                            false);
    EXPECT_EQ(past.exitCode, 2);
    EXPECT_TRUE(past.err.contains(QStringLiteral("--start"))) << past.err.toStdString();
    const Result unknown = run({ QStringLiteral("experiment"), QStringLiteral("plan"), QStringLiteral("--factor"),
                                 QStringLiteral("yoga"), QStringLiteral("--database"),
                                 home.filePath(QStringLiteral("fourth.sqlite")) },
                               false);
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("yoga"))) << unknown.err.toStdString();

    const Result stopped = run({ QStringLiteral("experiment"), QStringLiteral("stop"), QStringLiteral("--json") });
    EXPECT_EQ(stopped.exitCode, 0) << stopped.err.toStdString();
    const QJsonObject result
            = json(run({ QStringLiteral("experiment"), QStringLiteral("result"), QStringLiteral("--json") }));
    EXPECT_TRUE(result.value(QStringLiteral("stoppedEarly")).toBool());
    EXPECT_EQ(result.value(QStringLiteral("completedNights")).toInt(), 0); // stopped before its first night
}

TEST_F(CommandLine, TheDemoExperimentFindsItsKnownEffectAndTravelsWithTheDiary)
{
    // A fixed last night: the generated history (weekday habits included) is then the same every day.
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("120"),
                    QStringLiteral("--experiment"), QStringLiteral("--seed"), QStringLiteral("3"),
                    QStringLiteral("--end"), QStringLiteral("2026-06-30") })
                      .exitCode,
              0);
    const QJsonObject result
            = json(run({ QStringLiteral("experiment"), QStringLiteral("result"), QStringLiteral("--json") }));
    EXPECT_TRUE(result.value(QStringLiteral("finished")).toBool());
    EXPECT_EQ(result.value(QStringLiteral("plannedNights")).toInt(), 28);
    EXPECT_EQ(result.value(QStringLiteral("completedNights")).toInt(), 28);
    const QJsonObject assigned = result.value(QStringLiteral("asAssigned")).toObject();
    const double withChange
            = assigned.value(QStringLiteral("change")).toObject().value(QStringLiteral("crampNightRate")).toDouble();
    const double without
            = assigned.value(QStringLiteral("usual")).toObject().value(QStringLiteral("crampNightRate")).toDouble();
    EXPECT_LT(withChange, without); // the demo's known effect: a quarter as likely with the stretching
    const QJsonObject test = assigned.value(QStringLiteral("crampNightTest")).toObject();
    EXPECT_TRUE(test.value(QStringLiteral("exact")).toBool());
    EXPECT_GT(test.value(QStringLiteral("p")).toDouble(), 0.0);
    EXPECT_LE(test.value(QStringLiteral("p")).toDouble(), 1.0);
    EXPECT_GT(result.value(QStringLiteral("followedNights")).toInt(), 0);
    const QStringList words = [&] {
        QStringList list;
        for (const QJsonValue &v : result.value(QStringLiteral("text")).toArray())
            list << v.toString();
        return list;
    }();
    EXPECT_TRUE(words.join(QLatin1Char(' ')).contains(QStringLiteral("cannot show")));

    // The check-in CSV names each night's part; a backup restores the experiment exactly.
    const Result csv = run({ QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("nights") });
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral(",assignment,kept\r")));
    EXPECT_TRUE(csv.out.contains(QStringLiteral(",change,yes\r\n")));
    EXPECT_TRUE(csv.out.contains(QStringLiteral(",usual,yes\r\n")));
    const QString backup = home.filePath(QStringLiteral("backup.json"));
    ASSERT_EQ(run({ QStringLiteral("backup"), QStringLiteral("--output"), backup }).exitCode, 0);
    const QString restored = home.filePath(QStringLiteral("restored.sqlite"));
    const Result restoring = run(
            { QStringLiteral("restore"), QStringLiteral("--input"), backup, QStringLiteral("--database"), restored },
            false);
    ASSERT_EQ(restoring.exitCode, 0) << restoring.err.toStdString();
    const Result before = run({ QStringLiteral("experiment"), QStringLiteral("show"), QStringLiteral("--json") });
    const Result after = run({ QStringLiteral("experiment"), QStringLiteral("show"), QStringLiteral("--json"),
                               QStringLiteral("--database"), restored },
                             false);
    EXPECT_EQ(QJsonDocument::fromJson(after.out.toUtf8()), QJsonDocument::fromJson(before.out.toUtf8()));
}

TEST_F(CommandLine, AnExperimentCountsOnlyRecordedNightsAndShowsNoResultBeforeItsEnd)
{
    // Planned on Tue 1 Dec 2026 at 20:00 for 28 nights from that night (seed 9); the nights
    // are then answered night by night, except a forgotten week, with faked clocks.
    const QProcessEnvironment planning = at(environment(), "2026-12-01 20:00:00");
    ASSERT_EQ(run({ QStringLiteral("experiment"), QStringLiteral("plan"), QStringLiteral("--factor"),
                    QStringLiteral("stretching"), QStringLiteral("--seed"), QStringLiteral("9") },
                  true, &planning)
                      .exitCode,
              0);
    const QJsonArray plan
            = json(run({ QStringLiteral("experiment"), QStringLiteral("show"), QStringLiteral("--json") }))
                      .value(QStringLiteral("experiment"))
                      .toObject()
                      .value(QStringLiteral("plan"))
                      .toArray();
    ASSERT_EQ(plan.size(), 28);
    // Every usual night a cramp at 03:00; every change night a check-in that kept the plan;
    // nights 8 to 14 (8-14 Dec) forgotten.
    for (int i = 0; i < 28; ++i) {
        if (i >= 7 && i < 14)
            continue;
        const QJsonObject night = plan.at(i).toObject();
        const QDate date = QDate::fromString(night.value(QStringLiteral("night")).toString(), Qt::ISODate);
        const QByteArray evening = date.toString(QStringLiteral("yyyy-MM-dd 21:00:00")).toUtf8();
        const QByteArray morning = date.addDays(1).toString(QStringLiteral("yyyy-MM-dd 08:00:00")).toUtf8();
        const QProcessEnvironment atEvening = at(environment(), evening.constData());
        const QProcessEnvironment nextMorning = at(environment(), morning.constData());
        const bool change = night.value(QStringLiteral("assignment")).toString() == QLatin1StringView("change");
        const Result r = change ? run({ QStringLiteral("checkin"), QStringLiteral("--stretch"), QStringLiteral("10"),
                                        QStringLiteral("--kept"), QStringLiteral("yes") },
                                      true, &atEvening)
                                : run({ QStringLiteral("log"), QStringLiteral("--at"),
                                        date.addDays(1).toString(QStringLiteral("yyyy-MM-ddT03:00")) },
                                      true, &nextMorning);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    // Night 18 has ended: progress only, from every door.
    const QProcessEnvironment midway = at(environment(), "2026-12-19 13:00:00");
    const QJsonObject interim = json(
            run({ QStringLiteral("experiment"), QStringLiteral("result"), QStringLiteral("--json") }, true, &midway));
    EXPECT_FALSE(interim.value(QStringLiteral("finished")).toBool());
    EXPECT_TRUE(interim.value(QStringLiteral("verdict")).isNull());
    EXPECT_EQ(interim.value(QStringLiteral("completedNights")).toInt(), 18);
    EXPECT_EQ(interim.value(QStringLiteral("nightsWithData")).toInt(), 11);
    EXPECT_EQ(interim.value(QStringLiteral("missingNights")).toArray().size(), 7);
    const QJsonObject assigned = interim.value(QStringLiteral("asAssigned")).toObject();
    EXPECT_TRUE(assigned.value(QStringLiteral("crampNightTest")).isNull());
    EXPECT_TRUE(assigned.value(QStringLiteral("crampNightInterval")).isNull());
    const Result interimText = run({ QStringLiteral("experiment"), QStringLiteral("result") }, true, &midway);
    EXPECT_TRUE(interimText.out.contains(QStringLiteral("Not finished"))) << interimText.out.toStdString();
    EXPECT_FALSE(interimText.out.contains(QStringLiteral("p ="))) << interimText.out.toStdString();
    EXPECT_FALSE(interimText.out.contains(QStringLiteral("p <"))) << interimText.out.toStdString();

    // After the last night: the forgotten week is missing, not 7 cramp-free nights.
    const QProcessEnvironment after = at(environment(), "2026-12-30 13:00:00");
    const QJsonObject done = json(
            run({ QStringLiteral("experiment"), QStringLiteral("result"), QStringLiteral("--json") }, true, &after));
    EXPECT_TRUE(done.value(QStringLiteral("finished")).toBool());
    EXPECT_EQ(done.value(QStringLiteral("nightsWithData")).toInt(), 21);
    QJsonArray forgotten;
    for (int d = 8; d <= 14; ++d)
        forgotten.append(QDate(2026, 12, d).toString(Qt::ISODate));
    EXPECT_EQ(done.value(QStringLiteral("missingNights")).toArray(), forgotten);
    const QJsonObject final = done.value(QStringLiteral("asAssigned")).toObject();
    const int change = final.value(QStringLiteral("change")).toObject().value(QStringLiteral("nights")).toInt();
    const int usual = final.value(QStringLiteral("usual")).toObject().value(QStringLiteral("nights")).toInt();
    EXPECT_EQ(change + usual, 21);
    EXPECT_EQ(final.value(QStringLiteral("usual")).toObject().value(QStringLiteral("crampNights")).toInt(), usual);
    EXPECT_EQ(final.value(QStringLiteral("change")).toObject().value(QStringLiteral("crampNights")).toInt(), 0);
    EXPECT_LT(final.value(QStringLiteral("crampNightTest")).toObject().value(QStringLiteral("p")).toDouble(), 0.05);
    EXPECT_GT(final.value(QStringLiteral("crampNightInterval")).toObject().value(QStringLiteral("low")).toDouble(), 0);
    EXPECT_EQ(done.value(QStringLiteral("verdict")).toString(), QStringLiteral("Fewer cramp nights with the change"));
    EXPECT_EQ(done.value(QStringLiteral("followedNights")).toInt(), change);

    // Whether the plan was kept travels by CSV: a new diary with the same plan (same seed,
    // planned on the same day) imports the check-ins and reads the same "as followed".
    const Result csv = run({ QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("nights") });
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.contains(QStringLiteral(",change,yes\r\n"))) << csv.out.toStdString();
    const QString csvPath = home.filePath(QStringLiteral("nights.csv"));
    QFile file(csvPath);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(csv.out.toUtf8());
    file.close();
    const QString other = home.filePath(QStringLiteral("other.sqlite"));
    // Without the plan the kept answers have nowhere to go: refused, nothing imported.
    const Result refused = run({ QStringLiteral("import"), QStringLiteral("--what"), QStringLiteral("nights"),
                                 QStringLiteral("--input"), csvPath, QStringLiteral("--database"), other },
                               false);
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("no self-experiment planned"))) << refused.err.toStdString();
    ASSERT_EQ(run({ QStringLiteral("experiment"), QStringLiteral("plan"), QStringLiteral("--factor"),
                    QStringLiteral("stretching"), QStringLiteral("--seed"), QStringLiteral("9"),
                    QStringLiteral("--database"), other },
                  false, &planning)
                      .exitCode,
              0);
    const Result imported = run({ QStringLiteral("import"), QStringLiteral("--what"), QStringLiteral("nights"),
                                  QStringLiteral("--input"), csvPath, QStringLiteral("--database"), other },
                                false);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonObject moved = json(run({ QStringLiteral("experiment"), QStringLiteral("result"),
                                         QStringLiteral("--json"), QStringLiteral("--database"), other },
                                       false, &after));
    EXPECT_EQ(moved.value(QStringLiteral("followedNights")).toInt(), change);
    EXPECT_EQ(moved.value(QStringLiteral("asFollowed"))
                      .toObject()
                      .value(QStringLiteral("change"))
                      .toObject()
                      .value(QStringLiteral("nights"))
                      .toInt(),
              change);

    // --kept for a night outside any plan is refused and saves nothing.
    const Result outside = run({ QStringLiteral("checkin"), QStringLiteral("--night"), QStringLiteral("2026-11-01"),
                                 QStringLiteral("--kept"), QStringLiteral("no") });
    EXPECT_EQ(outside.exitCode, 2) << outside.err.toStdString();
    EXPECT_TRUE(outside.err.contains(QStringLiteral("not part of a self-experiment"))) << outside.err.toStdString();

    // Stopping warns that a plan stopped because it looked good overstates the effect.
    const Result stopping = run({ QStringLiteral("experiment"), QStringLiteral("stop") }, true, &midway);
    EXPECT_TRUE(stopping.out.contains(QStringLiteral("overstates"))) << stopping.out.toStdString();
}

TEST_F(CommandLine, NoCrampsIsRecordedForLastNightAndNeverOverACrampOrAheadOfTime)
{
    const QProcessEnvironment morning = at(environment(), "2026-12-02 08:00:00");
    const Result quiet = run({ QStringLiteral("log"), QStringLiteral("--no-cramps") }, true, &morning);
    ASSERT_EQ(quiet.exitCode, 0) << quiet.err.toStdString();
    EXPECT_TRUE(quiet.out.contains(QStringLiteral("Tue 1 Dec 2026"))) << quiet.out.toStdString();
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT night FROM no_cramp_nights")), QStringLiteral("2026-12-01"));
    ASSERT_EQ(run({ QStringLiteral("log"), QStringLiteral("--at"), QStringLiteral("2026-11-30T03:00") }, true, &morning)
                      .exitCode,
              0);
    const Result overCramp = run({ QStringLiteral("log"), QStringLiteral("--no-cramps"), QStringLiteral("--night"),
                                   QStringLiteral("2026-11-29") },
                                 true, &morning);
    EXPECT_EQ(overCramp.exitCode, 2);
    EXPECT_TRUE(overCramp.err.contains(QStringLiteral("already has 1 cramp"))) << overCramp.err.toStdString();
    const Result ahead = run({ QStringLiteral("log"), QStringLiteral("--no-cramps"), QStringLiteral("--night"),
                               QStringLiteral("2026-12-05") },
                             true, &morning);
    EXPECT_EQ(ahead.exitCode, 2);
    const Result mixed = run(
            { QStringLiteral("log"), QStringLiteral("--no-cramps"), QStringLiteral("--severity"), QStringLiteral("5") },
            true, &morning);
    EXPECT_EQ(mixed.exitCode, 2);
    EXPECT_EQ(sql(diary, QStringLiteral("SELECT count(*) FROM no_cramp_nights")), QStringLiteral("1"));
    // A backup keeps it.
    const QString backup = home.filePath(QStringLiteral("backup.json"));
    ASSERT_EQ(run({ QStringLiteral("backup"), QStringLiteral("--output"), backup }).exitCode, 0);
    const QString restored = home.filePath(QStringLiteral("restored.sqlite"));
    ASSERT_EQ(run({ QStringLiteral("restore"), QStringLiteral("--input"), backup, QStringLiteral("--database"),
                    restored },
                  false)
                      .exitCode,
              0);
    EXPECT_EQ(sql(restored, QStringLiteral("SELECT night FROM no_cramp_nights")), QStringLiteral("2026-12-01"));
}
