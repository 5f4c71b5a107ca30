#include "core/exchange/Csv.h"

#include <QCoreApplication>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

bool startsLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}
// Text a spreadsheet would run as a formula, also behind apostrophes already added: the
// export adds one more, the import takes one away, so "'=x" survives the round trip.
bool needsDefusing(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == QLatin1Char('\''))
        ++i;
    return startsLikeFormula(text.mid(i));
}
} // namespace

namespace Csv {

QString field(const QString &value)
{
    QString text = value;
    // Numbers such as -5 are data, not formulas; only text that is not a plain number is defused.
    bool isNumber = false;
    text.toDouble(&isNumber);
    if (needsDefusing(text) && !isNumber)
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')) || text != text.trimmed()) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString row(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(field(f));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString undefuse(const QString &value)
{
    if (value.size() >= 2 && value.front() == QLatin1Char('\'') && needsDefusing(value.mid(1)))
        return value.mid(1);
    return value;
}

std::optional<QList<QStringList>> parse(const QString &text, ParseError *error)
{
    QList<QStringList> records;
    QStringList record;
    QString current;
    bool inQuotes = false;
    bool afterQuote = false; // just closed a quoted field
    int line = 1;
    int recordLine = 1;
    const auto fail = [&](int at, const QString &message) {
        if (error)
            *error = { at, message };
        return std::nullopt;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    current += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                current += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.append(current);
            current.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(current);
            current.clear();
            afterQuote = false;
            if (!(record.size() == 1 && record.first().isEmpty()))
                records.append(record); // blank lines are skipped
            record.clear();
            ++line;
            recordLine = line;
        } else if (c == QLatin1Char('"')) {
            if (!current.isEmpty() || afterQuote)
                return fail(line, Text::tr("a quote in the middle of a field; quotes inside a field must be doubled"));
            inQuotes = true;
        } else {
            if (afterQuote)
                return fail(line, Text::tr("text after a closing quote"));
            current += c;
        }
    }
    if (inQuotes)
        return fail(recordLine, Text::tr("a quoted field that is never closed"));
    if (!current.isEmpty() || !record.isEmpty() || afterQuote) {
        record.append(current);
        records.append(record);
    }
    return records;
}

} // namespace Csv
