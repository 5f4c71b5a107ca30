#include "core/exchange/MappedImport.h"

#include "core/domain/Episode.h"
#include "core/domain/EpisodeValidator.h"
#include "core/domain/FactorValueCheck.h"
#include "core/domain/NightLog.h"
#include "core/exchange/CsvReader.h"
#include "core/exchange/ForeignTime.h"
#include "core/exchange/ForeignWords.h"
#include "core/exchange/KnownEpisodes.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <cmath>

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MappedImport)
};

class Importer
{
public:
    Importer(DiaryRepository &diary, const ColumnMapping &mapping, const NightClock &clock, CsvImportResult &result,
             ImportForecast *forecast, MappedImport::Changes *changes)
        : m_diary(diary)
        , m_mapping(mapping)
        , m_clock(clock)
        , m_result(result)
        , m_forecast(forecast)
        , m_changes(changes)
    {
    }

    void header(const QStringList &columns)
    {
        m_header = columns;
        for (const QString &missing : m_mapping.missingFrom(columns))
            m_result.add({ 1, missing, Text::tr("the mapping names this column, but the file has none by that name") });
        if (!m_mapping.factor.isEmpty()) {
            for (const Factor &f : m_diary.factors(true))
                if (f.builtinKey == m_mapping.factor || (!f.isBuiltin() && f.name == m_mapping.factor))
                    m_factor = f;
            if (!m_factor)
                m_result.add({ 1, m_mapping.factorColumn,
                               Text::tr("the mapping names the factor \u201c%1\u201d, which this diary does not have")
                                       .arg(m_mapping.factor) });
        }
        if (!m_result.ok())
            return;
        m_existing = KnownEpisodes(m_diary.allEpisodes());
    }

    void row(int line, QStringList fields)
    {
        // Another app may end a row early (Flaredown leaves out the weather of a day without
        // it): the missing last fields are empty. More fields than the header is a mistake.
        if (fields.size() > m_header.size()) {
            m_result.add(
                    { line, {}, Text::tr("%1 fields where %2 were expected").arg(fields.size()).arg(m_header.size()) });
            return;
        }
        while (fields.size() < m_header.size())
            fields.append(QString());
        const auto value = [&](const QString &column) {
            return column.isEmpty() ? QString() : fields.value(m_header.indexOf(column)).trimmed();
        };
        if (!m_mapping.crampRowsIn.isEmpty()) {
            bool cramp = false;
            for (const QString &column : m_mapping.crampRowsIn)
                cramp = cramp || ColumnMapping::namesACramp(value(column));
            if (!cramp) {
                ++m_result.otherRows;
                if (m_forecast)
                    ++m_forecast->otherRows;
                return;
            }
        }
        const QString dateText = value(m_mapping.date);
        const ForeignTime::Parts parts = ForeignTime::split(dateText);
        const std::optional<QDate> date = ForeignTime::date(parts.date, m_mapping.dateFormat);
        if (!date) {
            m_result.add({ line, m_mapping.date,
                           Text::tr("'%1' is not a date written %2").arg(dateText, m_mapping.dateFormat) });
            return;
        }
        const std::optional<FactorValue> factorValue = factorFrom(line, value(m_mapping.factorColumn));
        if (m_mapping.kind == ColumnMapping::Kind::SymptomSheet)
            symptomRow(line, *date, value(m_mapping.symptom), factorValue);
        else
            crampRow(line, *date, parts, value, factorValue);
    }

private:
    // The evening factor a row gives for its night, read as that factor's kind.
    std::optional<FactorValue> factorFrom(int line, const QString &text)
    {
        if (!m_factor || text.isEmpty())
            return std::nullopt;
        FactorValue parsed;
        bool ok = true;
        const QString word = text.toLower();
        switch (m_factor->kind) {
        case FactorKind::YesNo:
            ok = QStringList { QStringLiteral("yes"),  QStringLiteral("y"),    QStringLiteral("ja"),
                               QStringLiteral("1"),    QStringLiteral("true"), QStringLiteral("no"),
                               QStringLiteral("n"),    QStringLiteral("nein"), QStringLiteral("0"),
                               QStringLiteral("false") }
                         .contains(word);
            parsed = word == QLatin1StringView("yes") || word == QLatin1StringView("y")
                    || word == QLatin1StringView("ja") || word == QLatin1StringView("1")
                    || word == QLatin1StringView("true");
            break;
        case FactorKind::Number:
            parsed = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            break;
        case FactorKind::Choice: parsed = text; break;
        }
        const QString problem = ok ? FactorValueCheck::problem(*m_factor, parsed)
                                   : Text::tr("\u201c%1\u201d is not a value of this factor").arg(text);
        if (!problem.isEmpty()) {
            m_result.add({ line, m_mapping.factorColumn, problem });
            return std::nullopt;
        }
        return parsed;
    }

