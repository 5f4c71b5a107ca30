#pragma once

#include "core/domain/Episode.h"

#include <QDate>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTime>

// What an import from another app adds, gathered by a trial run and said in words before
// anything is written: "19 cramps from 3 Mar 2024 to 21 Mar 2024, all with severity 0 of
// 10, all at 13:12". `doubtful()` is true when the file looks unlike a cramp diary (every
// cramp the same severity or the same time), so the person is asked to look twice.
struct ImportForecast {
    int cramps = 0;
    QDate firstNight, lastNight;
    QMap<int, int> severities; // severity -> cramps
    int withoutSeverity = 0;
    QSet<QTime> times; // of the cramps whose time the file gives (up to two: all alike or not)
    int approximateTimes = 0; // a part of the day, or no time at all
    int checkIns = 0; // nights marked as checked in
    int duplicates = 0;
    int otherRows = 0;

    void add(const Episode &cramp, QDate night, bool approximateTime);
    bool doubtful() const;
    QString describe() const;
};
