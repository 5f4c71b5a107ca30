// A range read (DiaryRepository::snapshot(first, last)) must give exactly the figures the
// whole diary gives for that range: the rates still count tracked nights from the diary's
// first night, and nothing outside the range leaks in or goes missing.
#include "TempDiary.h"
#include "core/analysis/ReportFigures.h"
#include "core/demo/DemoDiaryGenerator.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

namespace {
const QDate LastNight(2026, 10, 31);

QByteArray figuresOf(const DiaryAnalysis &analysis, QDate first, QDate last)
{
    const ReportFigures figures = ReportFigures::compute(analysis, first, last);
    QByteArray text = QJsonDocument(figures.json()).toJson(QJsonDocument::Compact);
    // The appendix's cramps are not in the JSON; compare them too.
    for (const Episode &e : figures.episodes)
        text += QByteArray::number(e.id) + ',';
    return text;
}
} // namespace

TEST(RangeRead, GivesTheWholeDiarysFiguresForEveryRange)
{
    TempDiary temp;
    auto diary = temp.open();
    DemoDiaryGenerator::Options options;
    options.nights = 730;
    options.seed = 3;
    options.lastNight = LastNight;
    options.zone = QTimeZone("Europe/London");
    DemoDiaryGenerator::generate(*diary, options);
    const NightClock clock;
    const DiaryAnalysis whole(diary->snapshot(), clock, Qt::Monday, LastNight);
    const QDate firstNight = whole.firstNight();
    ASSERT_TRUE(firstNight.isValid());

    const QList<std::pair<QDate, QDate>> ranges = {
        { LastNight.addDays(-83), LastNight }, // the default 12 weeks
        { firstNight, firstNight.addDays(20) }, // the start, shorter than a baseline
        { firstNight, LastNight }, // everything
        { QDate(2025, 3, 5), QDate(2025, 6, 1) }, // a middle stretch starting mid-week
        { LastNight.addDays(-6), LastNight.addDays(30) }, // running past the last night
    };
    for (const auto &[first, last] : ranges) {
        SCOPED_TRACE(first.toString(Qt::ISODate).toStdString() + " to " + last.toString(Qt::ISODate).toStdString());
        const DiaryAnalysis ranged(diary->snapshot(first, last.addDays(13), clock), clock, Qt::Monday, LastNight);
        EXPECT_EQ(ranged.firstNight(), firstNight);
        EXPECT_LE(ranged.snapshot().episodes.size(), whole.snapshot().episodes.size());
        EXPECT_EQ(figuresOf(ranged, first, last), figuresOf(whole, first, last));
        EXPECT_EQ(ranged.weeks(first, last).size(), whole.weeks(first, last).size());
        for (qsizetype i = 0; i < whole.weeks(first, last).size(); ++i) {
            EXPECT_EQ(ranged.weeks(first, last)[i].cramps, whole.weeks(first, last)[i].cramps);
            EXPECT_EQ(ranged.weeks(first, last)[i].nightsTracked, whole.weeks(first, last)[i].nightsTracked);
        }
    }
}

TEST(RangeRead, ReadsOnlyTheRangesCrampsAndCheckIns)
{
    TempDiary temp;
    auto diary = temp.open();
    DemoDiaryGenerator::Options options;
    options.nights = 365;
    options.lastNight = LastNight;
    options.zone = QTimeZone("Europe/London");
    DemoDiaryGenerator::generate(*diary, options);
    const NightClock clock;
    const QDate first = LastNight.addDays(-27);
    const DiarySnapshot ranged = diary->snapshot(first, LastNight, clock);
    const DiarySnapshot whole = diary->snapshot();
    ASSERT_FALSE(ranged.episodes.isEmpty());
    for (const Episode &e : ranged.episodes)
        EXPECT_GE(clock.nightOf(e.start), first);
    qsizetype expected = 0;
    for (const Episode &e : whole.episodes)
        expected += clock.nightOf(e.start) >= first;
    EXPECT_EQ(ranged.episodes.size(), expected);
    for (const NightLog &log : ranged.nightLogs)
        EXPECT_GE(log.night, first);
    EXPECT_LE(ranged.nightLogs.size(), 28);
    EXPECT_EQ(ranged.factors, whole.factors);
    EXPECT_EQ(ranged.medications.size(), whole.medications.size());
    EXPECT_EQ(ranged.firstNight, diary->firstNight(clock).value());
}
