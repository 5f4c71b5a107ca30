#include "core/exchange/ColumnMapping.h"

#include "core/exchange/ForeignTime.h"
#include "core/exchange/JsonReader.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
};

QString firstMatching(const QStringList &header, const QString &pattern)
{
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    for (const QString &column : header)
        if (re.match(column).hasMatch())
            return column;
    return {};
}

QStringList valuesOf(const QStringList &header, const QList<QStringList> &rows, const QString &column)
{
    QStringList values;
    const qsizetype c = header.indexOf(column);
    for (const QStringList &row : rows)
        if (const QString v = row.value(c).trimmed(); !v.isEmpty())
            values.append(v);
    return values;
}

// Whole numbers (or halves) from 0 to `max`, at least one: a rating, not a measurement
// such as a temperature, a pressure or a rainfall of 0.0123.
bool areRatings(const QStringList &values, int max)
{
    if (values.isEmpty())
        return false;
    for (const QString &value : values) {
        bool ok = false;
        const double v = QString(value).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || v < 0 || v > max || v * 2 != std::floor(v * 2))
            return false;
    }
    return true;
}

// The scale a column's name states: "Pain (0-5)", "Severity /10", "Intensity 1-5".
std::optional<int> statedScale(const QString &name)
{
    static const QRegularExpression scale(QStringLiteral("(?:[01]\\s*(?:-|\u2013|to)\\s*|/\\s*|of\\s+)(\\d{1,3})\\b"));
    const QRegularExpressionMatch m = scale.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    const int max = m.captured(1).toInt();
    return max >= 1 && max <= 100 ? std::optional<int>(max) : std::nullopt;
}

const QStringList SideWords { QStringLiteral("left"),  QStringLiteral("right"),  QStringLiteral("both"),
                              QStringLiteral("links"), QStringLiteral("rechts"), QStringLiteral("beide") };

bool holdsSides(const QStringList &values)
{
    for (const QString &value : values)
        for (const QString &word : value.toLower().split(QRegularExpression(QStringLiteral("\\W+"))))
            if (SideWords.contains(word))
                return true;
    return false;
}
} // namespace

bool ColumnMapping::namesACramp(const QString &text)
{
    static const QRegularExpression cramp(QStringLiteral("cramp|krampf|charley\\s*horse"),
                                          QRegularExpression::CaseInsensitiveOption);
    return cramp.match(text).hasMatch();
}

