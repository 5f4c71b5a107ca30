#include "core/store/SalvageEntry.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDateTime>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiarySalvage)
};
} // namespace

namespace SalvageEntry {

QString columnText(sqlite3_stmt *row, const QStringList &columns, const char *column)
{
    const qsizetype index = columns.indexOf(QLatin1StringView(column));
    if (index < 0 || sqlite3_column_type(row, int(index)) == SQLITE_NULL)
        return QStringLiteral("?");
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, int(index))));
}

QString describe(const QString &table, sqlite3_stmt *row, const QStringList &columns)
{
    const auto v = [&](const char *column) { return columnText(row, columns, column); };
    if (table == QLatin1StringView("episodes")) {
        bool ok1 = false, ok2 = false;
        const qint64 start = v("start_utc").toLongLong(&ok1);
        const int offset = v("utc_offset_s").toInt(&ok2);
        if (ok1 && ok2 && qAbs(offset) <= 18 * 3600)
            return Text::tr("the cramp of %1 (number %2)")
                    .arg(QDateTime::fromSecsSinceEpoch(start, Qt::OffsetFromUTC, offset)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         v("id"));
        return Text::tr("cramp number %1").arg(v("id"));
    }
    if (table == QLatin1StringView("episode_reliefs"))
        return Text::tr("a relief tried for cramp number %1").arg(v("episode_id"));
    if (table == QLatin1StringView("episode_warning_signs"))
        return Text::tr("a warning sign of cramp number %1").arg(v("episode_id"));
    if (table == QLatin1StringView("factors"))
        return Text::tr("the factor \u201c%1\u201d").arg(v("name"));
    if (table == QLatin1StringView("night_logs"))
        return Text::tr("the check-in of night %1").arg(v("night"));
    if (table == QLatin1StringView("night_factor_values"))
        return Text::tr("a factor value of the check-in of night %1").arg(v("night"));
    if (table == QLatin1StringView("night_medications"))
        return Text::tr("a medicine taken on night %1").arg(v("night"));
    if (table == QLatin1StringView("medications"))
        return Text::tr("the medicine \u201c%1\u201d").arg(v("name"));
    if (table == QLatin1StringView("no_cramp_nights"))
        return Text::tr("\u201cno cramps\u201d on night %1").arg(v("night"));
    if (table == QLatin1StringView("experiments"))
        return Text::tr("the self-experiment from %1").arg(v("start_night"));
    if (table == QLatin1StringView("experiment_nights"))
        return Text::tr("the self-experiment's plan for night %1").arg(v("night"));
    if (table == QLatin1StringView("medication_periods"))
        return Text::tr("a period of taking medicine number %1 (from %2)").arg(v("medication_id"), v("started"));
    return Text::tr("the untracked nights %1 to %2").arg(v("first_night"), v("last_night"));
}

} // namespace SalvageEntry
