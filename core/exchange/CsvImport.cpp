#include "core/exchange/CsvImport.h"

#include "core/exchange/Csv.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
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
    for (const CsvImportProblem &p : problems) {
        lines.append(p.column.isEmpty() ? Text::tr("line %1: %2").arg(p.line).arg(p.reason)
                                        : Text::tr("line %1, column %2: %3").arg(p.line).arg(p.column, p.reason));
    }
    return lines.join(QLatin1Char('\n'));
}
