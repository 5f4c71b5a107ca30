#include "SpeakGerman.h"
#include "TextFit.h"
#include "UiFixture.h"
#include "WaitFor.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/domain/DateText.h"
#include "ui/analysis/LiveAnalysis.h"
#include "ui/analysis/RangeSelector.h"
#include "ui/charts/ChartFigureTables.h"
#include "ui/charts/ChartLegend.h"
#include "ui/charts/ChartsView.h"
#include "ui/charts/TimeOfNightChart.h"
#include "ui/charts/WeeklyCrampsChart.h"
#include "ui/diary/DiaryFilterProxy.h"
#include "ui/diary/DiaryTableModel.h"
#include "ui/diary/DiaryView.h"
#include "ui/insights/InsightsView.h"
#include "ui/insights/LinkFocusBrowser.h"
#include "ui/manage/UntrackedPeriodsDialog.h"
#include "ui/style/TextSize.h"
#include "ui/undo/UndoableDiary.h"

#include <gtest/gtest.h>

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLegend>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

namespace {
// A year ending two days ago, or on `lastNight`: factor links use checked-in nights only,
// so a fixed end gives the same links whatever day the test runs.
void generateYear(DiaryRepository &diary, QDate lastNight = QDate::currentDate().addDays(-2))
{
    DemoDiaryGenerator::Options options;
    options.nights = 365;
    options.lastNight = lastNight;
    DemoDiaryGenerator::generate(diary, options);
}
} // namespace

TEST_F(UiFixture, ChartsShowTheRangesFiguresAndFollowChanges)
{
    generateYear(*diary);
    window->show();
    window->showPage(2);
    ChartsView *charts = window->chartsView();
    charts->range()->setPreset(RangeSelector::FourWeeks);
    EXPECT_TRUE(charts->summaryText().contains(QStringLiteral("28 nights tracked")))
            << charts->summaryText().toStdString();
    EXPECT_TRUE(charts->summaryText().contains(QStringLiteral("per week")));
    EXPECT_GE(charts->weekly()->weekCount(), 4);
    EXPECT_LE(charts->weekly()->weekCount(), 5);
    // A week cut by the range (here starting on a Wednesday) is named as partly tracked,
    // with its rate scaled, not shown low.
    QDate wednesday = QDate::currentDate().addDays(-40);
    while (wednesday.dayOfWeek() != Qt::Wednesday)
        wednesday = wednesday.addDays(1);
    charts->range()->setCustom(wednesday, wednesday.addDays(20));
    bool partialNamed = false;
    for (int i = 0; i < charts->weekly()->weekCount(); ++i)
        partialNamed = partialNamed || charts->weekly()->describeWeek(i).contains(QStringLiteral("Partly tracked"));
    EXPECT_TRUE(partialNamed);

    charts->range()->setPreset(RangeSelector::All);
    EXPECT_GE(charts->weekly()->weekCount(), 52);
    charts->range()->setCustom(QDate::currentDate().addDays(-60), QDate::currentDate().addDays(-47));
    EXPECT_TRUE(charts->summaryText().contains(QStringLiteral("14 nights tracked")))
            << charts->summaryText().toStdString();

    // A new cramp reaches the charts.
    const QString before = charts->summaryText();
    Episode e;
    e.start = withFixedOffset(QDateTime(QDate::currentDate().addDays(-54), QTime(3, 0)));
    window->undoable()->addEpisodes({ e });
    EXPECT_NE(charts->summaryText(), before);

    // The night palette redraws the charts.
    window->nightModeAction()->trigger();
    EXPECT_LT(QApplication::palette().color(QPalette::Base).lightness(), 60);
    window->nightModeAction()->trigger();
}

TEST_F(UiFixture, ClickingAWeekOpensThoseNightsInTheDiary)
{
    generateYear(*diary);
    window->show();
    window->showPage(2);
    const QDate first = QDate::currentDate().addDays(-30);
    emit window->chartsView()->weekly()->weekClicked(first, first.addDays(6));
    EXPECT_EQ(window->centralWidget()->findChild<DiaryView *>()->isVisible(), true);
    const QAbstractItemModel *rows = window->diaryView()->proxy();
    ASSERT_GT(rows->rowCount(), 0);
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QDate night = rows->index(row, 0).data(DiaryTableModel::NightRole).toDate();
        EXPECT_GE(night, first);
        EXPECT_LE(night, first.addDays(6));
    }
}

