#pragma once

#include <variant>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

// Yes/no as bool, numbers as double, choices as the choice's key or label.
using FactorValue = std::variant<bool, double, QString>;

// The evening check-in of one night, whether or not a cramp came: the denominator that
// makes any link between a factor and cramps honest.
struct NightLog {
    QDate night;
    QDateTime checkedInAt;
    QMap<qint64, FactorValue> values; // by factor id
    QList<qint64> medicationIds; // medicines taken that evening
    QString notes;

    bool operator==(const NightLog &) const = default;
};
