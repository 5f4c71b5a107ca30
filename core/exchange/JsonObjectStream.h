#pragma once

#include <functional>

#include <QJsonValue>
#include <QString>

class ByteSource;

// Reads a JSON document whose root is an object, key by key, without holding it whole: a
// value is handed over parsed, or an array element by element, or only checked for its
// brackets (to be read on a second pass). Memory stays that of the largest single element,
// so a backup of any size restores in the same memory.
class JsonObjectStream
{
public:
    // What the document breaks: the reason and the byte it was found at.
    struct SyntaxError {
        QString reason;
        qint64 offset = 0;
    };

    enum class Take {
        Value, // parsed whole and handed to `value`
        Elements, // an array: each element handed to `element`; anything else to `value`
        Later, // an array: only its brackets checked, handed to `value` as an empty array
        Skip, // read on an earlier pass: only its brackets checked
    };
    struct Handler {
        std::function<Take(const QString &key)> take;
        std::function<void(const QString &key, const QJsonValue &value)> value;
        std::function<void(const QString &key, qsizetype index, const QJsonValue &element)> element;
    };

    explicit JsonObjectStream(ByteSource &source);
    ~JsonObjectStream();
    JsonObjectStream(const JsonObjectStream &) = delete;
    JsonObjectStream &operator=(const JsonObjectStream &) = delete;

    // Reads the document from its first byte. Throws SyntaxError for anything that is not
    // one JSON object (a key written twice included); what the handler throws passes through.
    void read(const Handler &handler);

private:
    class Scanner;
    ByteSource &m_source;
};
