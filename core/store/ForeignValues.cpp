#include "core/store/ForeignValues.h"

#include "core/store/Database.h"
#include "core/store/DiaryFormat.h"
#include "core/store/Statement.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiaryFile)
};

// The first `shown` of a row of `table` that `where` picks; empty when none (or the table
// is not in this version's format yet).
QString firstFound(Database &db, const char *table, const QString &where, const QString &shown)
{
    try {
        const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT 1")
                                       .arg(shown, QLatin1StringView(table), where)
                                       .toUtf8();
        Statement select(db, sql.constData());
        if (select.step())
            return select.text(0);
    } catch (const StoreError &) {
    }
    return {};
}
} // namespace

void ForeignValues::refuse(Database &db, const QString &path)
{
    for (const auto &[table, column] : DiaryFormat::DateColumns) {
        const QString where = QString::fromLatin1(DiaryFormat::NotADate).arg(QLatin1StringView(column));
        if (const QString found = firstFound(db, table, where, QLatin1StringView(column)); !found.isEmpty())
            throw StoreError(StoreError::Kind::Damaged,
                             Text::tr("%1 holds an impossible date (\u201c%2\u201d), perhaps written by another "
                                      "program. It was left untouched; `cramp-diary check` names the entry and "
                                      "`cramp-diary check --repair` saves everything else.")
                                     .arg(path, found.left(40)));
    }
    for (const auto &[table, column, limit] : DiaryFormat::TextColumns) {
        const QString where = QString::fromLatin1(DiaryFormat::TooLong).arg(QLatin1StringView(column)).arg(limit);
        const QString shown = QStringLiteral("length(%1)").arg(QLatin1StringView(column));
        if (const QString found = firstFound(db, table, where, shown); !found.isEmpty())
            throw StoreError(StoreError::Kind::Damaged,
                             Text::tr("%1 holds a text of %2 characters, longer than the %3 a diary keeps, perhaps "
                                      "written by another program. It was left untouched; `cramp-diary check` names "
                                      "the entry and `cramp-diary check --repair` saves everything else.")
                                     .arg(path, QLocale().toString(found.toLongLong()), QLocale().toString(limit)));
    }
}
