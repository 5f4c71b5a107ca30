#include "core/store/DiarySalvage.h"

#include "core/store/BulkRuleCheck.h"
#include "core/store/Database.h"
#include "core/store/DiaryFormat.h"
#include "core/store/DiaryHeader.h"
#include "core/store/DiaryLock.h"
#include "core/store/RepairSwap.h"
#include "core/store/SalvageEntry.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/Statement.h"
#include "core/store/StoreError.h"

#include <memory>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiarySalvage)
};

// Parents before the rows that refer to them, so foreign keys can be checked row by row.
const char *const TablesInOrder[] = {
    "factors",         "medications",           "medication_periods", "untracked_periods",   "episodes",
    "episode_reliefs", "episode_warning_signs", "night_logs",         "night_factor_values", "night_medications",
    "no_cramp_nights", "experiments",           "experiment_nights",  "diary_identity",      "visit_questions"
};

// Only read: with no log beside the file nobody writes it, so SQLite need create nothing.
std::unique_ptr<Database> openForReading(const QString &path)
{
    const QString uri = QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/"))
            + (QFileInfo::exists(path + QStringLiteral("-wal")) ? QStringLiteral("?mode=ro")
                                                                : QStringLiteral("?mode=ro&immutable=1"));
    return std::make_unique<Database>(uri, Database::Mode::ReadOnly);
}

QStringList columnsOf(Database &db, const QString &table)
{
    QStringList columns;
    Statement info(db, "SELECT name FROM pragma_table_info(?1)");
    info.bind(1, table);
    while (info.step())
        columns.append(info.text(0));
    return columns;
}

// Why the diary refused a row, in plain words naming the value at fault.
QString reasonFor(Database &target, sqlite3_stmt *row, const QStringList &columns)
{
    const int code = sqlite3_extended_errcode(target.handle());
    const QString engine = QString::fromUtf8(sqlite3_errmsg(target.handle()));
    if (code == SQLITE_CONSTRAINT_CHECK || code == SQLITE_CONSTRAINT_NOTNULL) {
        // The engine names the rule; the first of the row's columns it mentions is the one at fault.
        static const QRegularExpression word(QStringLiteral("[A-Za-z_]+"));
        for (auto it = word.globalMatch(engine.section(QLatin1Char(':'), 1)); it.hasNext();) {
            QString name = it.next().captured();
            if (!columns.contains(name))
                continue;
            const QString current = SalvageEntry::columnText(row, columns, name.toUtf8().constData());
            if (code == SQLITE_CONSTRAINT_NOTNULL || current == QLatin1StringView("?"))
                return Text::tr("%1 is missing").arg(name);
            return Text::tr("%1 is %2, which the diary does not allow").arg(name, current.left(40));
        }
    }
    if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
        return Text::tr("it belongs to an entry that is not in the diary or was itself left out");
    if (code == SQLITE_CONSTRAINT_TRIGGER && columns.contains(engine)) // refuseWhatNoWriterWrites names the column
        return Text::tr("%1 is %2, which is not a date")
                .arg(engine, SalvageEntry::columnText(row, columns, engine.toUtf8().constData()));
    if (const QString column = engine.section(QStringLiteral("too long: "), 1);
        code == SQLITE_CONSTRAINT_TRIGGER && columns.contains(column))
        return Text::tr("its \u201c%1\u201d holds %2 characters, more than a diary keeps")
                .arg(column,
                     QLocale().toString(SalvageEntry::columnText(row, columns, column.toUtf8().constData()).size()));
    return Database::plainReason(code);
}

class Salvage
{
public:
    enum class Purpose { Inspect, Repair };

    Salvage(const QString &path, const QString &target, Purpose purpose)
        : m_path(path)
        , m_target(target)
        , m_purpose(purpose)
    {
    }

