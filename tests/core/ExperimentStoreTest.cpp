// A self-experiment in the diary: stored night by night and read back exactly, one at a
// time, whether each night was kept recorded only for the experiment's nights, stopped
// early without touching its plan, and carried by the JSON backup, which refuses a plan
// that does not match its design.
#include "TempDiary.h"
#include "core/exchange/DiaryBackup.h"
#include "core/experiment/ExperimentPlanner.h"
#include "core/store/StoreError.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {
Experiment planned(QDate start, ExperimentChange::Kind kind = ExperimentChange::Stretching)
{
    Experiment e;
    e.change = { kind, kind == ExperimentChange::Stretching ? 10 : 0, 0, {} };
    e.design.scheme = e.change.scheme();
    e.design.blockNights = ExperimentDesign::defaultBlockNights(e.design.scheme);
    e.design.washoutNights = kind == ExperimentChange::Magnesium ? 2 : 0;
    e.design.baselineWeek = kind == ExperimentChange::Magnesium;
    e.design.start = start;
    e.design.seed = 7;
    e.plan = ExperimentPlanner::draw(e.design);
    e.plannedAt = QDateTime(start, QTime(20, 0), QTimeZone::utc());
    return e;
}
} // namespace

TEST(ExperimentStore, IsKeptNightByNightAndReadBackExactly)
{
    TempDiary temp;
    auto diary = temp.open();
    EXPECT_FALSE(diary->experiment().has_value());
    Experiment e = planned(QDate(2026, 11, 2), ExperimentChange::Magnesium);
    e.id = diary->startExperiment(e);
    const auto back = diary->experiment();
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, e);
    EXPECT_EQ(back->plan.size(), 7 + 28);
    EXPECT_EQ(back->plan.first().role, PlannedNight::Baseline);

    // One at a time: another plan overlapping this one is refused, and nothing is added.
    EXPECT_THROW(diary->startExperiment(planned(QDate(2026, 11, 20))), StoreError);
    EXPECT_EQ(diary->experiment()->id, e.id);

    // Kept or not, for the experiment's own nights only.
    diary->setExperimentFollowed(QDate(2026, 11, 10), true);
    diary->setExperimentFollowed(QDate(2026, 11, 11), false);
    EXPECT_THROW(diary->setExperimentFollowed(QDate(2026, 10, 1), true), StoreError);
    EXPECT_EQ(diary->experiment()->followed.value(QDate(2026, 11, 10)), true);
    EXPECT_EQ(diary->experiment()->followed.value(QDate(2026, 11, 11)), false);
    diary->setExperimentFollowed(QDate(2026, 11, 11), std::nullopt);
    EXPECT_FALSE(diary->experiment()->followed.contains(QDate(2026, 11, 11)));

    // Stopped early: the plan stays as drawn; a later experiment may then start.
    diary->stopExperiment(QDate(2026, 11, 15));
    EXPECT_EQ(diary->experiment()->stoppedAfter, QDate(2026, 11, 15));
    EXPECT_EQ(diary->experiment()->plan, e.plan);
    EXPECT_THROW(diary->stopExperiment(QDate(2026, 11, 16)), StoreError);
    const qint64 next = diary->startExperiment(planned(QDate(2026, 11, 16)));
    EXPECT_EQ(diary->experiment()->id, next);
}

TEST(ExperimentStore, RefusesAPlanThatDoesNotFitItsDesign)
{
    TempDiary temp;
    auto diary = temp.open();
    Experiment e = planned(QDate(2026, 11, 2));
    e.plan.removeLast();
    EXPECT_THROW(diary->startExperiment(e), StoreError);
    e = planned(QDate(2026, 11, 2));
    e.design.nights = 30; // not a whole number of 14-night blocks
    EXPECT_THROW(diary->startExperiment(e), StoreError);
    Experiment own = planned(QDate(2026, 11, 2));
    own.change = { ExperimentChange::OwnFactor, 0, 9999, QStringLiteral("Tonic water") }; // no such factor
    EXPECT_THROW(diary->startExperiment(own), StoreError);
    EXPECT_FALSE(diary->experiment().has_value());
}

TEST(ExperimentStore, TravelsInTheBackupAndAChangedPlanIsRefused)
{
    TempDiary from;
    auto diary = from.open();
    Experiment e = planned(QDate(2026, 11, 2));
    e.followed.insert(QDate(2026, 11, 3), true);
    e.id = diary->startExperiment(e);
    const QByteArray json = DiaryBackup::write(*diary, nullptr);

    TempDiary to;
    auto restored = to.open();
    DiaryBackup::restore(json, *restored, nullptr, {});
    ASSERT_TRUE(restored->experiment().has_value());
    EXPECT_EQ(*restored->experiment(), *diary->experiment());

    // A plan edited by hand (one night's date moved) is refused by its JSON path.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject experiment = root.value(QStringLiteral("experiment")).toObject();
    QJsonArray plan = experiment.value(QStringLiteral("plan")).toArray();
    QJsonObject night = plan.at(3).toObject();
    night.insert(QStringLiteral("night"), QStringLiteral("2026-12-25"));
    plan.replace(3, night);
    experiment.insert(QStringLiteral("plan"), plan);
    root.insert(QStringLiteral("experiment"), experiment);
    TempDiary again;
    auto refused = again.open();
    try {
        DiaryBackup::restore(QJsonDocument(root).toJson(), *refused, nullptr, {});
        ADD_FAILURE() << "a changed plan was restored";
    } catch (const StoreError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("experiment.plan[3].night")))
                << error.message().toStdString();
    }
    EXPECT_FALSE(refused->experiment().has_value());
}
