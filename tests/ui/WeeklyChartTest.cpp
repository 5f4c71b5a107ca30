// The weekly chart changes in place when a cramp is logged (building it anew takes longer
// than a frame): what it then draws must be what a chart built anew for the same weeks draws.
#include "core/analysis/PeriodFigures.h"
#include "core/domain/Medication.h"
#include "ui/charts/WeeklyCrampsChart.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QImage>
#include <QValueAxis>

namespace {
// Twelve whole weeks from Monday 7 September 2026, the last one `lastCramps` cramps.
QList<PeriodFigures> weeks(int lastCramps)
{
    QList<PeriodFigures> all;
    const QDate monday(2026, 9, 7);
    for (int i = 0; i < 12; ++i) {
        PeriodFigures week;
        week.first = monday.addDays(7 * i);
        week.last = week.first.addDays(6);
        week.nightsTracked = 7;
        week.nightsCheckedIn = i % 8;
        week.cramps = i == 11 ? lastCramps : (i * 5) % 6;
        week.crampNights = std::min(week.cramps, 7);
        all.append(week);
    }
    return all;
}

QList<Medication> medicines()
{
    return { { 1, QStringLiteral("Bendroflumethiazide"), DrugClass::Diuretic, {}, { { QDate(2026, 9, 20), {} } } },
             { 2,
               QStringLiteral("Simvastatin"),
               DrugClass::Statin,
               {},
               { { QDate(2026, 9, 1), QDate(2026, 10, 4) }, { QDate(2026, 10, 19), {} } } } };
}

QImage drawn(WeeklyCrampsChart &chart)
{
    chart.resize(900, 420);
    chart.show();
    QApplication::processEvents();
    return chart.grab().toImage();
}
} // namespace

TEST(WeeklyChart, ANewScaleInPlaceDrawsWhatAChartBuiltAnewDraws)
{
    for (const auto &[before, after] : { std::pair { 5, 12 }, std::pair { 12, 5 }, std::pair { 3, 40 } }) {
        SCOPED_TRACE(testing::Message() << before << " then " << after << " cramps");
        WeeklyCrampsChart changed;
        changed.setData(weeks(before), medicines());
        const QChart *built = changed.chart();
        drawn(changed);
        changed.setData(weeks(after), medicines());
        EXPECT_EQ(changed.chart(), built) << "changed in place, not built anew";

        WeeklyCrampsChart anew;
        anew.setData(weeks(after), medicines());
        const QImage expected = drawn(anew);
        EXPECT_FALSE(expected.isNull());
        EXPECT_EQ(drawn(changed), expected);
    }
}

TEST(WeeklyChart, OtherMedicinesBuildTheChartAnew)
{
    WeeklyCrampsChart chart;
    chart.setData(weeks(5), medicines());
    const QChart *built = chart.chart();
    chart.setData(weeks(5), medicines().mid(0, 1));
    EXPECT_NE(chart.chart(), built);
}
