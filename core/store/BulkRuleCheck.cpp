#include "core/store/BulkRuleCheck.h"

#include "core/store/Database.h"
#include "core/store/DiaryFormat.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/Statement.h"
#include "core/store/StoreError.h"

namespace {
// Moves `i` past the string, quoted name or comment starting there, if one does.
bool skipQuotedOrComment(const QString &sql, qsizetype &i)
{
    const QChar c = sql.at(i);
    qsizetype end = -1;
    if (c == u'\'' || c == u'"')
        end = sql.indexOf(c, i + 1); // a doubled quote reads as two strings side by side
    else if (c == u'-' && sql.mid(i, 2) == QLatin1StringView("--"))
        end = sql.indexOf(u'\n', i);
    else
        return false;
    i = end < 0 ? sql.size() : end;
    return true;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The expressions of the CHECK rules in `createTable`, as SQLite keeps the statement. A
// read-only connection's integrity check skips CHECK rules, so they are asked for here.
QStringList checkExpressions(const QString &createTable)
{
    QStringList expressions;
    for (qsizetype i = 0; i < createTable.size(); ++i) {
        if (skipQuotedOrComment(createTable, i))
            continue;
        if (createTable.mid(i, 5).compare(QLatin1StringView("CHECK"), Qt::CaseInsensitive) != 0
            || (i > 0 && isWordCharacter(createTable.at(i - 1)))
            || (i + 5 < createTable.size() && isWordCharacter(createTable.at(i + 5))))
            continue;
        qsizetype open = i + 5;
        while (open < createTable.size() && createTable.at(open).isSpace())
            ++open;
        if (open >= createTable.size() || createTable.at(open) != u'(')
            continue;
        int depth = 0;
        for (i = open; i < createTable.size(); ++i) {
            if (skipQuotedOrComment(createTable, i))
                continue;
            if (createTable.at(i) == u'(')
                ++depth;
            else if (createTable.at(i) == u')' && --depth == 0)
                break;
        }
        expressions.append(createTable.mid(open + 1, i - open - 1));
    }
    return expressions;
}

// True when some row of `table` breaks one of the CHECK rules in its `createTable`.
bool anyRowBreaksACheck(Database &db, const QString &table, const QString &createTable)
{
    QStringList broken;
    for (const QString &expression : checkExpressions(createTable))
        broken.append(QStringLiteral("NOT (%1\n)").arg(expression)); // the newline ends a trailing comment
    if (broken.isEmpty())
        return false;
    const QByteArray sql = QStringLiteral("SELECT EXISTS (SELECT 1 FROM \"%1\" WHERE %2)")
                                   .arg(table, broken.join(QStringLiteral(" OR ")))
                                   .toUtf8();
    Statement query(db, sql.constData());
    query.step();
    return query.integer(0) != 0;
}

bool hasColumn(Database &db, const char *table, const char *column)
{
    Statement info(db, "SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2");
    info.bind(1, QString::fromLatin1(table)).bind(2, QString::fromLatin1(column));
    return info.step();
}

// True when some row of `table` meets `condition`.
bool anyRow(Database &db, const char *table, const QString &condition)
{
    const QByteArray sql = QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2)")
                                   .arg(QLatin1StringView(table), condition)
                                   .toUtf8();
    Statement query(db, sql.constData());
    query.step();
    return query.integer(0) != 0;
}
} // namespace

namespace BulkRuleCheck {

bool everyRowKeepsTheRules(Database &db, int version)
{
    try {
        // Another program's rewritten rule would be the one the integrity check enforced.
        if (!SchemaMigrator::hasExactSchema(db, version))
            return false;
        if (Statement keys(db, "PRAGMA foreign_key_check"); keys.step())
            return false;
        Statement tables(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        while (tables.step())
            if (anyRowBreaksACheck(db, tables.text(0), tables.text(1)))
                return false;
        for (const auto &[table, column] : DiaryFormat::DateColumns)
            if (hasColumn(db, table, column)
                && anyRow(db, table, QString::fromLatin1(DiaryFormat::NotADate).arg(QLatin1StringView(column))))
                return false;
        for (const auto &[table, column, limit] : DiaryFormat::TextColumns)
            if (hasColumn(db, table, column)
                && anyRow(db, table,
                          QString::fromLatin1(DiaryFormat::TooLong).arg(QLatin1StringView(column)).arg(limit)))
                return false;
        return true;
    } catch (const StoreError &) {
        return false; // unreadable in part: the row-by-row copy says what and where
    }
}

} // namespace BulkRuleCheck
