#pragma once

#include <QDate>

// Cramps per week before and after a date (a medicine started or stopped, or any day),
// with an exact test of whether the rate changed.
struct BeforeAfter {
    QDate date; // the first night counted as "after"
    int nightsBefore = 0;
    int crampsBefore = 0;
    int nightsAfter = 0;
    int crampsAfter = 0;
    double pValue = 1.0;

    double perWeekBefore() const { return nightsBefore ? crampsBefore * 7.0 / nightsBefore : 0; }
    double perWeekAfter() const { return nightsAfter ? crampsAfter * 7.0 / nightsAfter : 0; }
    bool hasBothSides() const { return nightsBefore > 0 && nightsAfter > 0; }
};
