#include "UiFixture.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "ui/diary/DiaryFilterProxy.h"
#include "ui/diary/DiaryTableModel.h"
#include "ui/diary/DiaryView.h"
#include "ui/undo/UndoableDiary.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableView>

namespace {
int rowsOfNight(const QAbstractItemModel &model, QDate night)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        count += model.index(row, 0).data(DiaryTableModel::NightRole).toDate() == night;
    return count;
}
} // namespace

TEST_F(UiFixture, TheListGroupsCrampsAndQuietCheckedInNightsNewestFirst)
{
    diary->addEpisode(episodeAt("2026-11-18T03:00:00+01:00", 4));
    diary->addEpisode(episodeAt("2026-11-20T02:00:00+01:00", 6));
    diary->addEpisode(episodeAt("2026-11-20T04:30:00+01:00", 8));
    diary->saveNightLog({ QDate(2026, 11, 18), {}, {}, {}, {} }); // a quiet night with a check-in
    DiaryTableModel model(*diary, *settings, *nightRule);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0, 0).data(DiaryTableModel::NightRole).toDate(), QDate(2026, 11, 19));
    EXPECT_EQ(model.index(0, DiaryTableModel::TimeColumn).data().toString(), QStringLiteral("02:00"));
    EXPECT_EQ(model.index(1, DiaryTableModel::TimeColumn).data().toString(), QStringLiteral("04:30"));
    EXPECT_EQ(model.index(2, 0).data(DiaryTableModel::NightRole).toDate(), QDate(2026, 11, 18));
    EXPECT_EQ(model.index(3, 0).data(DiaryTableModel::NightRole).toDate(), QDate(2026, 11, 17));
    // The 18th had a check-in but no cramp; it still shows, marked as such.
    EXPECT_EQ(model.index(2, DiaryTableModel::TimeColumn).data().toString(), QStringLiteral("no cramp"));
    EXPECT_EQ(model.index(2, 0).data(DiaryTableModel::EpisodeIdRole).toLongLong(), 0);
}

