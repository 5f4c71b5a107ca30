// A self-experiment in the window: planned in its dialog (which says what the plan can
// detect, and for blocks the lowest p it can give), tonight's assignment on Home and in the
// check-in, whether it was kept, an early stop, and the result of a finished one.
#include "UiFixture.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/experiment/ExperimentPlanner.h"
#include "core/settings/NightRule.h"
#include "ui/experiment/ExperimentPlanDialog.h"
#include "ui/experiment/ExperimentView.h"
#include "ui/home/HomeView.h"
#include "ui/logging/CheckinDialog.h"
#include "ui/logging/PlanAdherenceRow.h"
#include "ui/report/ExperimentSection.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace {
void generate(DiaryRepository &diary, bool experiment)
{
    DemoDiaryGenerator::Options options;
    options.nights = 90;
    // A fixed diary: the generated nights, and so the experiment's result, are the same
    // whatever day the suite runs (it once turned at midnight).
    options.lastNight = QDate(2026, 12, 4);
    options.experiment = experiment;
    DemoDiaryGenerator::generate(diary, options);
}
} // namespace

TEST_F(UiFixture, AnExperimentIsPlannedFollowedEachEveningAndStoppedEarly)
{
    generate(*diary, false);
    window->show();
    window->showPage(MainWindow::ExperimentPage);
    ExperimentView *page = window->experimentView();
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("No self-experiment")));
    ASSERT_TRUE(page->planButton()->isEnabled());

    // A supplement goes in blocks: two pairs cannot give p below 0.25, and the dialog says so.
    onNextDialog<ExperimentPlanDialog>([](ExperimentPlanDialog *dialog) {
        EXPECT_TRUE(dialog->powerText().contains(QStringLiteral("times in 10"))) << dialog->powerText().toStdString();
        EXPECT_TRUE(dialog->floorText().isEmpty());
        dialog->changeBox()->setCurrentIndex(2); // a magnesium supplement
        EXPECT_TRUE(dialog->floorText().contains(QStringLiteral("0.25"))) << dialog->floorText().toStdString();
        dialog->nightsBox()->setValue(70); // 5 pairs of 7-night blocks
        EXPECT_TRUE(dialog->floorText().isEmpty()) << dialog->floorText().toStdString();
        dialog->changeBox()->setCurrentIndex(0); // stretching before bed, 28 nights
        dialog->nightsBox()->setValue(28);
        dialog->accept();
    });
    page->planButton()->click();
    const auto planned = diary->experiment();
    ASSERT_TRUE(planned.has_value());
    EXPECT_EQ(planned->change.kind, ExperimentChange::Stretching);
    EXPECT_EQ(planned->plan.size(), 28);
    EXPECT_FALSE(page->planButton()->isEnabled()); // one at a time
    EXPECT_TRUE(page->stopButton()->isVisibleTo(page));
    EXPECT_EQ(page->nightsTable()->rowCount(), 28);

    // Tonight's assignment on Home and in the check-in, and whether it was kept.
    const QDate tonight = nightRule->tonight();
    const QString instruction = planned->change.instruction(planned->planFor(tonight)->arm);
    const QString home = window->homeView()->planTonightText();
    EXPECT_TRUE(home.contains(QStringLiteral("Night 1 of 28"))) << home.toStdString();
    EXPECT_TRUE(home.contains(instruction)) << home.toStdString();
    onNextDialog<CheckinDialog>([&](CheckinDialog *dialog) {
        EXPECT_TRUE(dialog->plan()->hasPlan());
        EXPECT_TRUE(dialog->plan()->planText().contains(instruction)) << dialog->plan()->planText().toStdString();
        EXPECT_FALSE(dialog->plan()->followed().has_value());
        dialog->plan()->setFollowed(true);
        dialog->accept();
    });
    window->openCheckin(tonight);
    EXPECT_EQ(diary->experiment()->followed.value(tonight, false), true);
    onNextDialog<CheckinDialog>([&](CheckinDialog *dialog) {
        EXPECT_EQ(dialog->plan()->followed(), std::optional<bool>(true)); // as saved
        dialog->setNight(tonight.addDays(-40)); // before the experiment: no plan shown
        EXPECT_FALSE(dialog->plan()->hasPlan());
        EXPECT_FALSE(dialog->plan()->isVisibleTo(dialog));
        dialog->reject();
    });
    window->openCheckin(tonight);

    // Stopped early: the plan keeps its nights, the result counts those done (none yet).
    onNextDialog<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons())
            if (button->text().contains(QStringLiteral("Stop it")))
                button->click();
    });
    page->stopButton()->click();
    const auto stopped = diary->experiment();
    ASSERT_TRUE(stopped->stoppedAfter.has_value());
    EXPECT_EQ(stopped->plan, planned->plan);
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("Stopped early"))) << page->statusText().toStdString();
    EXPECT_TRUE(window->homeView()->planTonightText().isEmpty());
    EXPECT_TRUE(page->planButton()->isEnabled());
}