// Without a mouse: Alt+T shows the charts' figures as tables, and Enter on a week opens its
// nights, as clicking its bar does.
TEST_F(UiFixture, TheChartsFiguresAreTablesAndEnterOpensAWeek)
{
    generateYear(*diary);
    window->show();
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    window->showPage(2);
    ChartsView *charts = window->chartsView();
    charts->range()->setPreset(RangeSelector::ThreeMonths);
    QTest::keyClick(window.get(), Qt::Key_T, Qt::AltModifier);
    ASSERT_TRUE(waitFor([&] { return charts->asTablesBox()->isChecked(); })); // a mnemonic clicks after a moment
    QTableWidget *weeks = charts->tables()->weeksTable();
    ASSERT_TRUE(weeks->isVisible());
    EXPECT_EQ(weeks->rowCount(), charts->weekly()->weekCount());
    EXPECT_FALSE(weeks->tabKeyNavigation());
    // Newest week first; its cramps add up with the others to the range's cramps.
    int cramps = 0;
    for (int row = 0; row < weeks->rowCount(); ++row)
        cramps += QLocale().toInt(weeks->item(row, 2)->text());
    EXPECT_TRUE(charts->summaryText().contains(QStringLiteral("%1 cramp").arg(cramps)))
            << cramps << " " << charts->summaryText().toStdString();
    // One table per chart: weeks with the bands under them, nights, severity, hours, leg and muscle.
    EXPECT_EQ(charts->tables()->findChildren<QTableWidget *>().size(), 6);
    // The calendar: every night of the range, newest first, adding up to the range's cramps.
    const QTableWidget *nights = charts->tables()->nightsTable();
    const QDate first = charts->range()->first(), last = charts->range()->last();
    ASSERT_EQ(nights->rowCount(), first.daysTo(last) + 1);
    EXPECT_EQ(nights->item(0, 0)->text(), DateText::date(last));
    EXPECT_EQ(nights->item(nights->rowCount() - 1, 0)->text(), DateText::date(first));
    int nightCramps = 0;
    for (int row = 0; row < nights->rowCount(); ++row)
        nightCramps += QLocale().toInt(nights->item(row, 1)->text()); // "not tracked" counts 0
    EXPECT_EQ(nightCramps, cramps);
    // Each cramp's severity, as the severity chart draws its points, newest first.
    const QTableWidget *severities = charts->tables()->severityTable();
    EXPECT_GT(severities->rowCount(), 0);
    EXPECT_LE(severities->rowCount(), cramps);
    for (int row = 0; row < severities->rowCount(); ++row) {
        const int severity = severities->item(row, 1)->text().toInt();
        EXPECT_TRUE(severity >= 0 && severity <= 10) << severity;
    }
    // The medicine bands: the generated diary's medicines over the range.
    const QTableWidget *bands = charts->tables()->bandsTable();
    QStringList banded;
    for (int row = 0; row < bands->rowCount(); ++row)
        banded.append(bands->item(row, 0)->text());
    for (const Medication &medication : diary->medications())
        EXPECT_TRUE(banded.contains(medication.name)) << medication.name.toStdString();

    weeks->setFocus();
    weeks->setCurrentCell(1, 0);
    const QString weekText = weeks->item(1, 0)->text();
    QTest::keyClick(weeks, Qt::Key_Return);
    ASSERT_TRUE(window->diaryView()->isVisible());
    const QAbstractItemModel *rows = window->diaryView()->proxy();
    ASSERT_GT(rows->rowCount(), 0);
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QDate night = rows->index(row, 0).data(DiaryTableModel::NightRole).toDate();
        const int intoWeek = (night.dayOfWeek() - QLocale().firstDayOfWeek() + 7) % 7;
        EXPECT_TRUE(weekText.startsWith(DateText::date(night.addDays(-intoWeek))))
                << weekText.toStdString() << " " << night.toString(Qt::ISODate).toStdString();
    }
}