TEST_F(UiFixture, TheListFollowsChangesNightByNight)
{
    DiaryTableModel model(*diary, *settings, *nightRule);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 id = diary->addEpisode(episodeAt("2026-11-20T02:00:00+01:00"));
    EXPECT_EQ(rowsOfNight(model, QDate(2026, 11, 19)), 1);
    // Moving a cramp to another night moves its row.
    Episode moved = *diary->episode(id);
    moved.start = at("2026-11-22T03:00:00+01:00");
    diary->updateEpisode(moved);
    EXPECT_EQ(rowsOfNight(model, QDate(2026, 11, 19)), 0);
    EXPECT_EQ(rowsOfNight(model, QDate(2026, 11, 21)), 1);
    diary->saveNightLog({ QDate(2026, 11, 10), {}, {}, {}, {} });
    EXPECT_EQ(rowsOfNight(model, QDate(2026, 11, 10)), 1);
    diary->removeEpisode(id);
    EXPECT_EQ(model.rowCount(), 1);
    diary->removeNightLog(QDate(2026, 11, 10));
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(UiFixture, AGeneratedYearPassesTheModelTesterThroughSortingAndFiltering)
{
    DemoDiaryGenerator::Options options;
    options.nights = 365;
    options.lastNight = QDate(2026, 10, 31);
    DemoDiaryGenerator::generate(*diary, options);
    DiaryView view(*diary, *settings, *nightRule);
    QAbstractItemModelTester modelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int cramps = diary->episodeCount();
    ASSERT_GT(cramps, 50);
    for (int column = 0; column < DiaryTableModel::ColumnCount; ++column)
        view.proxy()->sort(column, column % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);

    view.legFilter()->setCurrentIndex(view.legFilter()->findData(QStringLiteral("left")));
    for (int row = 0; row < view.proxy()->rowCount(); ++row)
        EXPECT_EQ(view.proxy()->index(row, 0).data(DiaryTableModel::LegKeyRole).toString(), QStringLiteral("left"));
    const int leftRows = view.proxy()->rowCount();
    EXPECT_GT(leftRows, 0);
    EXPECT_LT(leftRows, cramps);
    view.severityFilter()->setValue(8);
    for (int row = 0; row < view.proxy()->rowCount(); ++row)
        EXPECT_GE(view.proxy()->index(row, 0).data(DiaryTableModel::SeverityRole).toInt(), 8);
    view.legFilter()->setCurrentIndex(0);
    view.severityFilter()->setValue(-1);
    view.searchEdit()->setText(QStringLiteral("long drive"));
    EXPECT_GT(view.proxy()->rowCount(), 0);
    for (int row = 0; row < view.proxy()->rowCount(); ++row)
        EXPECT_TRUE(view.proxy()
                            ->index(row, 0)
                            .data(DiaryTableModel::SearchTextRole)
                            .toString()
                            .contains(QStringLiteral("Long drive")));
    view.searchEdit()->clear();
    view.showNights(QDate(2026, 10, 1), QDate(2026, 10, 7));
    for (int row = 0; row < view.proxy()->rowCount(); ++row) {
        const QDate night = view.proxy()->index(row, 0).data(DiaryTableModel::NightRole).toDate();
        EXPECT_GE(night, QDate(2026, 10, 1));
        EXPECT_LE(night, QDate(2026, 10, 7));
    }
    // Changes while filtered and sorted keep the models consistent.
    diary->addEpisode(episodeAt("2026-10-04T03:00:00+01:00"));
    diary->removeEpisode(diary->allEpisodes().first().id);
}

TEST_F(UiFixture, DeleteAsksFirstAndUndoBringsTheCrampBack)
{
    const qint64 id = diary->addEpisode(episodeAt("2026-11-20T02:00:00+01:00", 6));
    diary->addEpisode(episodeAt("2026-11-21T02:00:00+01:00", 3));
    window->showPage(1);
    QTableView *table = window->diaryView()->table();
    const int row = [&] {
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data(DiaryTableModel::EpisodeIdRole).toLongLong() == id)
                return r;
        return -1;
    }();
    ASSERT_GE(row, 0);
    table->selectRow(row);
    ASSERT_TRUE(window->deleteAction()->isEnabled());

    onNextDialog<QMessageBox>([](QMessageBox *ask) { ask->done(QMessageBox::Cancel); });
    window->deleteAction()->trigger();
    EXPECT_TRUE(diary->episode(id).has_value());

    onNextDialog<QMessageBox>([](QMessageBox *ask) { ask->done(QMessageBox::Yes); });
    window->deleteAction()->trigger();
    EXPECT_FALSE(diary->episode(id).has_value());
    EXPECT_EQ(diary->episodeCount(), 1);

    window->undoAction()->trigger();
    ASSERT_TRUE(diary->episode(id).has_value());
    EXPECT_EQ(diary->episode(id)->severity, 6);
    window->redoAction()->trigger();
    EXPECT_FALSE(diary->episode(id).has_value());
    EXPECT_TRUE(window->undoAction()->text().contains(QStringLiteral("Delete 1 cramp")));
}

TEST_F(UiFixture, TheNightColumnIsWideEnoughForEveryNightAtItsDefaultWidth)
{
    diary->addEpisode(episodeAt("2026-09-30T03:00:00+01:00", 4)); // the night of Tue 29 Sep 2026
    window->show();
    window->showPage(MainWindow::DiaryPage);
    QTableView *table = window->diaryView()->table();
    const int width = table->columnWidth(DiaryTableModel::NightColumn);
    const QModelIndex night = table->model()->index(0, DiaryTableModel::NightColumn);
    const QString text = night.data().toString();
    ASSERT_FALSE(text.isEmpty());
    // The text, the cell's margins and the header's sort arrow fit.
    EXPECT_GE(width, table->fontMetrics().horizontalAdvance(text) + 24) << text.toStdString();
    EXPECT_GE(width, table->fontMetrics().horizontalAdvance(QStringLiteral("Wed 30 Sep 2026")) + 24);
}
