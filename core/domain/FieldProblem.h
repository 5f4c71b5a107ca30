#pragma once

#include <QList>
#include <QString>

// A problem with one field of user input: which field (a stable name the UI maps to a
// widget, the CLI to an option) and, in words, what is wrong and what is allowed.
struct FieldProblem {
    QString field;
    QString message;
    bool operator==(const FieldProblem &) const = default;
};

QString joinedMessages(const QList<FieldProblem> &problems);