// Tab walks the guidance links inside the findings' words: the page scrolls to each one,
// and the caret (which a screen reader follows and reads) is on it.
TEST_F(UiFixture, TabToAGuidanceLinkInTheFindingsScrollsItIntoView)
{
    generateYear(*diary, QDate(2026, 10, 31));
    window->resize(900, 520);
    window->show();
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    window->showPage(3);
    InsightsView *insights = window->insightsView();
    LinkFocusBrowser *page = insights->page();
    QScrollArea *scroll = insights->scrollArea();
    QApplication::processEvents();
    ASSERT_GT(scroll->verticalScrollBar()->maximum(), 0) << "the page must be taller than the window";
    scroll->verticalScrollBar()->setValue(0);
    page->setFocus();
    int links = 0;
    int lowest = 0;
    for (int i = 0; i < 60 && page->hasFocus(); ++i) {
        QTest::keyClick(page, Qt::Key_Tab);
        if (!page->hasFocus())
            break; // past the last link, Tab leaves the words
        ++links;
        EXPECT_TRUE(page->textCursor().hasSelection()) << "the link is selected, and read with the caret";
        const QRect link = page->cursorRect();
        const QPoint top = page->viewport()->mapTo(scroll->viewport(), link.topLeft());
        EXPECT_GE(top.y(), 0) << "link " << links;
        EXPECT_LE(top.y() + link.height(), scroll->viewport()->height()) << "link " << links;
        lowest = std::max(lowest, scroll->verticalScrollBar()->value());
    }
    EXPECT_GE(links, 3);
    EXPECT_GT(lowest, 0) << "the page scrolled to the links below the window";
}

TEST_F(UiFixture, InsightsSayGoesWithGiveTheirNumbersAndLinkTheGuidance)
{
    generateYear(*diary, QDate(2026, 10, 31));
    window->show();
    window->showPage(3);
    InsightsView *insights = window->insightsView();
    const QStringList cards = insights->cardTexts();
    ASSERT_GE(cards.size(), 3);
    bool clearLink = false;
    for (const QString &card : cards) {
        EXPECT_FALSE(card.contains(QStringLiteral("causes cramps"), Qt::CaseInsensitive));
        if (card.contains(QStringLiteral("A clear link"))) {
            clearLink = true;
            EXPECT_TRUE(card.contains(QStringLiteral("times as common"))
                        || card.contains(QStringLiteral("less common")));
            EXPECT_TRUE(card.contains(QStringLiteral("does not show that one causes the other")));
            EXPECT_FALSE(card.contains(QStringLiteral("Fisher"))); // the numbers are one click away
        }
    }
    EXPECT_TRUE(clearLink); // the generated diary has a built-in pattern
    insights->showNumbers(true);
    for (const QString &card : insights->cardTexts()) {
        if (card.contains(QStringLiteral("A clear link"))) {
            EXPECT_TRUE(card.contains(QStringLiteral("Fisher's exact test")));
            EXPECT_TRUE(card.contains(QStringLiteral("95% interval")));
        }
    }
    insights->showNumbers(false);
    // Medicines before and after, and what still lacks nights.
    EXPECT_TRUE(std::any_of(cards.cbegin(), cards.cend(), [](const QString &c) {
        return c.startsWith(QStringLiteral("Cramps before and after starting Indapamide"));
    }));
    EXPECT_TRUE(std::any_of(cards.cbegin(), cards.cend(), [](const QString &c) {
        return c.startsWith(QStringLiteral("Not enough nights yet")) && c.contains(QStringLiteral("more nights with"));
    }));
    // Any date can be compared before and after.
    insights->setComparisonDate(QDate::currentDate().addDays(-100));
    EXPECT_TRUE(std::any_of(insights->cardTexts().cbegin(), insights->cardTexts().cend(), [](const QString &c) {
        return c.startsWith(QStringLiteral("Before and after"))
                && c.contains(QStringLiteral("exact test of the change"));
    }));
    // Moving the water split changes the comparison, and the diary keeps it.
    const qint64 water = diary->factorByKey(QStringLiteral("water_ml"))->id;
    insights->chooseSplit(water, 1200);
    EXPECT_EQ(diary->factorByKey(QStringLiteral("water_ml"))->splitAt, 1200.0);
    EXPECT_TRUE(std::any_of(insights->cardTexts().cbegin(), insights->cardTexts().cend(),
                            [](const QString &c) { return c.contains(QStringLiteral("less than 1,200 ml")); }));
    insights->chooseSplit(water, std::nullopt); // back to the guidance's two litres
    EXPECT_FALSE(diary->factorByKey(QStringLiteral("water_ml"))->splitAt.has_value());
    EXPECT_TRUE(std::any_of(insights->cardTexts().cbegin(), insights->cardTexts().cend(),
                            [](const QString &c) { return c.contains(QStringLiteral("less than 2,000 ml")); }));
}

