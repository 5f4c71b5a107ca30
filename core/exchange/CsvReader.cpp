#include "core/exchange/CsvReader.h"

#include "core/exchange/InputFile.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

// How many bytes at the end of `bytes` start a UTF-8 sequence the chunk cuts short.
qsizetype incompleteTail(const QByteArray &bytes)
{
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto c = uchar(bytes.at(bytes.size() - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        const int length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        return length > back ? back : 0;
    }
    return 0;
}
} // namespace

CsvReader::CsvReader(QIODevice &input, QChar separator)
    : m_input(input)
    , m_separator(separator)
{
}

QChar CsvReader::separatorOf(const QString &firstLine)
{
    // The one of comma, semicolon and tab found most often outside quotes in the header;
    // a comma when none is (a file of one column).
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : firstLine) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

bool CsvReader::fill()
{
    QByteArray bytes = m_undecoded + m_input.read(ChunkBytes);
    if (!m_started) {
        m_started = true;
        InputFile::refuseUtf16(bytes);
        if (bytes.startsWith("\xEF\xBB\xBF")) {
            bytes.remove(0, 3);
            m_bytesDecoded = 3;
        }
    }
    if (bytes.isEmpty())
        return false;
    const qsizetype keep = m_input.atEnd() ? 0 : incompleteTail(bytes);
    m_undecoded = bytes.right(keep);
    bytes.chop(keep);
    const qsizetype bad = InputFile::firstInvalidUtf8(bytes);
    if (bad >= 0)
        InputFile::refuseInvalidUtf8(m_newlinesDecoded + int(bytes.left(bad).count('\n')) + 1, m_bytesDecoded + bad,
                                     uchar(bytes.at(bad)));
    m_bytesDecoded += bytes.size();
    m_newlinesDecoded += int(bytes.count('\n'));
    m_text = QString::fromUtf8(bytes);
    m_pos = 0;
    return true;
}

bool CsvReader::take(QChar &c)
{
    while (m_pos >= m_text.size())
        if (!fill())
            return false;
    c = m_text.at(m_pos++);
    return true;
}

bool CsvReader::peekIs(QChar expected)
{
    while (m_pos >= m_text.size())
        if (!fill())
            return false;
    if (m_text.at(m_pos) != expected)
        return false;
    ++m_pos;
    return true;
}

std::optional<CsvReader::Record> CsvReader::next()
{
    if (m_error)
        return std::nullopt;
    const auto fail = [this](int line, const QString &message) {
        m_error = Csv::ParseError { line, message };
        return std::nullopt;
    };
    Record record { m_line, {} };
    QString current;
    bool inQuotes = false;
    bool afterQuote = false; // just closed a quoted field
    qsizetype size = 0;
    QChar c;
    while (take(c)) {
        if (++size > MaxRecordChars)
            return fail(record.line, Text::tr("a row longer than %1 characters").arg(MaxRecordChars));
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (peekIs(QLatin1Char('"'))) {
                    current += QLatin1Char('"');
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                current += c;
            }
            continue;
        }
        if (c == m_separator) {
            record.fields.append(current);
            current.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r'))
                peekIs(QLatin1Char('\n'));
            record.fields.append(current);
            current.clear();
            afterQuote = false;
            ++m_line;
            if (record.fields.size() == 1 && record.fields.first().isEmpty()) { // a blank line
                record = { m_line, {} };
                size = 0;
                continue;
            }
            return record;
        } else if (c == QLatin1Char('"')) {
            if (!current.isEmpty() || afterQuote)
                return fail(m_line,
                            Text::tr("a quote in the middle of a field; quotes inside a field must be doubled"));
            inQuotes = true;
        } else {
            if (afterQuote)
                return fail(m_line, Text::tr("text after a closing quote"));
            current += c;
        }
    }
    if (inQuotes)
        return fail(record.line, Text::tr("a quoted field that is never closed"));
    if (!current.isEmpty() || !record.fields.isEmpty() || afterQuote) {
        record.fields.append(current);
        return record;
    }
    return std::nullopt;
}