ColumnMapping ColumnMapping::fromJsonText(const QByteArray &text)
{
    const auto refuse = [](const QString &reason) {
        throw StoreError(StoreError::Kind::Rejected,
                         Text::tr("The mapping file is refused: %1. Nothing was imported.").arg(reason));
    };
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        refuse(Text::tr("it is not JSON (%1 at character %2)").arg(error.errorString()).arg(error.offset));
    if (!json.isObject())
        refuse(Text::tr("it must be one JSON object"));
    if (const auto twice = JsonReader::duplicateKey(text))
        refuse(Text::tr("the key \u201c%1\u201d is given twice").arg(*twice));
    return fromJson(json.object());
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json)
{
    try {
        const JsonReader o(json, QString());
        o.allowKeys({ QStringLiteral("kind"), QStringLiteral("date") },
                    { QStringLiteral("dateFormat"), QStringLiteral("time"), QStringLiteral("severity"),
                      QStringLiteral("severityMax"), QStringLiteral("leg"), QStringLiteral("muscle"),
                      QStringLiteral("duration"), QStringLiteral("durationUnit"), QStringLiteral("notes"),
                      QStringLiteral("crampRowsIn"), QStringLiteral("symptom"), QStringLiteral("factorColumn"),
                      QStringLiteral("factor") });
        ColumnMapping m;
        const QString kind = o.string(QStringLiteral("kind"), 40);
        if (kind == QLatin1StringView("symptom-sheet"))
            m.kind = Kind::SymptomSheet;
        else if (kind != QLatin1StringView("cramp-per-row"))
            o.fail(QStringLiteral("kind"),
                   JsonReader::Text::unknownChoice(
                           kind, { QStringLiteral("cramp-per-row"), QStringLiteral("symptom-sheet") }));
        m.date = o.string(QStringLiteral("date"), 200);
        if (o.has(QStringLiteral("dateFormat"))) {
            m.dateFormat = o.string(QStringLiteral("dateFormat"), 40);
            if (!ForeignTime::dateFormats().contains(m.dateFormat))
                o.fail(QStringLiteral("dateFormat"),
                       JsonReader::Text::unknownChoice(m.dateFormat, ForeignTime::dateFormats()));
        }
        m.time = o.optionalString(QStringLiteral("time"), 200);
        m.severity = o.optionalString(QStringLiteral("severity"), 200);
        m.severityMax = int(o.optionalInteger(QStringLiteral("severityMax"), 1, 100).value_or(10));
        m.leg = o.optionalString(QStringLiteral("leg"), 200);
        m.muscle = o.optionalString(QStringLiteral("muscle"), 200);
        m.duration = o.optionalString(QStringLiteral("duration"), 200);
        if (const QString unit = o.optionalString(QStringLiteral("durationUnit"), 20); unit == QLatin1String("minutes"))
            m.durationUnit = DurationUnit::Minutes;
        else if (!unit.isEmpty() && unit != QLatin1String("seconds"))
            o.fail(QStringLiteral("durationUnit"),
                   JsonReader::Text::unknownChoice(unit, { QStringLiteral("seconds"), QStringLiteral("minutes") }));
        m.notes = o.optionalString(QStringLiteral("notes"), 200);
        const QJsonArray filter = o.array(QStringLiteral("crampRowsIn"), true);
        for (qsizetype i = 0; i < filter.size(); ++i)
            m.crampRowsIn.append(JsonReader::stringAt(filter.at(i), QStringLiteral("crampRowsIn[%1]").arg(i), 200));
        m.symptom = o.optionalString(QStringLiteral("symptom"), 200);
        m.factorColumn = o.optionalString(QStringLiteral("factorColumn"), 200);
        m.factor = o.optionalString(QStringLiteral("factor"), 200);
        if (m.factorColumn.isEmpty() != m.factor.isEmpty())
            o.fail(m.factor.isEmpty() ? QStringLiteral("factor") : QStringLiteral("factorColumn"),
                   JsonReader::Text::missing());
        if (m.kind == Kind::SymptomSheet && m.symptom.isEmpty())
            o.fail(QStringLiteral("symptom"), JsonReader::Text::missing());
        return m;
    } catch (const StoreError &refused) {
        // JsonReader words its refusals for a backup; the detail says where and what.
        throw StoreError(StoreError::Kind::Rejected,
                         Text::tr("The mapping file is refused at %1. Nothing was imported.").arg(refused.detail()));
    }
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject json { { QStringLiteral("kind"),
                         kind == Kind::SymptomSheet ? QStringLiteral("symptom-sheet")
                                                    : QStringLiteral("cramp-per-row") },
                       { QStringLiteral("date"), date },
                       { QStringLiteral("dateFormat"), dateFormat } };
    const auto put = [&json](const char *key, const QString &column) {
        if (!column.isEmpty())
            json.insert(QLatin1StringView(key), column);
    };
    put("time", time);
    put("severity", severity);
    put("leg", leg);
    put("muscle", muscle);
    put("duration", duration);
    put("notes", notes);
    put("symptom", symptom);
    put("factorColumn", factorColumn);
    put("factor", factor);
    if (!crampRowsIn.isEmpty())
        json.insert(QStringLiteral("crampRowsIn"), QJsonArray::fromStringList(crampRowsIn));
    if (!duration.isEmpty())
        json.insert(QStringLiteral("durationUnit"),
                    durationUnit == DurationUnit::Minutes ? QStringLiteral("minutes") : QStringLiteral("seconds"));
    if (kind == Kind::CrampPerRow && !severity.isEmpty())
        json.insert(QStringLiteral("severityMax"), severityMax);
    return json;
}

QStringList ColumnMapping::missingFrom(const QStringList &header) const
{
    QStringList missing;
    for (const QString &column :
         QStringList { date, time, severity, leg, muscle, duration, notes, symptom, factorColumn } + crampRowsIn)
        if (!column.isEmpty() && !header.contains(column) && !missing.contains(column))
            missing.append(column);
    return missing;
}