TEST_F(UiFixture, WithFewNightsInsightsSayHowManyMoreAreNeeded)
{
    const qint64 alcohol = diary->factorByKey(QStringLiteral("alcohol"))->id;
    for (int i = 0; i < 5; ++i)
        diary->saveNightLog({ QDate::currentDate().addDays(-10 + i), {}, { { alcohol, i % 2 == 0 } }, {}, {} });
    window->show();
    window->showPage(3);
    // A young diary gets one line saying when comparisons start, not a line per factor.
    const QString page = window->insightsView()->pageText();
    EXPECT_TRUE(page.contains(QStringLiteral("at least 15 more evening check-ins"))) << page.toStdString();
    EXPECT_FALSE(page.contains(QStringLiteral("needs"))) << page.toStdString();
    for (int i = 5; i < 40; ++i)
        diary->saveNightLog({ QDate::currentDate().addDays(-45 + i), {}, { { alcohol, i % 3 == 0 } }, {}, {} });
    window->showPage(3);
    // Once something can be compared, the factors still waiting say what they need.
    const QStringList cards = window->insightsView()->cardTexts();
    ASSERT_FALSE(cards.isEmpty());
    EXPECT_TRUE(cards.join(QLatin1Char('\n')).contains(QStringLiteral("needs")))
            << cards.join(QLatin1Char('|')).toStdString();
}

TEST_F(UiFixture, NightsMarkedNotTrackedLeaveTheRates)
{
    diary->saveNightLog({ QDate(2026, 10, 1), {}, {}, {}, {} });
    UntrackedPeriodsDialog dialog(*diary, QDate(2026, 10, 10), QDate(2026, 10, 3));
    EXPECT_FALSE(dialog.addPeriod());
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("before the first")));
    dialog.lastEdit()->setDate(QDate(2026, 10, 16));
    dialog.reasonEdit()->setText(QStringLiteral("Holiday"));
    ASSERT_TRUE(dialog.addPeriod());
    ASSERT_EQ(dialog.list()->count(), 1);
    EXPECT_TRUE(dialog.list()->item(0)->text().contains(QStringLiteral("Holiday")));
    LiveAnalysis live(*diary, *nightRule);
    const PeriodFigures october = live.analysis().figures(QDate(2026, 10, 1), QDate(2026, 10, 31));
    EXPECT_EQ(october.nightsTracked, 31 - 7);
    dialog.list()->setCurrentRow(0);
    ASSERT_TRUE(dialog.removeSelected());
    EXPECT_EQ(live.analysis().figures(QDate(2026, 10, 1), QDate(2026, 10, 31)).nightsTracked, 31);
}

