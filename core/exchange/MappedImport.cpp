#include "core/exchange/MappedImport.h"

#include "core/domain/Episode.h"
#include "core/domain/EpisodeValidator.h"
#include "core/domain/NightLog.h"
#include "core/exchange/CsvReader.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QMultiHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MappedImport)
};

std::optional<Leg> legFrom(const QString &value)
{
    static const QHash<QString, Leg> words { { QStringLiteral("left"), Leg::Left },   { QStringLiteral("l"), Leg::Left },
                                             { QStringLiteral("links"), Leg::Left },  { QStringLiteral("right"), Leg::Right },
                                             { QStringLiteral("r"), Leg::Right },     { QStringLiteral("rechts"), Leg::Right },
                                             { QStringLiteral("both"), Leg::Both },   { QStringLiteral("b"), Leg::Both },
                                             { QStringLiteral("beide"), Leg::Both },  { QStringLiteral("bilateral"), Leg::Both } };
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
    Importer(DiaryRepository &diary, const ColumnMapping &mapping, CsvImportResult &result)
        : m_diary(diary)
        , m_mapping(mapping)
        , m_result(result)
    {
    }

    void header(const QStringList &columns)
    {
        m_header = columns;
        for (const QString &missing : m_mapping.missingFrom(columns))
            m_result.add({ 1, missing, Text::tr("the mapping names this column, but the file has none by that name") });
        if (!m_result.ok())
            return;
        for (const Episode &e : m_diary.allEpisodes())
            m_existing.insert(e.start.toSecsSinceEpoch(), e);
    }

    void row(int line, const QStringList &fields)
    {
        if (fields.size() != m_header.size()) {
            m_result.add({ line, {}, Text::tr("%1 fields where %2 were expected").arg(fields.size()).arg(m_header.size()) });
            return;
        }
        const auto value = [&](const QString &column) {
            return column.isEmpty() ? QString() : fields.value(m_header.indexOf(column)).trimmed();
        };
        const auto problem = [&](const QString &column, const QString &reason) { m_result.add({ line, column, reason }); };
        const QString dateText = value(m_mapping.date);
        const QDate date = QDate::fromString(dateText.left(m_mapping.dateFormat.size()), m_mapping.dateFormat);
        if (!date.isValid() || date.year() < 1900 || date.year() > 2200) {
            problem(m_mapping.date, Text::tr("'%1' is not a date written %2").arg(dateText, m_mapping.dateFormat));
            return;
        }
        if (m_mapping.kind == ColumnMapping::Kind::SymptomSheet)
            symptomRow(line, date, value(m_mapping.symptom));
        else
            crampRow(line, date, dateText.mid(m_mapping.dateFormat.size()).trimmed(), value);
    }

private:
    void crampRow(int line, QDate date, const QString &timeInDate, const std::function<QString(const QString &)> &value)
    {
        const auto problem = [&](const QString &column, const QString &reason) { m_result.add({ line, column, reason }); };
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
        add(line, e);
    }

    // Flaredown's rule: a day rated 0 to 4 was a tracked night (the night before that day);
    // a rating of 1 or more is one cramp at 03:00 that morning, its severity the rating on 0-10.
    void symptomRow(int line, QDate date, const QString &text)
    {
        if (text.isEmpty())
            return; // not rated that day: nothing known
        bool ok = false;
        const int rating = text.toInt(&ok);
        if (!ok || rating < 0 || rating > ColumnMapping::SymptomSheetMax) {
            m_result.add({ line, m_mapping.symptom,
                           Text::tr("'%1' is not a rating from 0 to %2").arg(text).arg(ColumnMapping::SymptomSheetMax) });
            return;
        }
        const QDate night = date.addDays(-1);
        if (m_result.ok() && !m_nightsSeen.contains(night) && !m_diary.nightLog(night)) {
            NightLog log;
            log.night = night;
            log.checkedInAt = QDateTime::currentDateTimeUtc();
            log.notes = Text::tr("Imported from another app (\u201c%1\u201d rated %2 of 4).").arg(m_mapping.symptom).arg(rating);
            write(line, [&] { m_diary.saveNightLog(log); });
        }
        m_nightsSeen.insert(night);
        if (rating == 0)
            return;
        Episode e;
        e.start = withFixedOffset(QDateTime(date, QTime(MappedImport::AssumedHour, 0)));
        e.severity = MappedImport::severityFrom(rating, ColumnMapping::SymptomSheetMax);
        e.notes = Text::tr("Imported from another app: \u201c%1\u201d rated %2 of 4.").arg(m_mapping.symptom).arg(rating);
        for (const FieldProblem &p : EpisodeValidator::validate(e, QDateTime::currentDateTimeUtc()))
            m_result.add({ line, m_mapping.date, p.message });
        add(line, e);
    }

    void add(int line, const Episode &e)
    {
        if (!m_result.ok())
            return; // checked on, but nothing more is written
        const auto same = m_existing.equal_range(e.start.toSecsSinceEpoch());
        if (std::any_of(same.first, same.second, [&e](Episode old) {
                old.id = 0;
                return old == e;
            })) {
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
    CsvImportResult &m_result;
    QStringList m_header;
    QMultiHash<qint64, Episode> m_existing;
    QSet<QDate> m_nightsSeen;
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

CsvImportResult import(DiaryRepository &diary, QIODevice &input, const ColumnMapping &mapping)
{
    CsvImportResult result;
    Importer importer(diary, mapping, result);
    CsvImport::run(
            diary, input, result, [&](const QStringList &header) { importer.header(header); },
            [&](int line, const QStringList &fields) { importer.row(line, fields); });
    return result;
}

} // namespace MappedImport