ColumnMapping ColumnMapping::guess(const QStringList &header, const QList<QStringList> &firstRows)
{
    ColumnMapping m;
    // The date column: one whose first rows all read as dates, preferring a name that says
    // so, then one that carries the time as well.
    const auto formatOf = [&](const QString &column) -> QString {
        const QStringList values = valuesOf(header, firstRows, column);
        for (const QString &format : ForeignTime::dateFormats()) {
            bool all = !values.isEmpty();
            for (const QString &value : values)
                all = all && ForeignTime::date(ForeignTime::split(value).date, format).has_value();
            if (all)
                return format;
        }
        return {};
    };
    const QString named = firstMatching(header, QStringLiteral("date|day|datum|when|start"));
    int best = -1;
    for (const QString &column : header) {
        const QString format = formatOf(column);
        if (format.isEmpty())
            continue;
        const bool withTime = !ForeignTime::split(valuesOf(header, firstRows, column).value(0)).time.isEmpty();
        const int score = (column == named ? 2 : 0) + (withTime ? 1 : 0);
        if (score > best) {
            best = score;
            m.date = column;
            m.dateFormat = format;
        }
    }
    if (m.date.isEmpty())
        m.date = named.isEmpty() ? header.value(0) : named;

    // Flaredown and similar: one row per day and a column per symptom rated 0 to 4, among
    // other columns (treatments, tags, foods, weather) that are no ratings and are ignored.
    for (const QString &column : header)
        if (column != m.date && namesACramp(column)
            && areRatings(valuesOf(header, firstRows, column), SymptomSheetMax)) {
            m.kind = Kind::SymptomSheet;
            m.symptom = column;
            return m;
        }

    // Flaredown's layout (its Tags and Foods columns) without a column named for cramps:
    // a symptom sheet whose cramp column the person has to choose.
    if (header.contains(QStringLiteral("Tags")) && header.contains(QStringLiteral("Foods"))) {
        m.kind = Kind::SymptomSheet;
        return m;
    }

    // A file of every kind of reading (Bearable): a category and a detail column.
    const QString category = firstMatching(header, QStringLiteral("^category$|^kategorie$|^type$"));
    const QString detail = firstMatching(header, QStringLiteral("^detail|^name$|^item$"));
    if (!category.isEmpty() && !detail.isEmpty())
        m.crampRowsIn = { category, detail };

    m.time = firstMatching(header, QStringLiteral("^time|^hour|uhrzeit|^zeit"));
    const QString severity
            = firstMatching(header, QStringLiteral("severity|pain|intensity|score|rating|st.rke|schmerz|schweregrad"));
    const QStringList severityValues = valuesOf(header, firstRows, severity);
    if (!m.crampRowsIn.isEmpty()) {
        // Only the cramp rows' ratings tell the scale (a sleep row may give hours).
        QList<QStringList> crampRows;
        for (const QStringList &row : firstRows)
            if (namesACramp(row.value(header.indexOf(category))) || namesACramp(row.value(header.indexOf(detail))))
                crampRows.append(row);
        m.severityMax = statedScale(severity).value_or(SymptomSheetMax);
        if (!severity.isEmpty()
            && (crampRows.isEmpty() || areRatings(valuesOf(header, crampRows, severity), m.severityMax)))
            m.severity = severity;
    } else if (!severity.isEmpty()) {
        m.severityMax = statedScale(severity).value_or(10);
        if (areRatings(severityValues, m.severityMax))
            m.severity = severity;
    }
    m.muscle = firstMatching(header, QStringLiteral("muscle|where|location|muskel|^ort|body|site"));
    m.leg = firstMatching(header, QStringLiteral("^leg$|side|seite|bein"));
    if (m.leg.isEmpty() && !m.muscle.isEmpty() && holdsSides(valuesOf(header, firstRows, m.muscle)))
        m.leg = m.muscle; // "Left outer calf": side and muscle in one column
    m.duration = firstMatching(header, QStringLiteral("duration|dauer|how long|length"));
    if (QRegularExpression(QStringLiteral("min"), QRegularExpression::CaseInsensitiveOption)
                .match(m.duration)
                .hasMatch())
        m.durationUnit = DurationUnit::Minutes;
    m.notes = firstMatching(header, QStringLiteral("note|comment|notiz|bemerkung"));
    return m;
}