// After the first read each change is applied to the copy in memory; the copy must stay
// exactly what a fresh read of the diary gives, through every kind of change.
TEST_F(UiFixture, TheLiveAnalysisFollowsEveryChangeAsAFreshReadWouldSeeIt)
{
    DemoDiaryGenerator::Options options;
    options.nights = 60;
    options.lastNight = QDate(2026, 10, 31);
    DemoDiaryGenerator::generate(*diary, options);
    LiveAnalysis live(*diary, *nightRule);
    const auto expectFresh = [&](const char *step) {
        SCOPED_TRACE(step);
        const DiarySnapshot held = live.analysis().snapshot();
        const DiarySnapshot fresh = diary->snapshot();
        EXPECT_TRUE(held.episodes == fresh.episodes);
        EXPECT_TRUE(held.nightLogs == fresh.nightLogs);
        EXPECT_TRUE(held.factors == fresh.factors);
        EXPECT_TRUE(held.medications == fresh.medications);
        EXPECT_TRUE(held.untracked == fresh.untracked);
        EXPECT_TRUE(held.experiment == fresh.experiment);
    };
    expectFresh("first read");
    Episode early = episodeAt("2026-09-01T02:00:00+01:00", 9); // among the others, not at the end
    early.id = diary->addEpisode(early);
    expectFresh("a cramp added");
    early.severity = 3;
    early.start = at("2026-10-20T04:00:00+01:00");
    diary->updateEpisode(early);
    expectFresh("a cramp moved");
    diary->removeEpisode(early.id);
    expectFresh("a cramp removed");
    Medication medicine;
    medicine.name = QStringLiteral("Furosemide");
    medicine.drugClass = DrugClass::Diuretic;
    medicine.periods = { { QDate(2026, 10, 1), std::nullopt } };
    const qint64 medicineId = diary->addMedication(medicine);
    diary->saveNightLog({ QDate(2026, 10, 29), {}, {}, { medicineId }, QStringLiteral("late walk") });
    expectFresh("a check-in saved");
    diary->saveNightLog({ QDate(2026, 8, 1), {}, {}, { medicineId }, {} });
    expectFresh("a check-in before the first night");
    diary->removeMedication(medicineId);
    expectFresh("a medicine removed from its evenings");
    diary->removeNightLog(QDate(2026, 10, 29));
    expectFresh("a check-in removed");
    diary->addUntrackedPeriod({ 0, QDate(2026, 10, 3), QDate(2026, 10, 9), QStringLiteral("away") });
    expectFresh("nights not tracked");
    Factor cheese;
    cheese.name = QStringLiteral("Cheese");
    const qint64 own = diary->addFactor(cheese);
    diary->renameFactor(own, QStringLiteral("Cheese at supper"));
    expectFresh("a factor added and renamed");
}

// A view asks for its nights only: the copy holds those, knows the diary's first night,
// and stays what a fresh read of the same nights gives through every change, including
// changes to nights it does not hold.
TEST_F(UiFixture, TheLiveAnalysisOfSomeNightsFollowsEveryChangeAsARangedReadWouldSeeIt)
{
    DemoDiaryGenerator::Options options;
    options.nights = 120;
    options.lastNight = QDate(2026, 10, 31);
    DemoDiaryGenerator::generate(*diary, options);
    LiveAnalysis live(*diary, *nightRule);
    const QDate first(2026, 10, 1), last(2026, 10, 31);
    const NightClock clock = nightRule->clock();
    const auto expectFresh = [&](const char *step) {
        SCOPED_TRACE(step);
        const DiarySnapshot held = live.analysis(first, last).snapshot();
        const DiarySnapshot fresh = diary->snapshot(first, last, clock);
        EXPECT_TRUE(held.episodes == fresh.episodes);
        EXPECT_TRUE(held.nightLogs == fresh.nightLogs);
        EXPECT_EQ(held.firstNight, fresh.firstNight);
        EXPECT_TRUE(held.medications == fresh.medications);
        EXPECT_EQ(live.analysis(first, last).figures(first, last).cramps,
                  DiaryAnalysis(diary->snapshot(), clock, Qt::Monday, QDate(2026, 10, 31)).figures(first, last).cramps);
    };
    expectFresh("first read");
    EXPECT_LT(live.analysis(first, last).snapshot().episodes.size(), diary->episodeCount() / 2);
    Episode early = episodeAt("2026-08-01T02:00:00+01:00", 9); // a night not held
    early.id = diary->addEpisode(early);
    expectFresh("a cramp added outside the nights held");
    early.start = at("2026-10-20T04:00:00+01:00");
    diary->updateEpisode(early);
    expectFresh("a cramp moved into them");
    early.start = at("2026-09-02T04:00:00+01:00");
    diary->updateEpisode(early);
    expectFresh("a cramp moved out of them");
    diary->saveNightLog({ QDate(2026, 5, 1), {}, {}, {}, QStringLiteral("long ago") });
    expectFresh("a check-in before the diary's first night");
    diary->removeNightLog(QDate(2026, 5, 1));
    expectFresh("that check-in removed");
    diary->saveNightLog({ QDate(2026, 10, 29), {}, {}, {}, QStringLiteral("late walk") });
    expectFresh("a check-in among the nights held");
    // Asking for more nights widens the copy; the earlier ones stay.
    const QDate wider(2026, 9, 1);
    EXPECT_TRUE(live.analysis(wider, last).snapshot().episodes == diary->snapshot(wider, last, clock).episodes);
}

