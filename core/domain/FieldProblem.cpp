#include "core/domain/FieldProblem.h"

#include <QStringList>

QString joinedMessages(const QList<FieldProblem> &problems)
{
    QStringList messages;
    for (const FieldProblem &problem : problems)
        messages.append(problem.message);
    return messages.join(QLatin1Char('\n'));
}