    // A night's check-in gets the factor's value unless the person already gave one; a new
    // check-in is made only where the file says the night was tracked or gives a value.
    void markNight(int line, QDate night, const std::optional<FactorValue> &value, bool tracked, const QString &notes)
    {
        if (!m_result.ok() || (!tracked && !value))
            return;
        std::optional<NightLog> log = m_diary.nightLog(night);
        const std::optional<NightLog> before = log;
        const bool created = !log;
        if (created) {
            log = NightLog {};
            log->night = night;
            log->checkedInAt = QDateTime::currentDateTimeUtc();
            log->notes = notes;
        }
        const bool addsValue = value && !log->values.contains(m_factor->id);
        if (addsValue)
            log->values.insert(m_factor->id, *value);
        if (created && m_forecast)
            ++m_forecast->checkIns;
        if (created || addsValue)
            write(line, [&] {
                m_diary.saveNightLog(*log);
                if (m_changes)
                    m_changes->nights.append({ before, *log });
            });
    }

    // The moment of a cramp: the time in the date column or the time column, a clock (24- or
    // 12-hour) or a part of the day; a zone the file states is converted to this computer's.
    std::optional<QDateTime> startOf(int line, QDate date, const ForeignTime::Parts &inDate, const QString &timeColumn,
                                     QString &note, bool &approximate)
    {
        const QString column = m_mapping.time.isEmpty() ? m_mapping.date : m_mapping.time;
        const ForeignTime::Parts parts = m_mapping.time.isEmpty() ? inDate : ForeignTime::split(timeColumn);
        const QString timeText = m_mapping.time.isEmpty() || !parts.time.isEmpty() ? parts.time : timeColumn;
        approximate = timeText.isEmpty();
        if (timeText.isEmpty())
            return ForeignTime::moment(date, QTime(MappedImport::AssumedHour, 0), std::nullopt);
        std::optional<int> offset;
        if (const QString zone = parts.zone.isEmpty() ? inDate.zone : parts.zone; !zone.isEmpty()) {
            offset = ForeignTime::offset(zone);
            if (!offset) {
                m_result.add({ line, column, Text::tr("'%1' is not a time zone this import reads").arg(zone) });
                return std::nullopt;
            }
        }
        if (const auto clock = ForeignTime::timeOfDay(timeText))
            return ForeignTime::moment(date, *clock, offset);
        if (const auto part = ForeignTime::partOfDay(timeText)) {
            approximate = true;
            note = Text::tr("Time of day in the file: \u201c%1\u201d; placed at %2.")
                           .arg(timeText, part->toString(QStringLiteral("HH:mm")));
            return ForeignTime::moment(date, *part, std::nullopt);
        }
        m_result.add({ line, column,
                       Text::tr("'%1' is not a time (such as 23:04, 11:04 PM or a part of the day: pre, am, mid, pm)")
                               .arg(timeText) });
        return std::nullopt;
    }

