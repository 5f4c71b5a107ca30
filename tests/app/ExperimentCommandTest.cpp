// A self-experiment from the command line: planned with a seed, every night listed with its
// assignment, the result read as JSON, stopped early; kept by the backup and restore, and
// named in the check-in CSV.
#include "CommandLineFixture.h"

#include <QDate>
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
    const QJsonObject planned = json(run(planArguments));
    EXPECT_GT(planned.value(QStringLiteral("power")).toDouble(), 0.0);
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
    again << QStringLiteral("--database") << other;
    ASSERT_EQ(run(again, false).exitCode, 0);
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
    EXPECT_TRUE(csv.out.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral(",assignment\r")));
    EXPECT_TRUE(csv.out.contains(QStringLiteral(",change\r\n")));
    EXPECT_TRUE(csv.out.contains(QStringLiteral(",usual\r\n")));
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