    DiarySalvage::Report run()
    {
        // With a log beside the file, a header ahead of the file's end is a writing-back the
        // disk cut short (a full disk): the log still holds those pages, read with it below.
        if (const auto header = DiaryHeader::read(m_path);
            header && !header->isComplete() && !QFileInfo::exists(m_path + QStringLiteral("-wal")))
            m_report.structure.append(Text::tr("The file is cut short: its last pages are missing."));
        std::unique_ptr<Database> source;
        int version = 0;
        try {
            source = openForReading(m_path);
            // Lets SQLite read a file shorter than its header says, instead of refusing it whole.
            source->execute(QStringLiteral("PRAGMA writable_schema = ON"));
            Statement read(*source, "PRAGMA user_version");
            read.step();
            version = read.integer(0);
            Statement id(*source, "PRAGMA application_id");
            id.step();
            if (id.integer(0) != DiaryFormat::ApplicationId)
                throw StoreError(StoreError::Kind::NotADiary,
                                 Text::tr("%1 is not a Cramp Diary, so there is nothing to check.").arg(m_path));
        } catch (const StoreError &error) {
            if (error.kind() == StoreError::Kind::NotADiary)
                throw;
            m_report.structure.append(Text::tr("Nothing in the file can be read: %1").arg(error.message()));
            return m_report;
        }
        if (version < 1 || version > SchemaMigrator::latestVersion())
            throw StoreError(StoreError::Kind::NotADiary,
                             Text::tr("%1 has a diary format this version does not know (%2), so it cannot be "
                                      "checked or repaired.")
                                     .arg(m_path)
                                     .arg(version));
        m_report.readable = true;
        checkStructure(*source);
        for (const QString &missing : SchemaMigrator::missingTables(*source, version))
            m_report.structure.append(Text::tr("Part of the diary is missing: %1.").arg(missing));
        for (const QString &foreign : SchemaMigrator::foreignObjects(*source, version))
            m_report.structure.append(
                    Text::tr("Not part of a diary: %1, added by another program; a repair leaves it out.")
                            .arg(foreign));
        // A sound diary is told so in a few whole-table queries; the copy below is for a
        // repair and for naming each entry at fault.
        // An older diary is counted as the upgraded copy would be, so it is copied too.
        if (m_purpose == Purpose::Inspect && version == SchemaMigrator::latestVersion() && m_pagesSound
            && m_report.structure.isEmpty() && BulkRuleCheck::everyRowKeepsTheRules(*source, version)) {
            count(*source);
            return m_report;
        }

        Database target(m_target, Database::Mode::ReadWrite);
        SchemaMigrator::migrate(target, 0, version);
        refuseWhatNoWriterWrites(target);
        target.execute(QStringLiteral("DELETE FROM factors; PRAGMA foreign_keys = ON; BEGIN"));
        keepIdentityOf(*source, target);
        for (const char *table : TablesInOrder)
            copyTable(*source, target, QString::fromLatin1(table));
        target.execute(QStringLiteral("COMMIT"));
        SchemaMigrator::migrate(target, version);
        count(target);
        for (auto it = m_detailsLeftOut.cbegin(); it != m_detailsLeftOut.cend(); ++it)
            m_report.leftOut[it.key()].reason
                    += Text::tr(" (its %n detail(s), such as reliefs or factor values, were left out with it)", nullptr,
                                it.value());
        return m_report;
    }

private:
    // The schema's date columns take any digits in the date's shape; a row whose date is
    // no date is left out of the repair and named (SQLite's date() keeps 2025-02-30 as it
    // is; '+0 days' turns it into 2025-03-02). Temporary triggers of this connection only:
    // nothing of them is written into the repaired file.
    void refuseWhatNoWriterWrites(Database &target)
    {
        int n = 0;
        for (const auto &[table, column] : DiaryFormat::DateColumns) {
            if (!columnsOf(target, QString::fromLatin1(table)).contains(QLatin1StringView(column)))
                continue;
            const QString notADate = QString::fromLatin1(DiaryFormat::NotADate)
                                             .arg(QStringLiteral("NEW.") + QLatin1StringView(column));
            target.execute(QStringLiteral("CREATE TEMP TRIGGER date_%1 BEFORE INSERT ON main.%2 WHEN %3 "
                                          "BEGIN SELECT RAISE(ABORT, '%4'); END")
                                   .arg(++n)
                                   .arg(QLatin1StringView(table), notADate, QLatin1StringView(column)));
        }
        for (const auto &[table, column, limit] : DiaryFormat::TextColumns) {
            if (!columnsOf(target, QString::fromLatin1(table)).contains(QLatin1StringView(column)))
                continue;
            const QString tooLong = QString::fromLatin1(DiaryFormat::TooLong)
                                            .arg(QStringLiteral("NEW.") + QLatin1StringView(column))
                                            .arg(limit);
            target.execute(QStringLiteral("CREATE TEMP TRIGGER text_%1 BEFORE INSERT ON main.%2 WHEN %3 "
                                          "BEGIN SELECT RAISE(ABORT, 'too long: %4'); END")
                                   .arg(++n)
                                   .arg(QLatin1StringView(table), tooLong, QLatin1StringView(column)));
        }
    }

