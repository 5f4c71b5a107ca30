#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>

// How the columns of another app's CSV become cramps (docs/import-from-other-apps.md).
// Either one row per cramp (date, optional time, severity on its own scale, leg, muscle,
// notes), or a symptom sheet like Flaredown's: one row per day and a column per symptom
// rated 0 to 4, of which one column holds the cramps.
struct ColumnMapping {
    enum class Kind { CrampPerRow, SymptomSheet };

    Kind kind = Kind::CrampPerRow;
    QString date; // a column holding the date, or the date and time
    QString dateFormat = QStringLiteral("yyyy-MM-dd"); // also dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy
    QString time; // optional: a column holding the time of day (HH:mm)
    QString severity; // optional
    int severityMax = 10; // the file's scale, 0 to this; converted to 0 to 10
    QString leg; // optional
    QString muscle; // optional
    QString notes; // optional
    QString symptom; // SymptomSheet: the column of cramp ratings
    QString factorColumn; // optional: a column holding an evening factor for the night
    QString factor; // which factor: a built-in key ("exercise") or the person's own factor's name

    static constexpr int SymptomSheetMax = 4;

    // Strict reading of a mapping file (--map); throws StoreError (Rejected) naming the key.
    static ColumnMapping fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // The columns this mapping reads that `header` lacks.
    QStringList missingFrom(const QStringList &header) const;
    // A first guess from the header: a symptom sheet when it looks like Flaredown's.
    static ColumnMapping guess(const QStringList &header, const QList<QStringList> &firstRows);

    bool operator==(const ColumnMapping &) const = default;
};
