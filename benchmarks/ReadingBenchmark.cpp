// Reading the whole generated 10-year diary into memory (DiaryRepository::snapshot) against
// its floor: stepping the same rows of the same file with the SQLite C API, every column
// read, nothing built, on a connection without SQLite's mutex (as the app's). benchmarks/reading.sh runs it and prints
// the ratio of the medians.
#include "core/demo/DemoDiaryGenerator.h"
#include "core/store/DiaryRepository.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace {
struct TenYears {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("ten-years.sqlite"));

    TenYears()
    {
        auto diary = DiaryRepository::open(path);
        DemoDiaryGenerator::Options options;
        options.nights = 3653;
        options.lastNight = QDate(2025, 12, 31);
        options.zone = QTimeZone("Europe/London");
        DemoDiaryGenerator::generate(*diary, options);
    }
};

TenYears &tenYears()
{
    static TenYears data;
    return data;
}

// The rows snapshot() reads, in the queries' own order.
constexpr const char *Queries[] = {
    "SELECT id, start_utc, utc_offset_s, duration_s, severity, leg, muscle, woke_from_sleep, sleep_disturbance, "
    "soreness_after, notes FROM episodes ORDER BY start_utc, id",
    "SELECT episode_id, relief, helped FROM episode_reliefs ORDER BY rowid",
    "SELECT episode_id, sign FROM episode_warning_signs ORDER BY rowid",
    "SELECT night, checked_in_utc, notes FROM night_logs ORDER BY night",
    "SELECT night, factor_id, number_value, choice_value FROM night_factor_values ORDER BY night, factor_id",
    "SELECT night, medication_id FROM night_medications ORDER BY night, medication_id",
    "SELECT * FROM factors",
    "SELECT * FROM medications",
    "SELECT * FROM medication_periods",
    "SELECT * FROM untracked_periods",
    "SELECT * FROM experiments",
    "SELECT * FROM experiment_nights",
};

void steppingWithTheCApi(benchmark::State &state)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(tenYears().path).constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                    nullptr);
    qint64 rows = 0;
    for (auto _ : state) {
        for (const char *sql : Queries) {
            sqlite3_stmt *statement = nullptr;
            sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
            while (sqlite3_step(statement) == SQLITE_ROW) {
                ++rows;
                for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                    if (sqlite3_column_type(statement, column) == SQLITE_TEXT)
                        benchmark::DoNotOptimize(sqlite3_column_text(statement, column));
                    else
                        benchmark::DoNotOptimize(sqlite3_column_double(statement, column));
                }
            }
            sqlite3_finalize(statement);
        }
    }
    state.counters["rows"] = double(rows) / double(state.iterations());
    sqlite3_close(db);
}

void readingTheDiary(benchmark::State &state)
{
    const auto diary = DiaryRepository::open(tenYears().path, true);
    for (auto _ : state)
        benchmark::DoNotOptimize(diary->snapshot());
}
} // namespace

BENCHMARK(steppingWithTheCApi)->Unit(benchmark::kMillisecond);
BENCHMARK(readingTheDiary)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