    // The diary keeps its own identity when it can be read; otherwise the repaired diary
    // keeps the new one its schema drew, so its exports still have ids.
    void keepIdentityOf(Database &source, Database &target)
    {
        try {
            Statement identity(source, "SELECT count(*) FROM diary_identity WHERE length(uuid) = 36");
            if (identity.step() && identity.integer(0) == 1)
                target.execute(QStringLiteral("DELETE FROM diary_identity"));
        } catch (const StoreError &) {
            // a diary from before schema 6, or the table is unreadable
        }
    }

    void checkStructure(Database &source)
    {
        try {
            Statement check(source, "PRAGMA integrity_check(20)");
            int problems = 0;
            m_pagesSound = true;
            while (check.step()) {
                const QString line = check.text(0);
                m_pagesSound = m_pagesSound && line == QLatin1StringView("ok");
                // Rule-breaking rows are named one by one by the copy below.
                if (line != QLatin1StringView("ok") && !line.startsWith(QLatin1StringView("CHECK constraint"))
                    && !line.startsWith(QLatin1StringView("NULL value")))
                    ++problems;
            }
            if (problems > 0)
                m_report.structure.append(Text::tr("SQLite's integrity check found %n problem(s) in the file's pages.",
                                                   nullptr, problems));
        } catch (const StoreError &) {
            m_report.structure.append(Text::tr("SQLite's integrity check could not finish: the file is damaged."));
        }
    }

