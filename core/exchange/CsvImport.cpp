#include "core/exchange/CsvImport.h"

#include "core/exchange/Csv.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <algorithm>

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CsvImport)
};
} // namespace

namespace CsvImport {

std::optional<QList<QStringList>> records(const QString &text, CsvImportResult &result)
{
    if (text.size() > MaxFileBytes) {
        result.problems.append({ 0, {}, Text::tr("the file is larger than 50 MB") });
        return std::nullopt;
    }
    Csv::ParseError parseError;
    auto parsed = Csv::parse(text, &parseError);
    if (!parsed) {
        result.problems.append({ parseError.line, {}, parseError.message });
        return std::nullopt;
    }
    if (parsed->isEmpty()) {
        result.problems.append({ 1, {}, Text::tr("the file is empty") });
        return std::nullopt;
    }
    return parsed;
}

void commit(DiaryRepository &diary, int rows, const std::function<void()> &write, CsvImportResult &result)
{
    if (!result.problems.isEmpty())
        return;
    try {
        diary.runAsOneAction(write);
    } catch (const StoreError &error) {
        result.problems.append(
                { 0, {}, Text::tr("the diary refused the import, so nothing was imported: %1").arg(error.message()) });
        return;
    }
    result.imported = rows;
}

} // namespace CsvImport

QString CsvImportResult::describe() const
{
    QStringList lines;
    for (const CsvImportProblem &p : problems.mid(0, MaxProblemsListed)) {
        lines.append(p.column.isEmpty() ? Text::tr("line %1: %2").arg(p.line).arg(p.reason)
                                        : Text::tr("line %1, column %2: %3").arg(p.line).arg(p.column, p.reason));
    }
    if (problems.size() > MaxProblemsListed) {
        // Hundreds of lines help nobody: the rest are counted by column, most first.
        QMap<QString, int> byColumn;
        for (const CsvImportProblem &p : problems.mid(MaxProblemsListed))
            ++byColumn[p.column.isEmpty() ? Text::tr("whole rows") : p.column];
        QList<std::pair<int, QString>> counts;
        for (auto it = byColumn.cbegin(); it != byColumn.cend(); ++it)
            counts.append({ it.value(), it.key() });
        std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList kinds;
        for (const auto &[count, column] : counts)
            kinds.append(Text::tr("%1: %2").arg(column).arg(count));
        lines.append(QStringLiteral("\u2026")
                     + Text::tr("and %n more problem(s) (%1).", nullptr, int(problems.size() - MaxProblemsListed))
                               .arg(kinds.join(QStringLiteral(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}

QString CsvImportResult::summary() const
{
    QString text = Text::tr("Imported %n row(s).", nullptr, imported);
    if (skippedDuplicates > 0)
        text += QLatin1Char(' ')
                + Text::tr("%n cramp(s) already in the diary were skipped.", nullptr, skippedDuplicates);
    if (!medicinesAdded.isEmpty())
        text += QLatin1Char(' ')
                + Text::tr("Added the medicine(s) the file names: %1 (add their class and dates under Medicines).",
                           nullptr, int(medicinesAdded.size()))
                          .arg(medicinesAdded.join(QStringLiteral(", ")));
    return text;
}
