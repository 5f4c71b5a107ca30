#include "core/domain/TypedTime.h"

#include <QRegularExpression>

std::optional<QTime> TypedTime::read(const QString &typed)
{
    // hours, then minutes after ':' or '.', or glued on as two digits; then am/pm.
    static const QRegularExpression pattern(
            QStringLiteral(R"(^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(typed);
    if (!m.hasMatch())
        return std::nullopt;
    int hour = m.captured(1).toInt();
    const int minute = m.capturedLength(2) ? m.captured(2).toInt() : 0;
    if (const QString half = m.captured(3).toLower(); !half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (half == QLatin1String("p") ? 12 : 0);
    }
    if (hour > 23 || minute > 59)
        return std::nullopt;
    return QTime(hour, minute);
}