TEST_F(UiFixture, AFinishedExperimentShowsItsResultInWords)
{
    generate(*diary, true);
    window->show();
    window->showPage(MainWindow::ExperimentPage);
    ExperimentView *page = window->experimentView();
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("Finished"))) << page->statusText().toStdString();
    // One plain sentence leads; the randomisation test and its plans wait for Show the numbers.
    const QString result = page->resultText();
    EXPECT_TRUE(result.startsWith(QStringLiteral("For you, in these weeks, nights with the change had cramps less "
                                                 "often than chance alone would explain")))
            << result.toStdString();
    for (const char *expected : { "With the change, cramps came on", "What this cannot show" })
        EXPECT_TRUE(result.contains(QString::fromUtf8(expected))) << expected << "\n" << result.toStdString();
    for (const char *hidden : { "Randomisation test", "exact over all", "p =" })
        EXPECT_FALSE(result.contains(QString::fromUtf8(hidden))) << hidden << "\n" << result.toStdString();
    page->showNumbersBox()->setChecked(true);
    const QString numbers = page->resultText();
    for (const char *expected : { "Randomisation test of the plan as drawn", "exact over all" })
        EXPECT_TRUE(numbers.contains(QString::fromUtf8(expected))) << expected << "\n" << numbers.toStdString();
    EXPECT_FALSE(page->stopButton()->isVisibleTo(page));
    EXPECT_TRUE(window->homeView()->planTonightText().isEmpty());
}

TEST_F(UiFixture, ARunningExperimentShowsProgressButNoResultOnItsPageOrInTheReport)
{
    generate(*diary, false);
    // Planned 20 nights ago, so 20 of its 28 nights have ended: a look at night 20.
    const NightClock clock = nightRule->clock();
    const QDate tonight = clock.tonight(QDateTime::currentDateTime());
    Experiment e;
    e.design.start = tonight.addDays(-20);
    e.design.seed = 5;
    e.plan = ExperimentPlanner::draw(e.design);
    e.plannedAt = QDateTime::currentDateTimeUtc();
    diary->startExperiment(e);
    window->show();
    window->showPage(MainWindow::ExperimentPage);
    const QString page = window->experimentView()->resultText();
    EXPECT_TRUE(page.contains(QStringLiteral("Under way"))) << page.toStdString();
    for (const char *hidden : { "p =", "p <", "interval", "Fewer cramp nights", "No clear difference" })
        EXPECT_FALSE(page.contains(QString::fromUtf8(hidden))) << hidden << "\n" << page.toStdString();

    const QString report = ExperimentSection::html(diary->snapshot(), clock, tonight.addDays(-60),
                                                   clock.lastSleptNight(QDateTime::currentDateTime()));
    EXPECT_TRUE(report.contains(QStringLiteral("Under way"))) << report.toStdString();
    for (const char *hidden : { "p =", "p &lt;", "As assigned", "Fewer cramp nights", "No clear difference" })
        EXPECT_FALSE(report.contains(QString::fromUtf8(hidden))) << hidden << "\n" << report.toStdString();
}

TEST_F(UiFixture, APlanInAYoungDiaryAsksHowOftenCrampsComeInsteadOfAssuming)
{
    ExperimentPlanDialog dialog(*diary, nightRule->clock());
    ASSERT_NE(dialog.nightsAWeekBox(), nullptr);
    EXPECT_TRUE(dialog.powerText().contains(QStringLiteral("too young"))) << dialog.powerText().toStdString();
    EXPECT_FALSE(dialog.powerText().contains(QStringLiteral("%")));
    dialog.nightsAWeekBox()->setValue(3);
    EXPECT_TRUE(dialog.powerText().contains(QStringLiteral("times in 10"))) << dialog.powerText().toStdString();
    EXPECT_TRUE(dialog.powerText().contains(QStringLiteral("43%"))) << dialog.powerText().toStdString();

    // With weeks of diary it reads the rate and does not ask.
    generate(*diary, false);
    ExperimentPlanDialog known(*diary, nightRule->clock());
    EXPECT_EQ(known.nightsAWeekBox(), nullptr);
}
