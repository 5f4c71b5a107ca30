#pragma once

#include "core/exchange/Csv.h"

#include <optional>

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

// RFC 4180 records read one at a time from a file of any size, in memory bounded by one
// chunk and one record. The bytes must be UTF-8 (a byte-order mark is skipped): UTF-16
// and invalid bytes throw StoreError (Rejected) naming the line and byte.
class CsvReader
{
public:
    struct Record {
        int line = 0; // where the record starts, 1-based
        QStringList fields;
    };

    // `separator`: a comma (RFC 4180), or a semicolon or tab as spreadsheets in many
    // languages write them.
    explicit CsvReader(QIODevice &input, QChar separator = QLatin1Char(','));
    // The separator a file's first line uses: comma, semicolon or tab.
    static QChar separatorOf(const QString &firstLine);

    // The next record; std::nullopt at the end of the file or at a broken record (error()).
    // Blank lines are skipped.
    std::optional<Record> next();
    std::optional<Csv::ParseError> error() const { return m_error; }

private:
    bool fill(); // decodes the next chunk; false at the end of the input
    bool take(QChar &c); // the next character, refilling as needed
    bool peekIs(QChar expected); // consumes the next character when it is `expected`

    static constexpr qint64 ChunkBytes = 64 * 1024;
    static constexpr qsizetype MaxRecordChars = 1024 * 1024; // far beyond any real row

    QIODevice &m_input;
    QChar m_separator;
    QByteArray m_undecoded; // an incomplete UTF-8 sequence at the end of the last chunk
    QString m_text;
    qsizetype m_pos = 0;
    qint64 m_bytesDecoded = 0;
    int m_newlinesDecoded = 0;
    bool m_started = false;
    int m_line = 1;
    std::optional<Csv::ParseError> m_error;
};