    void copyTable(Database &source, Database &target, const QString &table)
    {
        const QStringList columns = columnsOf(target, table);
        if (columns.isEmpty())
            return; // not part of this diary format
        const QStringList present = columnsOf(source, table);
        if (present.isEmpty())
            return; // counted by missingTables
        QStringList selected;
        for (const QString &column : columns)
            selected.append(present.contains(column) ? column : QStringLiteral("NULL"));
        const QByteArray select
                = QStringLiteral("SELECT %1 FROM %2").arg(selected.join(QLatin1Char(',')), table).toUtf8();
        const QByteArray insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                          .arg(table, columns.join(QLatin1Char(',')),
                                               QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')))
                                          .toUtf8();
        sqlite3_stmt *from = nullptr;
        sqlite3_stmt *to = nullptr;
        if (sqlite3_prepare_v2(source.handle(), select.constData(), -1, &from, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(target.handle(), insert.constData(), -1, &to, nullptr) != SQLITE_OK) {
            m_report.structure.append(Text::tr("The %1 of the diary cannot be read.").arg(table));
        } else {
            int rc = SQLITE_ROW;
            while ((rc = sqlite3_step(from)) == SQLITE_ROW) {
                for (int i = 0; i < columns.size(); ++i)
                    sqlite3_bind_value(to, i + 1, sqlite3_column_value(from, i));
                if (sqlite3_step(to) != SQLITE_DONE)
                    leaveOut(table, from, columns, target);
                sqlite3_reset(to);
            }
            if (rc != SQLITE_DONE)
                m_report.structure.append(
                        Text::tr("Some rows of %1 could not be read: %2.").arg(table, Database::plainReason(rc)));
        }
        sqlite3_finalize(from);
        sqlite3_finalize(to);
    }

    // A detail of an entry already left out (a relief of a refused cramp) goes with it
    // rather than being listed on its own.
    void leaveOut(const QString &table, sqlite3_stmt *row, const QStringList &columns, Database &target)
    {
        static const struct {
            const char *child, *column, *parent, *parentKey;
        } details[] = { { "episode_reliefs", "episode_id", "episodes", "id" },
                        { "episode_warning_signs", "episode_id", "episodes", "id" },
                        { "night_factor_values", "night", "night_logs", "night" },
                        { "night_medications", "night", "night_logs", "night" },
                        { "medication_periods", "medication_id", "medications", "id" },
                        { "experiment_nights", "experiment_id", "experiments", "id" } };
        if (sqlite3_extended_errcode(target.handle()) == SQLITE_CONSTRAINT_FOREIGNKEY) {
            for (const auto &d : details) {
                if (table != QLatin1StringView(d.child))
                    continue;
                const auto parent = m_leftOutByKey.constFind(QLatin1StringView(d.parent) + QLatin1Char(':')
                                                             + SalvageEntry::columnText(row, columns, d.column));
                if (parent != m_leftOutByKey.cend()) {
                    ++m_detailsLeftOut[*parent];
                    return;
                }
            }
        }
        for (const auto &d : details)
            if (table == QLatin1StringView(d.parent))
                m_leftOutByKey.insert(table + QLatin1Char(':') + SalvageEntry::columnText(row, columns, d.parentKey),
                                      int(m_report.leftOut.size()));
        m_report.leftOut.append({ SalvageEntry::describe(table, row, columns), reasonFor(target, row, columns) });
    }

    void count(Database &diary)
    {
        const auto rows = [&diary](const char *sql) {
            Statement statement(diary, sql);
            statement.step();
            return statement.integer(0);
        };
        m_report.cramps = rows("SELECT count(*) FROM episodes");
        m_report.checkIns = rows("SELECT count(*) FROM night_logs");
        m_report.medicines = rows("SELECT count(*) FROM medications");
        m_report.factors = rows("SELECT count(*) FROM factors");
        m_report.untrackedPeriods = rows("SELECT count(*) FROM untracked_periods");
    }

    QString m_path;
    QString m_target;
    Purpose m_purpose;
    bool m_pagesSound = false; // SQLite's integrity check said only "ok"
    DiarySalvage::Report m_report;
    QHash<QString, int> m_leftOutByKey; // "episodes:17" -> its place in m_report.leftOut
    QMap<int, int> m_detailsLeftOut; // place in m_report.leftOut -> details left out with it
};
} // namespace

namespace DiarySalvage {

QString Report::keptSummary() const
{
    QStringList parts { Text::tr("%n cramp(s)", nullptr, cramps), Text::tr("%n check-in(s)", nullptr, checkIns),
                        Text::tr("%n medicine(s)", nullptr, medicines), Text::tr("%n factor(s)", nullptr, factors) };
    if (untrackedPeriods > 0)
        parts.append(Text::tr("%n untracked period(s)", nullptr, untrackedPeriods));
    return parts.join(QStringLiteral(", "));
}

QStringList Report::lines() const
{
    QStringList all = structure;
    for (const LeftOut &row : leftOut)
        all.append(Text::tr("%1: %2").arg(row.entry, row.reason));
    return all;
}

Report inspect(const QString &path)
{
    return Salvage(path, QStringLiteral(":memory:"), Salvage::Purpose::Inspect).run();
}

Report salvageInto(const QString &path, const QString &target)
{
    return Salvage(path, target, Salvage::Purpose::Repair).run();
}

Repair repairInPlace(const QString &path)
{
    const DiaryLock lock(path); // no writer may change the file while it is copied and swapped
    Repair result;
    if (const QString finished = RepairSwap::finishPending(path); !finished.isEmpty()) {
        // A kill interrupted the last repair after its copy was complete: that one is finished
        // first, and the diary it put in place is what is checked now.
        result.damagedCopy = finished;
    }
    const QString partial = path + QStringLiteral(".repaired.partial");
    QFile::remove(partial);
    try {
        result.report = salvageInto(path, partial);
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    if (result.report.healthy() || !result.report.readable) {
        QFile::remove(partial);
        return result;
    }
    // Complete, it waits under its ready name; from here a kill is rolled forward.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(partial, RepairSwap::readyPath(path, stamp))) {
        QFile::remove(partial);
        throw StoreError(StoreError::Kind::Io,
                         Text::tr("Cannot keep the repaired copy beside %1; the diary was not changed.").arg(path));
    }
    result.damagedCopy = RepairSwap::swap(path, stamp);
    return result;
}

} // namespace DiarySalvage
