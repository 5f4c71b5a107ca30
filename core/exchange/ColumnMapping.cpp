#include "core/exchange/ColumnMapping.h"

#include "core/exchange/JsonReader.h"

#include <QRegularExpression>

namespace {
const QStringList DateFormats { QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"),
                                QStringLiteral("MM/dd/yyyy"), QStringLiteral("dd.MM.yyyy") };

QString firstMatching(const QStringList &header, const QString &pattern)
{
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    for (const QString &column : header)
        if (re.match(column).hasMatch())
            return column;
    return {};
}
} // namespace

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json)
{
    const JsonReader o(json, QString());
    o.allowKeys({ QStringLiteral("kind"), QStringLiteral("date") },
                { QStringLiteral("dateFormat"), QStringLiteral("time"), QStringLiteral("severity"),
                  QStringLiteral("severityMax"), QStringLiteral("leg"), QStringLiteral("muscle"),
                  QStringLiteral("notes"), QStringLiteral("symptom"), QStringLiteral("factorColumn"),
                  QStringLiteral("factor") });
    ColumnMapping m;
    const QString kind = o.string(QStringLiteral("kind"), 40);
    if (kind == QLatin1StringView("symptom-sheet"))
        m.kind = Kind::SymptomSheet;
    else if (kind != QLatin1StringView("cramp-per-row"))
        o.fail(QStringLiteral("kind"),
               JsonReader::Text::unknownChoice(kind,
                                               { QStringLiteral("cramp-per-row"), QStringLiteral("symptom-sheet") }));
    m.date = o.string(QStringLiteral("date"), 200);
    if (o.has(QStringLiteral("dateFormat"))) {
        m.dateFormat = o.string(QStringLiteral("dateFormat"), 40);
        if (!DateFormats.contains(m.dateFormat))
            o.fail(QStringLiteral("dateFormat"), JsonReader::Text::unknownChoice(m.dateFormat, DateFormats));
    }
    m.time = o.optionalString(QStringLiteral("time"), 200);
    m.severity = o.optionalString(QStringLiteral("severity"), 200);
    m.severityMax = int(o.optionalInteger(QStringLiteral("severityMax"), 1, 100).value_or(10));
    m.leg = o.optionalString(QStringLiteral("leg"), 200);
    m.muscle = o.optionalString(QStringLiteral("muscle"), 200);
    m.notes = o.optionalString(QStringLiteral("notes"), 200);
    m.symptom = o.optionalString(QStringLiteral("symptom"), 200);
    m.factorColumn = o.optionalString(QStringLiteral("factorColumn"), 200);
    m.factor = o.optionalString(QStringLiteral("factor"), 200);
    if (m.factorColumn.isEmpty() != m.factor.isEmpty())
        o.fail(m.factor.isEmpty() ? QStringLiteral("factor") : QStringLiteral("factorColumn"),
               JsonReader::Text::missing());
    if (m.kind == Kind::SymptomSheet && m.symptom.isEmpty())
        o.fail(QStringLiteral("symptom"), JsonReader::Text::missing());
    return m;
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
    put("notes", notes);
    put("symptom", symptom);
    put("factorColumn", factorColumn);
    put("factor", factor);
    if (kind == Kind::CrampPerRow && !severity.isEmpty())
        json.insert(QStringLiteral("severityMax"), severityMax);
    return json;
}

QStringList ColumnMapping::missingFrom(const QStringList &header) const
{
    QStringList missing;
    for (const QString &column : { date, time, severity, leg, muscle, notes, symptom, factorColumn })
        if (!column.isEmpty() && !header.contains(column) && !missing.contains(column))
            missing.append(column);
    return missing;
}

ColumnMapping ColumnMapping::guess(const QStringList &header, const QList<QStringList> &firstRows)
{
    ColumnMapping m;
    // The date column: one whose first rows all read as dates, preferring a name that says
    // so, then one that carries the time as well.
    const auto formatOf = [&](qsizetype column) -> QString {
        for (const QString &format : DateFormats) {
            bool all = !firstRows.isEmpty();
            for (const QStringList &row : firstRows)
                all = all && QDate::fromString(row.value(column).trimmed().left(format.size()), format).isValid();
            if (all)
                return format;
        }
        return {};
    };
    const QString named = firstMatching(header, QStringLiteral("date|day|datum|when|start"));
    int best = -1;
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString format = formatOf(c);
        if (format.isEmpty())
            continue;
        const bool withTime = !firstRows.isEmpty() && firstRows.first().value(c).trimmed().size() > format.size();
        const int score = (header[c] == named ? 2 : 0) + (withTime ? 1 : 0);
        if (score > best) {
            best = score;
            m.date = header[c];
            m.dateFormat = format;
        }
    }
    if (m.date.isEmpty())
        m.date = named.isEmpty() ? header.value(0) : named;
    // Flaredown and similar: apart from the date, every column holds ratings from 0 to 4.
    bool sheet = header.size() > 1 && !firstRows.isEmpty();
    for (qsizetype c = 0; c < header.size() && sheet; ++c) {
        if (header[c] == m.date)
            continue;
        for (const QStringList &row : firstRows) {
            const QString value = row.value(c).trimmed();
            bool ok = value.isEmpty();
            const int rating = ok ? 0 : value.toInt(&ok);
            sheet = sheet && ok && rating >= 0 && rating <= SymptomSheetMax;
        }
    }
    if (sheet) {
        m.kind = Kind::SymptomSheet;
        m.symptom = firstMatching(header, QStringLiteral("cramp|krampf"));
        return m;
    }
    m.time = firstMatching(header, QStringLiteral("^time$|^hour|uhrzeit|^zeit"));
    m.severity = firstMatching(header, QStringLiteral("severity|pain|intensity|score|st.rke|schmerz"));
    m.leg = firstMatching(header, QStringLiteral("^leg$|side|seite|bein"));
    m.muscle = firstMatching(header, QStringLiteral("muscle|where|location|muskel|ort"));
    m.notes = firstMatching(header, QStringLiteral("note|comment|notiz|bemerkung"));
    return m;
}
