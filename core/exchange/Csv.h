#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 CSV. Writing quotes fields holding commas, quotes or line breaks, and defuses
// text a spreadsheet would run as a formula (a leading =, +, -, @, tab or return gets a
// leading apostrophe). Reading is strict and says where a problem is.
namespace Csv {

QString field(const QString &value);
QString row(const QStringList &fields);
// Undoes field()'s defusing: a leading apostrophe before a formula character is dropped.
QString undefuse(const QString &value);

struct ParseError {
    int line = 0; // 1-based line of the file where the bad record starts
    QString message;
};

// Records of the whole text (see CsvReader, which reads a file piece by piece). Fails on a
// quote that is never closed or text after a closing quote.
std::optional<QList<QStringList>> parse(const QString &text, ParseError *error);

} // namespace Csv
