// Logging one cramp on the generated 10-year diary with the main window showing Home or
// Charts: the store's write, every view's update and one repaint of the window, against its
// floor, a plain SQLite insert of the same row (C API, another connection) and the same
// repaint. benchmarks/log-one-cramp.sh runs it and prints the medians and ratios.
#include "core/demo/DemoDiaryGenerator.h"
#include "core/settings/AppSettings.h"
#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"
#include "ui/window/MainWindow.h"

#include <benchmark/benchmark.h>
#include <memory>
#include <sqlite3.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

namespace {
struct TenYears {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("ten-years.sqlite"));
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<NightRule> nightRule;
    std::unique_ptr<DiaryRepository> diary;
    std::unique_ptr<MainWindow> window;
    QDateTime lastNightCramp;

    TenYears()
    {
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        nightRule = std::make_unique<NightRule>(*settings);
        diary = DiaryRepository::open(path);
        DemoDiaryGenerator::Options options;
        options.nights = 3653;
        options.lastNight = nightRule->lastSleptNight();
        DemoDiaryGenerator::generate(*diary, options);
        lastNightCramp = QDateTime(options.lastNight.addDays(1), QTime(3, 10)).toOffsetFromUtc(0);
        window = std::make_unique<MainWindow>(*diary, *settings, *nightRule);
        window->resize(1280, 800);
        window->show();
        QCoreApplication::processEvents();
    }

    void settle()
    {
        QCoreApplication::processEvents();
        window->repaint();
    }
};

// Made on first use and removed before the application object, as every window must be.
std::unique_ptr<TenYears> data;

TenYears &tenYears()
{
    if (!data)
        data = std::make_unique<TenYears>();
    return *data;
}

Episode lastNightsCramp()
{
    Episode e;
    e.start = tenYears().lastNightCramp;
    e.severity = 6;
    return e;
}

void loggingInTheApp(benchmark::State &state)
{
    auto &data = tenYears();
    data.window->showPage(int(state.range(0)));
    data.settle();
    QElapsedTimer phase;
    double storeAndSignals = 0, events = 0, repaint = 0;
    for (auto _ : state) {
        phase.start();
        const qint64 id = data.diary->addEpisode(lastNightsCramp());
        storeAndSignals += phase.nsecsElapsed();
        phase.start();
        QCoreApplication::processEvents();
        events += phase.nsecsElapsed();
        phase.start();
        data.window->repaint();
        repaint += phase.nsecsElapsed();
        state.PauseTiming();
        data.diary->removeEpisode(id);
        data.settle();
        state.ResumeTiming();
    }
    // Where the time goes, in ms per log: the write with every view's update, the posted
    // events (layout), the repaint.
    const double runs = double(state.iterations()) * 1e6;
    state.counters["store_ms"] = storeAndSignals / runs;
    state.counters["events_ms"] = events / runs;
    state.counters["paint_ms"] = repaint / runs;
}

void insertAndRepaint(benchmark::State &state)
{
    auto &data = tenYears();
    data.window->showPage(int(state.range(0)));
    data.settle();
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(data.path).constData(), &db);
    const QByteArray insert = QStringLiteral("INSERT INTO episodes (start_utc, utc_offset_s, severity, created_utc, "
                                             "updated_utc) VALUES (%1, 0, 6, 0, 0)")
                                      .arg(data.lastNightCramp.toSecsSinceEpoch())
                                      .toUtf8();
    for (auto _ : state) {
        sqlite3_exec(db, insert.constData(), nullptr, nullptr, nullptr);
        data.window->repaint();
        state.PauseTiming();
        sqlite3_exec(db, "DELETE FROM episodes WHERE id = (SELECT max(id) FROM episodes)", nullptr, nullptr, nullptr);
        state.ResumeTiming();
    }
    sqlite3_close(db);
}
} // namespace

BENCHMARK(loggingInTheApp)->Arg(MainWindow::HomePage)->Arg(MainWindow::ChartsPage)->Unit(benchmark::kMillisecond);
BENCHMARK(insertAndRepaint)->Arg(MainWindow::HomePage)->Arg(MainWindow::ChartsPage)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    data.reset();
    return 0;
}