// The Charts page reads the nights its range shows, not the whole diary.
TEST_F(UiFixture, TheChartsPageReadsOnlyTheNightsItShows)
{
    generateYear(*diary);
    LiveAnalysis live(*diary, *nightRule);
    ChartsView charts(live);
    charts.resize(900, 700);
    charts.show();
    charts.range()->setPreset(RangeSelector::FourWeeks);
    const QDate first = charts.range()->first();
    const DiarySnapshot held = live.analysis(first, charts.range()->last()).snapshot();
    ASSERT_FALSE(held.episodes.isEmpty());
    // The page opened on its default range (three months) and then four weeks: nothing older.
    for (const Episode &e : held.episodes)
        EXPECT_GE(nightRule->clock().nightOf(e.start), first.addDays(-92)) << e.start.toString().toStdString();
    EXPECT_LT(held.episodes.size(), diary->episodeCount() / 2);
    EXPECT_TRUE(charts.summaryText().contains(QStringLiteral("28 nights tracked")))
            << charts.summaryText().toStdString();
}

// A cramp logged while the charts show reaches every chart at once, by changing the
// figures in place: the same chart objects, new values.
TEST_F(UiFixture, ACrampLoggedWhileTheChartsShowChangesThemInPlace)
{
    generateYear(*diary);
    window->show();
    window->showPage(MainWindow::ChartsPage);
    ChartsView *charts = window->chartsView();
    const auto chartOf = [&](const char *className) {
        for (QChartView *view : charts->findChildren<QChartView *>())
            if (QLatin1StringView(view->metaObject()->className()) == QLatin1StringView(className))
                return view->chart();
        return static_cast<QChart *>(nullptr);
    };
    const auto barTotal = [](QChart *chart) {
        double total = 0;
        for (QAbstractSeries *series : chart->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                for (QBarSet *set : bars->barSets())
                    for (int i = 0; i < set->count(); ++i)
                        total += set->at(i);
        return total;
    };
    const auto points = [](QChart *chart) {
        qsizetype count = 0;
        for (QAbstractSeries *series : chart->series())
            if (auto *xy = qobject_cast<QScatterSeries *>(series))
                count += xy->count();
        return count;
    };
    QChart *hours = chartOf("TimeOfNightChart");
    QChart *severity = chartOf("SeverityChart");
    QChart *calendar = chartOf("NightCalendarChart");
    ASSERT_TRUE(hours && severity && calendar);
    const double hoursBefore = barTotal(hours);
    const qsizetype severitiesBefore = points(severity);
    const qsizetype nightsBefore = points(calendar);
    const double weeksBefore = barTotal(charts->weekly()->chart());

    // Two nights ago at 03:10, inside the hours the chart already shows.
    const QDate night = QDate::currentDate().addDays(-2);
    diary->addEpisode(episodeAt(qPrintable(QDateTime(night.addDays(1), QTime(3, 10)).toString(Qt::ISODate)), 6));
    EXPECT_EQ(chartOf("TimeOfNightChart"), hours) << "the same chart, its bars changed";
    EXPECT_EQ(chartOf("SeverityChart"), severity);
    EXPECT_EQ(chartOf("NightCalendarChart"), calendar);
    EXPECT_EQ(barTotal(hours), hoursBefore + 1);
    EXPECT_EQ(points(severity), severitiesBefore + 1);
    EXPECT_EQ(points(calendar), nightsBefore) << "the night changes shade, no square is added";
    EXPECT_GT(barTotal(charts->weekly()->chart()), weeksBefore); // a week's bar grew
}

TEST_F(UiFixture, APartialWeekIsNeverTheTallestBar)
{
    // Three full weeks of 3 cramps, then a week with 2 cramps in its only 2 tracked nights
    // (a forgotten week): its bar is 2, marked partial, not 7.
    QList<PeriodFigures> weeks;
    for (int w = 0; w < 4; ++w) {
        PeriodFigures week;
        week.first = QDate(2026, 11, 2).addDays(7 * w);
        week.last = week.first.addDays(6);
        week.nightsTracked = w < 3 ? 7 : 2;
        week.cramps = w < 3 ? 3 : 2;
        weeks.append(week);
    }
    WeeklyCrampsChart weekly;
    weekly.setData(weeks, {});
    QStackedBarSeries *bars = nullptr;
    for (QAbstractSeries *series : weekly.chart()->series())
        if (auto *stacked = qobject_cast<QStackedBarSeries *>(series))
            bars = stacked;
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 2);
    const QBarSet *full = bars->barSets().at(0);
    const QBarSet *partial = bars->barSets().at(1);
    for (int w = 0; w < 3; ++w) {
        EXPECT_DOUBLE_EQ(full->at(w), 3.0);
        EXPECT_DOUBLE_EQ(partial->at(w), 0.0);
    }
    EXPECT_DOUBLE_EQ(full->at(3), 0.0);
    EXPECT_DOUBLE_EQ(partial->at(3), 2.0);
}

