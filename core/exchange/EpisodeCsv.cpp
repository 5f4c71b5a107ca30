#include "core/exchange/EpisodeCsv.h"

#include "core/domain/EpisodeValidator.h"
#include "core/exchange/Csv.h"
#include "core/exchange/KnownEpisodes.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EpisodeCsv)
};

QString yesNo(const std::optional<bool> &value)
{
    return value ? (*value ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
}

template<typename T>
QString number(const std::optional<T> &value)
{
    return value ? QString::number(*value) : QString();
}

template<typename E>
QString key(const std::optional<E> &value)
{
    return value ? toKey(*value) : QString();
}

// Collects problems of one row without stopping at the first.
struct RowReader {
    const QStringList &fields;
    const QStringList &header;
    int line;
    CsvImportResult &result;

    QString text(const char *column) const { return fields.value(header.indexOf(QLatin1StringView(column))).trimmed(); }
    void problem(const char *column, const QString &reason)
    {
        result.add({ line, QString::fromLatin1(column), reason });
    }

    std::optional<int> integer(const char *column, int low, int high)
    {
        const QString value = text(column);
        if (value.isEmpty())
            return std::nullopt;
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < low || n > high) {
            problem(column, Text::tr("'%1' is not a whole number from %2 to %3").arg(value).arg(low).arg(high));
            return std::nullopt;
        }
        return n;
    }
    std::optional<bool> flag(const char *column)
    {
        const QString value = text(column).toLower();
        if (value.isEmpty())
            return std::nullopt;
        if (value == QLatin1StringView("yes") || value == QLatin1StringView("no"))
            return value == QLatin1StringView("yes");
        problem(column, Text::tr("'%1' must be yes, no or empty").arg(value));
        return std::nullopt;
    }
    template<typename E>
    std::optional<E> choice(const char *column)
    {
        const QString value = text(column).toLower();
        if (value.isEmpty())
            return std::nullopt;
        if (const auto parsed = fromKey<E>(value))
            return parsed;
        problem(column, Text::tr("'%1' must be one of %2").arg(value, allKeys<E>().join(QStringLiteral(", "))));
        return std::nullopt;
    }
};

// A wall-clock time as written, read as a date and a time in UTC: parsing it as this
// computer's local time looked up the time zone for every row (half an import's time) and
// has no moment for a time in a spring-forward gap. Only the date and time are used.
QDateTime wallClock(const QString &text)
{
    if (text.size() >= 16 && text.at(10) == u'T') {
        const QDate date = QDate::fromString(QStringView(text).left(10), Qt::ISODate);
        const QTime time = QTime::fromString(QStringView(text).mid(11), Qt::ISODate);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    const QDateTime written = QDateTime::fromString(text, Qt::ISODate); // with a zone, say
    return written.isValid() ? QDateTime(written.date(), written.time(), Qt::UTC) : QDateTime();
}
} // namespace

