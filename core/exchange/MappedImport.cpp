#include "core/exchange/MappedImport.h"

#include "core/domain/Episode.h"
#include "core/domain/EpisodeValidator.h"
#include "core/domain/FactorValueCheck.h"
#include "core/domain/NightLog.h"
#include "core/exchange/CsvReader.h"
#include "core/exchange/KnownEpisodes.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <cmath>

#include <QCoreApplication>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MappedImport)
};

std::optional<Leg> legFrom(const QString &value)
{
    static const QHash<QString, Leg> words {
        { QStringLiteral("left"), Leg::Left },  { QStringLiteral("l"), Leg::Left },
        { QStringLiteral("links"), Leg::Left }, { QStringLiteral("right"), Leg::Right },
        { QStringLiteral("r"), Leg::Right },    { QStringLiteral("rechts"), Leg::Right },
        { QStringLiteral("both"), Leg::Both },  { QStringLiteral("b"), Leg::Both },
        { QStringLiteral("beide"), Leg::Both }, { QStringLiteral("bilateral"), Leg::Both }
    };
    const auto found = words.constFind(value.trimmed().toLower());
    return found == words.cend() ? std::nullopt : std::optional<Leg>(*found);
}

// Muscles by the words other apps use; anything else is "other", its word kept in the notes.
Muscle muscleFrom(const QString &value)
{
    const QString word = value.trimmed().toLower();
    const auto has = [&word](const char *part) { return word.contains(QLatin1StringView(part)); };
    if (has("calf") || has("calves") || has("wade") || has("gastrocnemius") || has("soleus"))
        return Muscle::Calf;
    if (has("toe") || has("zeh"))
        return Muscle::Toes;
    if (has("foot") || has("feet") || has("fu\u00df") || has("fuss") || has("sole") || has("arch"))
        return Muscle::Foot;
    if (has("hamstring") || (has("thigh") && has("back")) || has("hinten"))
        return Muscle::ThighBack;
    if (has("thigh") || has("quad") || has("oberschenkel"))
        return Muscle::ThighFront;
    return Muscle::Other;
}

class Importer
{
public:
    Importer(DiaryRepository &diary, const ColumnMapping &mapping, const NightClock &clock, CsvImportResult &result)
        : m_diary(diary)
        , m_mapping(mapping)
        , m_clock(clock)
        , m_result(result)
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

    void row(int line, const QStringList &fields)
    {
        if (fields.size() != m_header.size()) {
            m_result.add(
                    { line, {}, Text::tr("%1 fields where %2 were expected").arg(fields.size()).arg(m_header.size()) });
            return;
        }
        const auto value = [&](const QString &column) {
            return column.isEmpty() ? QString() : fields.value(m_header.indexOf(column)).trimmed();
        };
        const auto problem = [&](const QString &column, const QString &reason) {
            m_result.add({ line, column, reason });
        };
        const QString dateText = value(m_mapping.date);
        const QDate date = QDate::fromString(dateText.left(m_mapping.dateFormat.size()), m_mapping.dateFormat);
        if (!date.isValid() || date.year() < 1900 || date.year() > 2200) {
            problem(m_mapping.date, Text::tr("'%1' is not a date written %2").arg(dateText, m_mapping.dateFormat));
            return;
        }
        const std::optional<FactorValue> factorValue = factorFrom(line, value(m_mapping.factorColumn));
        if (m_mapping.kind == ColumnMapping::Kind::SymptomSheet)
            symptomRow(line, date, value(m_mapping.symptom), factorValue);
        else
            crampRow(line, date, dateText.mid(m_mapping.dateFormat.size()).trimmed(), value, factorValue);
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
        if (created || addsValue)
            write(line, [&] { m_diary.saveNightLog(*log); });
    }

    void crampRow(int line, QDate date, const QString &timeInDate, const std::function<QString(const QString &)> &value,
                  const std::optional<FactorValue> &factorValue)
    {
        const auto problem = [&](const QString &column, const QString &reason) {
            m_result.add({ line, column, reason });
        };
        Episode e;
        QString timeText = m_mapping.time.isEmpty() ? timeInDate : value(m_mapping.time);
        if (timeText.startsWith(QLatin1Char('T')))
            timeText.remove(0, 1);
        QTime time(MappedImport::AssumedHour, 0);
        if (!timeText.isEmpty()) {
            time = QTime::fromString(timeText.left(5), QStringLiteral("HH:mm"));
            if (!time.isValid())
                time = QTime::fromString(timeText.left(4), QStringLiteral("H:mm"));
            if (!time.isValid())
                problem(m_mapping.time.isEmpty() ? m_mapping.date : m_mapping.time,
                        Text::tr("'%1' is not a time written HH:MM").arg(timeText));
        }
        e.start = withFixedOffset(QDateTime(date, time.isValid() ? time : QTime(MappedImport::AssumedHour, 0)));
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
            e.leg = legFrom(text);
            if (!e.leg)
                problem(m_mapping.leg, Text::tr("'%1' is not a leg (left, right or both)").arg(text));
        }
        QStringList notes;
        if (const QString text = value(m_mapping.muscle); !text.isEmpty()) {
            e.muscle = muscleFrom(text);
            if (*e.muscle == Muscle::Other)
                notes.append(Text::tr("Where: %1").arg(text));
        }
        if (const QString text = value(m_mapping.notes); !text.isEmpty())
            notes.append(text);
        e.notes = notes.join(QLatin1Char('\n'));
        for (const FieldProblem &p : EpisodeValidator::validate(e, QDateTime::currentDateTimeUtc()))
            problem(p.field == QLatin1StringView("start") ? m_mapping.date : p.field, p.message);
        markNight(line, m_clock.nightOf(e.start), factorValue, false, Text::tr("Imported from another app."));
        add(line, e);
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
        e.start = withFixedOffset(QDateTime(date, QTime(MappedImport::AssumedHour, 0)));
        e.severity = MappedImport::severityFrom(rating, ColumnMapping::SymptomSheetMax);
        e.notes = Text::tr("Imported from another app: \u201c%1\u201d rated %2 of 4.")
                          .arg(m_mapping.symptom)
                          .arg(rating);
        for (const FieldProblem &p : EpisodeValidator::validate(e, QDateTime::currentDateTimeUtc()))
            m_result.add({ line, m_mapping.date, p.message });
        add(line, e);
    }

    void add(int line, const Episode &e)
    {
        if (!m_result.ok())
            return; // checked on, but nothing more is written
        if (m_existing.contains(e)) {
            ++m_result.skippedDuplicates;
            return;
        }
        write(line, [&] {
            m_diary.addEpisode(e);
            ++m_result.imported;
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
};
} // namespace

namespace MappedImport {

int severityFrom(double value, int scaleMax)
{
    return int(std::lround(value * 10.0 / scaleMax));
}

Preview preview(QIODevice &input, int rows)
{
    CsvReader reader(input);
    Preview preview;
    if (const auto first = reader.next())
        preview.header = first->fields;
    while (preview.rows.size() < rows)
        if (const auto record = reader.next())
            preview.rows.append(record->fields);
        else
            break;
    return preview;
}

CsvImportResult import(DiaryRepository &diary, QIODevice &input, const ColumnMapping &mapping, const NightClock &clock)
{
    CsvImportResult result;
    Importer importer(diary, mapping, clock, result);
    CsvImport::run(
            diary, input, result, [&](const QStringList &header) { importer.header(header); },
            [&](int line, const QStringList &fields) { importer.row(line, fields); });
    return result;
}

} // namespace MappedImport
