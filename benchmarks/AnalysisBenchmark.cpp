// Recomputing every figure of the charts and insights for the "all" range of a generated
// 10-year diary. Run: build/release/benchmarks/analysis_benchmarks
#include "core/analysis/DiaryAnalysis.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/store/DiaryRepository.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

namespace {
struct TenYears {
    QTemporaryDir dir;
    std::unique_ptr<DiaryRepository> diary;
    DiaryAnalysis::Snapshot snapshot;
    QDate lastNight = QDate(2026, 10, 31);

    TenYears()
    {
        diary = DiaryRepository::open(dir.filePath(QStringLiteral("ten-years.sqlite")));
        DemoDiaryGenerator::Options options;
        options.nights = 3650;
        options.lastNight = lastNight;
        options.zone = QTimeZone("Europe/London");
        DemoDiaryGenerator::generate(*diary, options);
        snapshot = DiaryAnalysis(diary->snapshot(), NightClock(), Qt::Monday, lastNight).snapshot();
    }
};

TenYears &tenYears()
{
    static TenYears data;
    return data;
}

void recomputeAll(const DiaryAnalysis &analysis, QDate first, QDate last)
{
    benchmark::DoNotOptimize(analysis.figures(first, last));
    benchmark::DoNotOptimize(analysis.weeks(first, last));
    benchmark::DoNotOptimize(analysis.factorLinks(first, last));
    benchmark::DoNotOptimize(analysis.crampsByHourOfNight(first, last));
    benchmark::DoNotOptimize(analysis.crampsByLeg(first, last));
    benchmark::DoNotOptimize(analysis.crampsByMuscle(first, last));
    benchmark::DoNotOptimize(analysis.crampsPerNight(first, last));
    for (const Medication &medication : analysis.snapshot().medications)
        for (const MedicationPeriod &period : medication.periods)
            benchmark::DoNotOptimize(analysis.beforeAfter(period.started, first, last));
}

// Everything the "all" range shows, from data already in memory (what a range change costs).
void recomputeAllFromSnapshot(benchmark::State &state)
{
    auto &data = tenYears();
    for (auto _ : state) {
        const DiaryAnalysis analysis(data.snapshot, NightClock(), Qt::Monday, data.lastNight);
        recomputeAll(analysis, analysis.firstNight(), data.lastNight);
    }
    state.counters["episodes"] = double(data.snapshot.episodes.size());
    state.counters["checkins"] = double(data.snapshot.nightLogs.size());
}

// The same, including reading the whole diary from SQLite (what a change to the diary costs).
void recomputeAllFromDiary(benchmark::State &state)
{
    auto &data = tenYears();
    for (auto _ : state) {
        const DiaryAnalysis analysis = DiaryAnalysis(data.diary->snapshot(), NightClock(), Qt::Monday, data.lastNight);
        recomputeAll(analysis, analysis.firstNight(), data.lastNight);
    }
}
} // namespace

BENCHMARK(recomputeAllFromSnapshot)->Unit(benchmark::kMillisecond);
BENCHMARK(recomputeAllFromDiary)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
