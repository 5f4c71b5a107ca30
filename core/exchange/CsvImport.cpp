#include "core/exchange/CsvImport.h"

#include "core/exchange/CsvReader.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <algorithm>

#include <QBuffer>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CsvImport)
};
} // namespace

namespace CsvImport {

namespace {
struct Refused {
}; // leaves the action early so that its transaction is undone
} // namespace

void run(DiaryRepository &diary, QIODevice &input, CsvImportResult &result,
         const std::function<void(const QStringList &header)> &header,
         const std::function<void(int line, const QStringList &fields)> &row, QChar separator, bool keep)
{
    try {
        diary.runAsOneAction([&] {
            CsvReader reader(input, separator);
            const auto first = reader.next();
            if (!first)
                result.add(reader.error() ? CsvImportProblem { reader.error()->line, {}, reader.error()->message }
                                          : CsvImportProblem { 1, {}, Text::tr("the file is empty") });
            else
                header(first->fields);
            if (!result.ok())
                throw Refused {};
            while (const auto record = reader.next())
                row(record->line, record->fields);
            if (reader.error())
                result.add({ reader.error()->line, {}, reader.error()->message });
            if (!result.ok() || !keep)
                throw Refused {};
        });
    } catch (const Refused &) {
        if (!result.ok())
            result.imported = 0;
    }
}

CsvImportResult fromText(const QString &text, const std::function<CsvImportResult(QIODevice &)> &import)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return import(buffer);
}

} // namespace CsvImport

void CsvImportResult::add(const CsvImportProblem &problem)
{
    ++problemCount;
    if (problems.size() < MaxProblemsListed)
        problems.append(problem);
    else
        ++moreByColumn[problem.column.isEmpty() ? Text::tr("whole rows") : problem.column];
}

QString CsvImportResult::describe() const
{
    QStringList lines;
    for (const CsvImportProblem &p : problems) {
        lines.append(p.column.isEmpty() ? Text::tr("line %1: %2").arg(p.line).arg(p.reason)
                                        : Text::tr("line %1, column %2: %3").arg(p.line).arg(p.column, p.reason));
    }
    if (problemCount > problems.size()) {
        // Hundreds of lines help nobody: the rest are counted by column, most first.
        QList<std::pair<int, QString>> counts;
        for (auto it = moreByColumn.cbegin(); it != moreByColumn.cend(); ++it)
            counts.append({ it.value(), it.key() });
        std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList kinds;
        for (const auto &[count, column] : counts)
            kinds.append(Text::tr("%1: %2").arg(column).arg(count));
        lines.append(QStringLiteral("\u2026")
                     + Text::tr("and %n more problem(s) (%1).", nullptr, int(problemCount - problems.size()))
                               .arg(kinds.join(QStringLiteral(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}

QString CsvImportResult::summary() const
{
    QString text = Text::tr("Imported %n row(s).", nullptr, imported);
    if (skippedDuplicates > 0)
        text += QLatin1Char(' ') + Text::tr("Skipped %n cramp(s) already in the diary.", nullptr, skippedDuplicates);
    if (otherRows > 0)
        text += QLatin1Char(' ')
                + Text::tr("Left out %n row(s) about something other than cramps.", nullptr, otherRows);
    if (!medicinesAdded.isEmpty())
        text += QLatin1Char(' ')
                + Text::tr("Added the medicine(s) the file names: %1 (add their class and dates under Medicines).",
                           nullptr, int(medicinesAdded.size()))
                          .arg(medicinesAdded.join(QStringLiteral(", ")));
    return text;
}
