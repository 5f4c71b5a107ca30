#pragma once

#include <QDate>
#include <QString>

// Nights the person did not keep the diary (travel, illness); they leave the
// denominator so a quiet week away is not counted as cramp-free.
struct UntrackedPeriod {
    qint64 id = 0;
    QDate firstNight;
    QDate lastNight;
    QString reason;
    bool operator==(const UntrackedPeriod &) const = default;
};