namespace EpisodeCsv {

QStringList columns()
{
    return { QStringLiteral("id"),
             QStringLiteral("night"),
             QStringLiteral("start_local"),
             QStringLiteral("utc_offset_minutes"),
             QStringLiteral("duration_seconds"),
             QStringLiteral("severity"),
             QStringLiteral("leg"),
             QStringLiteral("muscle"),
             QStringLiteral("woke_from_sleep"),
             QStringLiteral("sleep_disturbance"),
             QStringLiteral("sore_afterwards"),
             QStringLiteral("reliefs"),
             QStringLiteral("warning_signs"),
             QStringLiteral("notes") };
}

QString row(const Episode &e, const NightClock &clock)
{
    QStringList reliefs;
    for (const ReliefTried &r : e.reliefs)
        reliefs.append(r.helped ? QStringLiteral("%1:%2").arg(toKey(r.relief), yesNo(r.helped)) : toKey(r.relief));
    QStringList signs;
    for (WarningSign sign : e.warningSigns)
        signs.append(toKey(sign));
    return Csv::row({ QString::number(e.id), clock.nightOf(e.start).toString(Qt::ISODate),
                      e.start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
                      QString::number(e.start.offsetFromUtc() / 60), number(e.durationSeconds), number(e.severity),
                      key(e.leg), key(e.muscle), yesNo(e.wokeFromSleep), number(e.sleepDisturbance),
                      yesNo(e.sorenessAfter), reliefs.join(QLatin1Char(';')), signs.join(QLatin1Char(';')), e.notes });
}

QString write(const QList<Episode> &episodes, const NightClock &clock)
{
    QString out = Csv::row(columns());
    for (const Episode &e : episodes)
        out += row(e, clock);
    return out;
}

bool write(QIODevice &out, const DiaryRepository &diary, const NightClock &clock)
{
    constexpr qsizetype FlushBytes = 64 * 1024;
    QByteArray pending = Csv::row(columns()).toUtf8();
    bool ok = true;
    const auto flush = [&] {
        ok = ok && out.write(pending) == pending.size();
        pending.clear();
    };
    diary.forEachEpisode(clock, [&](const Episode &e) {
        pending += row(e, clock).toUtf8();
        if (pending.size() >= FlushBytes)
            flush();
    });
    flush();
    return ok;
}

CsvImportResult import(DiaryRepository &diary, QIODevice &input)
{
    CsvImportResult result;
    QStringList header;
    // A file exported and imported again, or imported twice, adds nothing twice.
    KnownEpisodes existing;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto checkHeader = [&](const QStringList &first) {
        header = first;
        if (header != columns()) {
            QStringList missing, unknown;
            for (const QString &c : columns())
                if (!header.contains(c))
                    missing.append(c);
            for (const QString &c : header)
                if (!columns().contains(c))
                    unknown.append(c);
            QString reason = Text::tr("the columns must be exactly: %1").arg(columns().join(QLatin1Char(',')));
            if (!missing.isEmpty())
                reason += Text::tr(" (missing: %1)").arg(missing.join(QStringLiteral(", ")));
            if (!unknown.isEmpty())
                reason += Text::tr(" (unknown: %1)").arg(unknown.join(QStringLiteral(", ")));
            result.add({ 1, {}, reason });
            return;
        }
        existing = KnownEpisodes(diary.allEpisodes());
    };
    const auto readRow = [&](int line, const QStringList &fields) {
        if (fields.size() != header.size()) {
            result.add(
                    { line, {}, Text::tr("%1 fields where %2 were expected").arg(fields.size()).arg(header.size()) });
            return;
        }
        bool tooLong = false;
        for (qsizetype c = 0; c < fields.size(); ++c) {
            if (fields[c].size() > CsvImport::MaxFieldLength) {
                result.add({ line, header[c], Text::tr("longer than %1 characters").arg(CsvImport::MaxFieldLength) });
                tooLong = true;
            }
        }
        if (tooLong)
            return;
        RowReader row { fields, header, line, result };
        Episode e;
        const auto offset = row.integer("utc_offset_minutes", -18 * 60, 18 * 60);
        const QDateTime local = wallClock(row.text("start_local"));
        if (!local.isValid() || row.text("start_local").size() < 16)
            row.problem("start_local",
                        Text::tr("'%1' is not a time written YYYY-MM-DDTHH:MM[:SS]").arg(row.text("start_local")));
        else if (local.date().year() < 1900 || local.date().year() > 2200)
            row.problem(
                    "start_local",
                    Text::tr("%1 is not a time a diary can hold (years 1900 to 2200)").arg(row.text("start_local")));
        else if (offset)
            e.start = QDateTime(local.date(), local.time(), Qt::OffsetFromUTC, *offset * 60);
        else if (row.text("utc_offset_minutes").isEmpty())
            row.problem("utc_offset_minutes", Text::tr("the offset from UTC is needed to place the time"));
        e.durationSeconds = row.integer("duration_seconds", 0, EpisodeValidator::MaxDurationSeconds);
        e.severity = row.integer("severity", 0, 10);
        e.leg = row.choice<Leg>("leg");
        e.muscle = row.choice<Muscle>("muscle");
        e.wokeFromSleep = row.flag("woke_from_sleep");
        e.sleepDisturbance = row.integer("sleep_disturbance", 0, 10);
        e.sorenessAfter = row.flag("sore_afterwards");
        for (const QString &item : row.text("reliefs").split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList parts = item.trimmed().split(QLatin1Char(':'));
            const auto relief = fromKey<Relief>(parts.value(0).trimmed());
            const QString helped = parts.value(1).trimmed();
            if (!relief || parts.size() > 2
                || !(helped.isEmpty() || helped == QLatin1StringView("yes") || helped == QLatin1StringView("no"))) {
                row.problem("reliefs",
                            Text::tr("'%1' must be a relief (%2), optionally followed by :yes or :no")
                                    .arg(item, allKeys<Relief>().join(QStringLiteral(", "))));
                continue;
            }
            e.reliefs.append(
                    { *relief,
                      helped.isEmpty() ? std::nullopt : std::optional<bool>(helped == QLatin1StringView("yes")) });
        }
        for (const QString &item : row.text("warning_signs").split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (const auto sign = fromKey<WarningSign>(item.trimmed()))
                e.warningSigns.append(*sign);
            else
                row.problem("warning_signs",
                            Text::tr("'%1' must be one of %2")
                                    .arg(item, allKeys<WarningSign>().join(QStringLiteral(", "))));
        }
        e.notes = Csv::undefuse(fields.value(header.indexOf(QStringLiteral("notes"))));
        if (e.start.isValid()) {
            for (const FieldProblem &p : EpisodeValidator::validate(e, now))
                result.add({ line, p.field == QLatin1StringView("start") ? QStringLiteral("start_local") : p.field,
                             p.message });
        }
        if (!result.ok())
            return; // checked on, but nothing more is written
        if (existing.contains(e)) {
            ++result.skippedDuplicates;
            return;
        }
        try {
            diary.addEpisode(e);
            ++result.imported;
        } catch (const StoreError &error) {
            result.add({ line, {}, Text::tr("the diary refused this row: %1").arg(error.message()) });
        }
    };
    CsvImport::run(diary, input, result, checkHeader, readRow);
    return result;
}

CsvImportResult import(DiaryRepository &diary, const QString &text)
{
    return CsvImport::fromText(text, [&diary](QIODevice &input) { return import(diary, input); });
}

} // namespace EpisodeCsv
