#include "core/domain/DateText.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DateText)
};

QString format(QDate date, const QString &pattern)
{
    return QLocale().toString(date, pattern);
}
} // namespace

namespace DateText {

QString longDay(QDate d)
{
    return format(d, Text::tr("dddd d MMMM", "date pattern as in QDate::toString: Sunday 22 November"));
}

QString shortDay(QDate d)
{
    return format(d, Text::tr("ddd d MMM", "date pattern as in QDate::toString: Sun 22 Nov"));
}

QString shortDayWithYear(QDate d)
{
    return format(d, Text::tr("ddd d MMM yyyy", "date pattern as in QDate::toString: Sun 22 Nov 2026"));
}

QString date(QDate d)
{
    return format(d, datePattern());
}

QString datePattern()
{
    return Text::tr("d MMM yyyy", "date pattern as in QDate::toString: 22 Nov 2026");
}

QString dayMonth(QDate d)
{
    return format(d, dayMonthPattern());
}

QString dayMonthPattern()
{
    return Text::tr("d MMM", "date pattern as in QDate::toString: 22 Nov");
}

QString axisDayMonth(QDate d)
{
    return format(d, Text::tr("d MMM", "narrowest date pattern as in QDate::toString, under a chart's bar: 22 Nov"));
}

QString month(QDate d)
{
    return format(d, Text::tr("MMM", "date pattern as in QDate::toString: Nov"));
}

QString monthYear(QDate d)
{
    return format(d, Text::tr("MMM yy", "date pattern as in QDate::toString: Nov 26"));
}

QString year(QDate d)
{
    return QString::number(d.year());
}

QString time(QTime t)
{
    return QLocale().toString(t, Text::tr("HH:mm", "time pattern as in QTime::toString: 03:10"));
}

QString time(const QDateTime &moment)
{
    return time(moment.time());
}

QString dateTime(const QDateTime &moment)
{
    return Text::tr("%1 %2", "a date, then a time: 22 Nov 2026 03:10").arg(date(moment.date()), time(moment.time()));
}

} // namespace DateText
