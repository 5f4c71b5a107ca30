#pragma once

#include <QDate>
#include <QTimeZone>

class DiaryRepository;

// Fills a diary with a realistic, reproducible history for screenshots, first-run
// exploration and benchmarks. The same options and seed give the same diary. The
// patterns are ones a real diary might show: more cramps after evenings with little
// water or hard exercise, fewer after stretching, more once a diuretic is started.
class DemoDiaryGenerator
{
public:
    struct Options {
        int nights = 180;
        QDate lastNight = QDate::currentDate().addDays(-1);
        quint32 seed = 1;
        QTimeZone zone = QTimeZone::systemTimeZone();
        // A finished self-experiment over the last 28 nights: stretching for 10 minutes,
        // nights balanced in two blocks of 14. Its known effect: on a night with the
        // stretching done, the chance of a cramp is a quarter of what it would otherwise be.
        bool experiment = false;
    };

    struct Summary {
        int nights = 0;
        int checkIns = 0;
        int episodes = 0;
        int medications = 0;
        bool experiment = false;
    };

    static constexpr double ExperimentEffect = 0.25; // cramp chance with the change, relative

    // Writes everything as one action; throws StoreError and then writes nothing.
    static Summary generate(DiaryRepository &repository, const Options &options);
};