TEST_F(UiFixture, BusyChartsLabelTheirAxesSparselyEnoughToBeRead)
{
    // Weeks of some 200 cramps (the stress diary): about five labels on the scale, not 50.
    QList<PeriodFigures> weeks;
    for (int w = 0; w < 12; ++w) {
        PeriodFigures week;
        week.first = QDate(2025, 10, 6).addDays(7 * w);
        week.last = week.first.addDays(6);
        week.nightsTracked = 7;
        week.cramps = 150 + 5 * w;
        weeks.append(week);
    }
    WeeklyCrampsChart weekly;
    weekly.setData(weeks, {});
    int numberLabels = 0;
    for (QAbstractAxis *axis : weekly.chart()->axes(Qt::Vertical)) {
        if (auto *categories = qobject_cast<QCategoryAxis *>(axis);
            categories && axis->titleText().contains(QStringLiteral("per week")))
            numberLabels = int(categories->categoriesLabels().size());
    }
    EXPECT_GE(numberLabels, 3);
    EXPECT_LE(numberLabels, 8);

    // Cramps in all 24 hours: at most 12 hour labels under the bars.
    QList<int> byHour(24, 3);
    TimeOfNightChart hours;
    hours.setData(byHour, 12);
    const auto xs = hours.chart()->axes(Qt::Horizontal);
    ASSERT_EQ(xs.size(), 1);
    auto *x = qobject_cast<QCategoryAxis *>(xs.first());
    ASSERT_NE(x, nullptr);
    EXPECT_LE(x->categoriesLabels().size(), 12);
    EXPECT_GE(x->categoriesLabels().size(), 8);
}

