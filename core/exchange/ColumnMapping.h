#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// How the columns of another app's CSV become cramps (docs/import-from-other-apps.md).
// Either one row per cramp (date, optional time, severity on its own scale, leg, muscle,
// duration, notes), or a symptom sheet like Flaredown's: one row per day and a column per
// symptom rated 0 to 4, of which one column holds the cramps.
struct ColumnMapping {
    enum class Kind { CrampPerRow, SymptomSheet };
    enum class DurationUnit { Seconds, Minutes };

    Kind kind = Kind::CrampPerRow;
    QString date; // a column holding the date, or the date and time
    QString dateFormat = QStringLiteral("yyyy-MM-dd"); // one of ForeignTime::dateFormats()
    QString time; // optional: a column holding the time of day, or a part of the day ("am")
    QString severity; // optional
    int severityMax = 10; // the file's scale, 0 to this; converted to 0 to 10
    QString leg; // optional; may be the same column as the muscle ("Left outer calf")
    QString muscle; // optional
    QString duration; // optional; "1:30" is always minutes and seconds
    DurationUnit durationUnit = DurationUnit::Seconds;
    QString notes; // optional
    // A file of every kind of reading (Bearable): only rows where one of these columns
    // names a cramp are cramps; the others are left out and counted.
    QStringList crampRowsIn;
    QString symptom; // SymptomSheet: the column of cramp ratings
    QString factorColumn; // optional: a column holding an evening factor for the night
    QString factor; // which factor: a built-in key ("exercise") or the person's own factor's name

    static constexpr int SymptomSheetMax = 4;

    // Strict reading of a mapping file (--map): a key twice, an unknown key or value, or a
    // value of the wrong kind throws StoreError (Rejected) naming the key.
    static ColumnMapping fromJsonText(const QByteArray &text);
    static ColumnMapping fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // The columns this mapping reads that `header` lacks.
    QStringList missingFrom(const QStringList &header) const;
    // A first guess from the header and the first rows. A column becomes the severity or
    // the symptom ratings only when its values are ratings; nothing is guessed otherwise.
    static ColumnMapping guess(const QStringList &header, const QList<QStringList> &firstRows);
    // True when a text names a cramp (cramp, Krampf, charley horse).
    static bool namesACramp(const QString &text);

    bool operator==(const ColumnMapping &) const = default;
};
