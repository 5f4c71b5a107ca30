// How the diary list copes with a decade of nightly entries, on the app's own generated
// demo diary. Run: QT_QPA_PLATFORM=offscreen build/release/benchmarks/diary_benchmarks
#include "core/demo/DemoDiaryGenerator.h"
#include "core/settings/AppSettings.h"
#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"
#include "ui/diary/DiaryFilterProxy.h"
#include "ui/diary/DiaryTableModel.h"

#include <benchmark/benchmark.h>
#include <memory>

#include <QApplication>
#include <QTemporaryDir>

namespace {
struct TenYears {
    QTemporaryDir dir;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<NightRule> nightRule;
    std::unique_ptr<DiaryRepository> diary;

    TenYears()
    {
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        nightRule = std::make_unique<NightRule>(*settings);
        diary = DiaryRepository::open(dir.filePath(QStringLiteral("ten-years.sqlite")));
        DemoDiaryGenerator::Options options;
        options.nights = 3650;
        options.lastNight = QDate(2026, 10, 31);
        options.zone = QTimeZone("Europe/London");
        DemoDiaryGenerator::generate(*diary, options);
    }
};

TenYears &tenYears()
{
    static TenYears data;
    return data;
}

void readAllEpisodes(benchmark::State &state)
{
    auto &data = tenYears();
    for (auto _ : state)
        benchmark::DoNotOptimize(data.diary->allEpisodes());
    state.counters["episodes"] = double(data.diary->episodeCount());
}

void loadDiaryList(benchmark::State &state)
{
    auto &data = tenYears();
    DiaryTableModel model(*data.diary, *data.settings, *data.nightRule);
    for (auto _ : state)
        model.reload();
    state.counters["rows"] = double(model.rowCount());
}

void sortDiaryListByNight(benchmark::State &state)
{
    auto &data = tenYears();
    DiaryTableModel model(*data.diary, *data.settings, *data.nightRule);
    DiaryFilterProxy proxy;
    proxy.setSourceModel(&model);
    Qt::SortOrder order = Qt::AscendingOrder;
    for (auto _ : state) {
        proxy.sort(DiaryTableModel::NightColumn, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
}

// The cost a user feels after logging a cramp: one night's rows are replaced in the model
// behind a sorted proxy (insert, then delete, so the diary is the same each round).
void logAndUndoOneCramp(benchmark::State &state)
{
    auto &data = tenYears();
    DiaryTableModel model(*data.diary, *data.settings, *data.nightRule);
    DiaryFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(DiaryTableModel::NightColumn, Qt::DescendingOrder);
    Episode episode;
    episode.start = QDateTime(QDate(2026, 10, 20), QTime(3, 0), Qt::OffsetFromUTC, 3600);
    episode.severity = 6;
    for (auto _ : state) {
        const qint64 id = data.diary->addEpisode(episode);
        data.diary->removeEpisode(id);
    }
}
} // namespace

BENCHMARK(readAllEpisodes)->Unit(benchmark::kMillisecond);
BENCHMARK(loadDiaryList)->Unit(benchmark::kMillisecond);
BENCHMARK(sortDiaryListByNight)->Unit(benchmark::kMillisecond);
BENCHMARK(logAndUndoOneCramp)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
