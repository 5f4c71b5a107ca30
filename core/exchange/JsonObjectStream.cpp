#include "core/exchange/JsonObjectStream.h"

#include "core/exchange/ByteSource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(JsonObjectStream)
};

constexpr qsizetype BufferBytes = 64 * 1024;
constexpr int MaxDepth = 1024; // as QJsonDocument allows

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
} // namespace

// Bytes one at a time from a buffer refilled from the source; what is consumed while a
// capture is open is kept (in spans, not byte by byte) for parsing.
class JsonObjectStream::Scanner
{
public:
    explicit Scanner(ByteSource &source)
        : m_source(source)
        , m_buffer(BufferBytes, Qt::Uninitialized)
    {
    }

    qint64 offset() const { return m_base + m_at; }

    int peek()
    {
        if (m_at == m_length && !refill())
            return -1;
        return uchar(m_buffer[m_at]);
    }
    int next()
    {
        const int c = peek();
        if (c >= 0)
            ++m_at;
        return c;
    }
    void skipSpace()
    {
        while (isSpace(peek()))
            ++m_at;
    }

    [[noreturn]] void fail(const QString &reason) const { throw SyntaxError { reason, offset() }; }
    [[noreturn]] void unexpected(int c) const
    {
        fail(c < 0 ? Text::tr("the file ends too early") : Text::tr("unexpected character"));
    }
    void expect(char wanted)
    {
        if (peek() != uchar(wanted))
            unexpected(peek());
        ++m_at;
    }

    // One value, checked for its brackets and strings only; its content is parsed by whoever
    // captured it.
    void scanValue()
    {
        const int c = peek();
        if (c == '"')
            return scanString();
        if (c == '{' || c == '[')
            return scanContainer();
        qsizetype length = 0;
        for (int d = peek();
             d >= 0 && !isSpace(d) && d != ',' && d != '}' && d != ']' && d != '"' && d != '{' && d != '[' && d != ':';
             d = peek()) {
            ++m_at;
            ++length;
        }
        if (length == 0)
            unexpected(peek());
    }
    void scanString()
    {
        expect('"');
        for (;;) {
            // The rest of the buffer up to a quote or backslash, in one step.
            const char *from = m_buffer.constData() + m_at;
            const char *end = m_buffer.constData() + m_length;
            const char *stop = from;
            while (stop < end && *stop != '"' && *stop != '\\')
                ++stop;
            m_at += stop - from;
            const int c = next();
            if (c < 0)
                unexpected(c);
            if (c == '"')
                return;
            if (c == '\\' && next() < 0)
                unexpected(-1);
        }
    }
    void scanContainer()
    {
        QByteArray open; // the closers still awaited
        for (;;) {
            const int c = peek();
            if (c == '"') {
                scanString();
                continue;
            }
            if (c < 0)
                unexpected(c);
            ++m_at;
            if (c == '{' || c == '[') {
                if (open.size() == MaxDepth)
                    fail(Text::tr("nested too deeply"));
                open.append(c == '{' ? '}' : ']');
            } else if (c == '}' || c == ']') {
                if (open.isEmpty() || open.back() != c) {
                    --m_at;
                    unexpected(c);
                }
                open.chop(1);
                if (open.isEmpty())
                    return;
            }
        }
    }

    void beginCapture()
    {
        m_captured.clear();
        m_capturing = true;
        m_captureFrom = m_at;
    }
    QByteArray endCapture()
    {
        m_captured.append(m_buffer.constData() + m_captureFrom, m_at - m_captureFrom);
        m_capturing = false;
        return m_captured;
    }

    // One captured value parsed by Qt's own parser; its errors are placed in the document.
    static QJsonValue parse(const QByteArray &value, qint64 at)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson('[' + value + ']', &error);
        if (error.error != QJsonParseError::NoError)
            throw SyntaxError { error.errorString(), at + std::max(0, error.offset - 1) };
        return document.array().at(0);
    }

private:
    bool refill()
    {
        if (m_capturing) {
            m_captured.append(m_buffer.constData() + m_captureFrom, m_length - m_captureFrom);
            m_captureFrom = 0;
        }
        m_base += m_length;
        m_at = 0;
        m_length = m_source.read(m_buffer.data(), m_buffer.size());
        return m_length > 0;
    }

    ByteSource &m_source;
    QByteArray m_buffer;
    qsizetype m_at = 0;
    qsizetype m_length = 0;
    qint64 m_base = 0;
    bool m_capturing = false;
    qsizetype m_captureFrom = 0;
    QByteArray m_captured;
};

JsonObjectStream::JsonObjectStream(ByteSource &source)
    : m_source(source)
{
}

JsonObjectStream::~JsonObjectStream() = default;

void JsonObjectStream::read(const Handler &handler)
{
    m_source.rewind();
    Scanner in(m_source);
    const auto captured = [&in] {
        const qint64 at = in.offset();
        in.beginCapture();
        in.scanValue();
        return Scanner::parse(in.endCapture(), at);
    };
    if (in.peek() == 0xEF) { // a UTF-8 byte order mark, as QJsonDocument allows
        in.expect(char(0xEF));
        in.expect(char(0xBB));
        in.expect(char(0xBF));
    }
    in.skipSpace();
    in.expect('{');
    in.skipSpace();
    if (in.peek() == '}') {
        in.next();
    } else {
        QSet<QString> seen;
        for (bool more = true; more;) {
            in.skipSpace();
            const qint64 keyAt = in.offset();
            if (in.peek() != '"')
                in.unexpected(in.peek());
            const QJsonValue keyValue = captured();
            const QString key = keyValue.toString();
            if (seen.contains(key))
                throw SyntaxError { Text::tr("the key \u201c%1\u201d appears twice").arg(key), keyAt };
            seen.insert(key);
            in.skipSpace();
            in.expect(':');
            in.skipSpace();
            Take take = handler.take(key);
            if (in.peek() != '[' && take != Take::Skip)
                take = Take::Value;
            switch (take) {
            case Take::Value: handler.value(key, captured()); break;
            case Take::Later:
                in.scanValue();
                handler.value(key, QJsonArray());
                break;
            case Take::Skip: in.scanValue(); break;
            case Take::Elements: {
                in.expect('[');
                in.skipSpace();
                if (in.peek() == ']') {
                    in.next();
                    break;
                }
                for (qsizetype index = 0;; ++index) {
                    in.skipSpace();
                    handler.element(key, index, captured());
                    in.skipSpace();
                    const int c = in.next();
                    if (c == ']')
                        break;
                    if (c != ',')
                        in.unexpected(c);
                }
                break;
            }
            }
            in.skipSpace();
            const int c = in.next();
            if (c != ',' && c != '}')
                in.unexpected(c);
            more = c == ',';
        }
    }
    in.skipSpace();
    if (in.peek() >= 0)
        in.fail(Text::tr("there is more after the end of the document"));
}
