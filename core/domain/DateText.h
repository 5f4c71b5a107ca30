#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Dates and times as people read them, in the language of the app: each form is a pattern
// the translation gives (German writes "So., 22. Nov."), applied by QLocale so day and
// month names are the language's own. Files and exports keep ISO dates.
namespace DateText {
QString longDay(QDate date); // Sunday 22 November
QString shortDay(QDate date); // Sun 22 Nov
QString shortDayWithYear(QDate date); // Sun 22 Nov 2026
QString date(QDate date); // 22 Nov 2026
QString datePattern(); // the pattern of date(), for a date edit
QString dayMonth(QDate date); // 22 Nov
QString dayMonthPattern(); // the pattern of dayMonth(), for a chart's date axis
QString axisDayMonth(QDate date); // the narrowest day and month, under a chart's bar: 22 Nov (German 22.11.)
QString month(QDate date); // Nov
QString monthYear(QDate date); // Nov 26
QString year(QDate date); // 2026
QString time(QTime time); // 03:10
QString time(const QDateTime &moment); // the wall-clock time of `moment`
QString dateTime(const QDateTime &moment); // 22 Nov 2026 03:10
} // namespace DateText
