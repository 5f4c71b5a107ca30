#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

// Dates and times as other apps write them: the date in one of a few orders, a 24- or
// 12-hour clock ("23:04", "11:04 PM", "11:04:33 pm"), ISO 8601 with `Z` or an offset, and
// the parts of the day some apps give instead of a time ("pre", "am", "mid", "pm").
namespace ForeignTime {
// The date orders a mapping may name; each also reads days and months without a leading zero.
const QStringList &dateFormats();

// "2026-11-20T03:10:00+01:00" -> date "2026-11-20", time "03:10:00", zone "+01:00".
struct Parts {
    QString date, time, zone;
};
Parts split(const QString &text);

std::optional<QDate> date(const QString &text, const QString &format);
std::optional<QTime> timeOfDay(const QString &text);
// Seconds east of UTC for "Z", "UTC", "GMT", "+01:00", "+0100", "-05"; nullopt otherwise.
std::optional<int> offset(const QString &zone);

// A part of the day as Bearable writes it, placed in its middle: "pre" (midnight to 6 a.m.)
// 03:00, "am" 09:00, "mid" 15:00, "pm" 21:00.
std::optional<QTime> partOfDay(const QString &word);

// The moment a row names, on this computer's wall clock with its offset fixed: a stated
// zone is converted, a time without one is read as this computer's time.
QDateTime moment(QDate date, QTime time, std::optional<int> statedOffset);
// "Europe/Berlin, UTC+01:00": the zone times without one are read in.
QString assumedZone();
} // namespace ForeignTime