    void crampRow(int line, QDate date, const ForeignTime::Parts &inDate,
                  const std::function<QString(const QString &)> &value, const std::optional<FactorValue> &factorValue)
    {
        const auto problem = [&](const QString &column, const QString &reason) {
            m_result.add({ line, column, reason });
        };
        Episode e;
        QStringList notes;
        QString timeNote;
        bool approximate = false;
        const std::optional<QDateTime> start
                = startOf(line, date, inDate, value(m_mapping.time), timeNote, approximate);
        if (!start)
            return;
        e.start = *start;
        if (!timeNote.isEmpty())
            notes.append(timeNote);
        if (const QString text = value(m_mapping.severity); !text.isEmpty()) {
            bool ok = false;
            const double rating = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            if (!ok || rating < 0 || rating > m_mapping.severityMax)
                problem(m_mapping.severity,
                        Text::tr("'%1' is not a number from 0 to %2").arg(text).arg(m_mapping.severityMax));
            else
                e.severity = MappedImport::severityFrom(rating, m_mapping.severityMax);
        }
        if (const QString text = value(m_mapping.leg); !text.isEmpty()) {
            e.leg = ForeignWords::leg(text);
            if (!e.leg)
                problem(m_mapping.leg, Text::tr("'%1' is not a leg (left, right or both)").arg(text));
        }
        if (const QString text = value(m_mapping.muscle); !text.isEmpty()) {
            e.muscle = ForeignWords::muscle(text);
            if (*e.muscle == Muscle::Other)
                notes.append(Text::tr("Where: %1").arg(text));
        }
        if (const QString text = value(m_mapping.duration); !text.isEmpty()) {
            e.durationSeconds = ForeignWords::duration(text, m_mapping.durationUnit);
            if (!e.durationSeconds)
                problem(m_mapping.duration,
                        m_mapping.durationUnit == ColumnMapping::DurationUnit::Minutes
                                ? Text::tr("'%1' is not a duration in minutes (such as 2, 1.5 or 1:30)").arg(text)
                                : Text::tr("'%1' is not a duration in seconds (such as 90 or 1:30)").arg(text));
        }
        if (const QString text = value(m_mapping.notes); !text.isEmpty())
            notes.append(text);
        e.notes = notes.join(QLatin1Char('\n'));
        for (const FieldProblem &p : EpisodeValidator::validate(e, QDateTime::currentDateTimeUtc()))
            problem(p.field == QLatin1StringView("start") ? m_mapping.date : p.field, p.message);
        markNight(line, m_clock.nightOf(e.start), factorValue, false, Text::tr("Imported from another app."));
        add(line, e, m_clock.nightOf(e.start), approximate);
    }

    // Flaredown's rule: a day rated 0 to 4 was a tracked night (the night before that day);
    // a rating of 1 or more is one cramp at 03:00 that morning, its severity the rating on 0-10.
    void symptomRow(int line, QDate date, const QString &text, const std::optional<FactorValue> &factorValue)
    {
        if (text.isEmpty())
            return; // not rated that day: nothing known
        bool ok = false;
        const int rating = text.toInt(&ok);
        if (!ok || rating < 0 || rating > ColumnMapping::SymptomSheetMax) {
            m_result.add(
                    { line, m_mapping.symptom,
                      Text::tr("'%1' is not a rating from 0 to %2").arg(text).arg(ColumnMapping::SymptomSheetMax) });
            return;
        }
        markNight(line, date.addDays(-1), factorValue, true,
                  Text::tr("Imported from another app (\u201c%1\u201d rated %2 of 4).")
                          .arg(m_mapping.symptom)
                          .arg(rating));
        if (rating == 0)
            return;
        Episode e;
        e.start = ForeignTime::moment(date, QTime(MappedImport::AssumedHour, 0), std::nullopt);
        e.severity = MappedImport::severityFrom(rating, ColumnMapping::SymptomSheetMax);
        e.notes = Text::tr("Imported from another app: \u201c%1\u201d rated %2 of 4.")
                          .arg(m_mapping.symptom)
                          .arg(rating);
        for (const FieldProblem &p : EpisodeValidator::validate(e, QDateTime::currentDateTimeUtc()))
            m_result.add({ line, m_mapping.date, p.message });
        add(line, e, date.addDays(-1), true);
    }