// Tab walks the Insights page as it is seen: the range, then the splits below it, then the
// comparison; the splits, made after the rest, no longer come last.
TEST_F(UiFixture, TabReachesTheInsightsSplitsRightAfterTheRange)
{
    generateYear(*diary, QDate(2026, 10, 31));
    window->show();
    window->showPage(3);
    InsightsView *insights = window->insightsView();
    QApplication::processEvents(); // a layout shows the splits it was given a moment later
    QWidget *start = nullptr; // the range's first field (its words and groups take no focus)
    for (QWidget *child : insights->range()->findChildren<QWidget *>())
        if (!start && (child->focusPolicy() & Qt::TabFocus))
            start = child;
    ASSERT_TRUE(start);
    QStringList order;
    QWidget *widget = start;
    for (int i = 0; i < 1000 && widget; ++i) {
        widget = widget->nextInFocusChain();
        if (widget == start)
            break;
        if ((widget->focusPolicy() & Qt::TabFocus) && insights->isAncestorOf(widget) && widget->isVisible()) {
            // A spin box or date field takes the focus in its inner line edit.
            QWidget *named
                    = widget->accessibleName().isEmpty() && widget->parentWidget() ? widget->parentWidget() : widget;
            order.append(named->accessibleName());
        }
    }
    const qsizetype split = order.indexOf(QStringLiteral("Where to split Water drunk"));
    const qsizetype compare = order.indexOf(QStringLiteral("Compare cramps before and after a date"));
    ASSERT_GE(split, 0) << order.join(u'|').toStdString();
    ASSERT_GE(compare, 0) << order.join(u'|').toStdString();
    EXPECT_LT(split, compare) << order.join(u'|').toStdString();
}

// German writes a space before the percent sign, in the findings as on the command line.
TEST_F(UiFixture, GermanInsightsWriteTheirSharesAsGermanDoes)
{
    generateYear(*diary, QDate(2026, 10, 31));
    QString cards;
    {
        const SpeakGerman german;
        ASSERT_TRUE(german.loaded());
        makeWindow();
        window->show();
        window->showPage(3);
        cards = window->insightsView()->cardTexts().join(u'\n');
    }
    EXPECT_TRUE(cards.contains(QStringLiteral("\u00a0%"))) << cards.toStdString();
    EXPECT_FALSE(cards.contains(QRegularExpression(QStringLiteral("\\d%")))) << cards.toStdString();
}

// The weekly chart's legend is words below it that wrap: Qt's own legend, one line, elided
// its entries at large text in German. The charts grow with the text, so none is squeezed.
TEST_F(UiFixture, TheWeeklyLegendWrapsItsWordsAndTheChartsGrowWithTheText)
{
    generateYear(*diary, QDate(2026, 10, 31));
    const SpeakGerman german;
    ASSERT_TRUE(german.loaded());
    makeWindow();
    window->resize(1000, 700);
    window->show();
    window->showPage(2);
    ChartsView *charts = window->chartsView();
    const int heightBefore = charts->weekly()->minimumHeight();
    window->textSize()->setScale(2.0);
    QApplication::processEvents();
    charts->refresh();
    QApplication::processEvents();
    EXPECT_FALSE(charts->weekly()->chart()->legend()->isVisible());
    const QStringList entries = charts->weeklyLegend()->texts();
    EXPECT_TRUE(entries.contains(QStringLiteral("Krämpfe pro Woche"))) << entries.join(u'|').toStdString();
    const QStringList cut = TextFit::cutTexts(charts->weeklyLegend());
    EXPECT_TRUE(cut.isEmpty()) << cut.join(u'\n').toStdString();
    EXPECT_GE(charts->weekly()->minimumHeight(), heightBefore * 3 / 2);
    // Thirteen weeks' names at 200% do not fit side by side: every other one is named.
    const QStringList named = charts->weekly()->namedWeeks();
    ASSERT_FALSE(named.isEmpty());
    EXPECT_LT(named.size(), charts->weekly()->weekCount());
    int widest = 0;
    for (const QString &name : named)
        widest = std::max(widest, charts->weekly()->fontMetrics().horizontalAdvance(name));
    EXPECT_LE(widest * named.size(), charts->weekly()->chart()->plotArea().width());
    window->textSize()->normal();
    window->resize(1400, 700); // room for fourteen German dates side by side
    QApplication::processEvents();
    EXPECT_EQ(charts->weekly()->namedWeeks().size(), charts->weekly()->weekCount()) << "at 100% each week has its name";
}
