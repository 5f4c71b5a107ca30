#include "CsvImport.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CsvImport)
};
} // namespace

QString CsvImportResult::describe() const
{
    QStringList lines;
    for (const CsvImportProblem &p : problems) {
        lines.append(p.column.isEmpty() ? Text::tr("line %1: %2").arg(p.line).arg(p.reason)
                                        : Text::tr("line %1, column %2: %3").arg(p.line).arg(p.column, p.reason));
    }
    return lines.join(QLatin1Char('\n'));
}
