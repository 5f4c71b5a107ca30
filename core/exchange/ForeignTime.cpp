#include "core/exchange/ForeignTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace ForeignTime {

const QStringList &dateFormats()
{
    static const QStringList formats { QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"),
                                       QStringLiteral("MM/dd/yyyy"), QStringLiteral("dd.MM.yyyy"),
                                       QStringLiteral("yyyy/MM/dd"), QStringLiteral("MMM d, yyyy"),
                                       QStringLiteral("d MMM yyyy") };
    return formats;
}

Parts split(const QString &text)
{
    // A clock at the end, with seconds, fractions, AM/PM and a zone as they come.
    static const QRegularExpression clock(
            QStringLiteral("(?:^|[T\\s,])(\\d{1,2}[:.]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[AaPp]\\.?\\s?[Mm]\\.?)?)"
                           "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?\\s*$"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch m = clock.match(trimmed);
    if (!m.hasMatch())
        return { trimmed, {}, {} };
    QString date = trimmed.left(m.capturedStart(1)).trimmed();
    while (date.endsWith(QLatin1Char('T')) || date.endsWith(QLatin1Char(',')))
        date.chop(1);
    return { date.trimmed(), m.captured(1).trimmed(), m.captured(2) };
}

std::optional<QDate> date(const QString &text, const QString &format)
{
    // Qt reads "d" and "M" with or without a leading zero; "dd" and "MM" only with one.
    QString lenient = format;
    if (!format.contains(QLatin1String("MMM")))
        lenient.replace(QStringLiteral("dd"), QStringLiteral("d")).replace(QStringLiteral("MM"), QStringLiteral("M"));
    const QDate parsed = QDate::fromString(text.trimmed(), lenient);
    if (!parsed.isValid() || parsed.year() < 1900 || parsed.year() > 2200)
        return std::nullopt;
    return parsed;
}

std::optional<QTime> timeOfDay(const QString &text)
{
    QString t = text.trimmed().toUpper();
    static const QRegularExpression dotClock(QStringLiteral("^(\\d{1,2})\\.(\\d{2})")); // "4.05"
    t.replace(dotClock, QStringLiteral("\\1:\\2"));
    static const QRegularExpression meridiem(QStringLiteral("\\s*([AP])\\.?\\s?M\\.?$"));
    std::optional<bool> pm;
    if (const QRegularExpressionMatch m = meridiem.match(t); m.hasMatch()) {
        pm = m.captured(1) == QLatin1String("P");
        t.truncate(m.capturedStart());
    }
    QTime time;
    for (const char *format : { "H:mm", "H:mm:ss", "H:mm:ss.zzz" }) {
        time = QTime::fromString(t.trimmed(), QLatin1String(format));
        if (time.isValid())
            break;
    }
    if (!time.isValid())
        return std::nullopt;
    if (pm) {
        if (time.hour() < 1 || time.hour() > 12)
            return std::nullopt; // "0:30 AM" and "13:00 PM" are no 12-hour times
        time = QTime(time.hour() % 12 + (*pm ? 12 : 0), time.minute(), time.second(), time.msec());
    }
    return time;
}

std::optional<int> offset(const QString &zone)
{
    const QString z = zone.trimmed().toUpper();
    if (z == QLatin1String("Z") || z == QLatin1String("UTC") || z == QLatin1String("GMT"))
        return 0;
    static const QRegularExpression numeric(QStringLiteral("^([+-])(\\d{2}):?(\\d{2})?$"));
    const QRegularExpressionMatch m = numeric.match(z);
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.captured(2).toInt(), minutes = m.captured(3).toInt();
    if (hours > 18 || minutes > 59)
        return std::nullopt;
    return (m.captured(1) == QLatin1String("-") ? -1 : 1) * (hours * 3600 + minutes * 60);
}

std::optional<QTime> partOfDay(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("pre"))
        return QTime(3, 0);
    if (w == QLatin1String("am"))
        return QTime(9, 0);
    if (w == QLatin1String("mid"))
        return QTime(15, 0);
    if (w == QLatin1String("pm"))
        return QTime(21, 0);
    return std::nullopt;
}

QDateTime moment(QDate date, QTime time, std::optional<int> statedOffset)
{
    QDateTime local = statedOffset ? QDateTime(date, time, Qt::OffsetFromUTC, *statedOffset).toLocalTime()
                                   : QDateTime(date, time);
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

QString assumedZone()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString offset = QTimeZone(now.offsetFromUtc()).displayName(now, QTimeZone::OffsetName);
    const QString id = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return id.isEmpty() ? offset : QStringLiteral("%1, %2").arg(id, offset);
}

} // namespace ForeignTime