    void add(int line, const Episode &e, QDate night, bool approximateTime)
    {
        if (!m_result.ok())
            return; // checked on, but nothing more is written
        if (m_existing.contains(e)) {
            ++m_result.skippedDuplicates;
            if (m_forecast)
                ++m_forecast->duplicates;
            return;
        }
        if (m_forecast)
            m_forecast->add(e, night, approximateTime);
        write(line, [&] {
            Episode added = e;
            added.id = m_diary.addEpisode(e);
            ++m_result.imported;
            if (m_changes)
                m_changes->added.append(added);
        });
    }

    void write(int line, const std::function<void()> &change)
    {
        try {
            change();
        } catch (const StoreError &error) {
            m_result.add({ line, {}, Text::tr("the diary refused this row: %1").arg(error.message()) });
        }
    }

    DiaryRepository &m_diary;
    const ColumnMapping &m_mapping;
    const NightClock m_clock;
    CsvImportResult &m_result;
    QStringList m_header;
    std::optional<Factor> m_factor;
    KnownEpisodes m_existing;
    ImportForecast *m_forecast = nullptr;
    MappedImport::Changes *m_changes = nullptr;
};
} // namespace

namespace MappedImport {

int severityFrom(double value, int scaleMax)
{
    return int(std::lround(value * 10.0 / scaleMax));
}

namespace {
// The separator of the file's first line, read without moving past it.
QChar separatorOf(QIODevice &input)
{
    QByteArray start = input.peek(64 * 1024);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    const qsizetype end = start.indexOf('\n');
    return CsvReader::separatorOf(QString::fromUtf8(end < 0 ? start : start.left(end)));
}
} // namespace

Preview preview(QIODevice &input, int rows)
{
    Preview preview;
    preview.separator = separatorOf(input);
    CsvReader reader(input, preview.separator);
    if (const auto first = reader.next())
        preview.header = first->fields;
    while (preview.rows.size() < rows)
        if (const auto record = reader.next())
            preview.rows.append(record->fields);
        else
            break;
    input.seek(0);
    return preview;
}

QString separatorName(QChar separator)
{
    if (separator == QLatin1Char(';'))
        return Text::tr("a semicolon");
    if (separator == QLatin1Char('\t'))
        return Text::tr("a tab");
    return Text::tr("a comma");
}

namespace {
CsvImportResult run(DiaryRepository &diary, QIODevice &input, const ColumnMapping &mapping, const NightClock &clock,
                    ImportForecast *forecast, MappedImport::Changes *changes, bool keep)
{
    CsvImportResult result;
    Importer importer(diary, mapping, clock, result, forecast, changes);
    const QChar separator = separatorOf(input);
    CsvImport::run(
            diary, input, result, [&](const QStringList &header) { importer.header(header); },
            [&](int line, const QStringList &fields) { importer.row(line, fields); }, separator, keep);
    return result;
}
} // namespace

CsvImportResult import(DiaryRepository &diary, QIODevice &input, const ColumnMapping &mapping, const NightClock &clock,
                       ImportForecast *forecast, Changes *changes)
{
    CsvImportResult result = run(diary, input, mapping, clock, forecast, changes, true);
    if (changes && !result.ok())
        *changes = {}; // all undone
    return result;
}

CsvImportResult trial(DiaryRepository &diary, QIODevice &input, const ColumnMapping &mapping, const NightClock &clock,
                      ImportForecast &forecast)
{
    return run(diary, input, mapping, clock, &forecast, nullptr, false);
}

} // namespace MappedImport
