#include "core/exchange/Csv.h"

#include "core/exchange/CsvReader.h"

#include <QBuffer>
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
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<QStringList> records;
    while (auto record = reader.next())
        records.append(record->fields);
    if (reader.error()) {
        if (error)
            *error = *reader.error();
        return std::nullopt;
    }
    return records;
}

} // namespace Csv
