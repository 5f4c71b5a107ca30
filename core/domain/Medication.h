#pragma once

#include "core/domain/DrugClass.h"

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

struct MedicationPeriod {
    QDate started;
    std::optional<QDate> stopped; // still being taken while empty
    bool operator==(const MedicationPeriod &) const = default;
};

struct Medication {
    qint64 id = 0;
    QString name;
    DrugClass drugClass = DrugClass::Other;
    QString dose;
    QList<MedicationPeriod> periods;

    bool takenOn(QDate day) const;
    bool operator==(const Medication &) const = default;
};
