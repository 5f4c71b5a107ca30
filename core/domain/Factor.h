#pragma once

#include "core/domain/FactorKind.h"

#include <optional>

#include <QString>
#include <QStringList>

// An evening factor that may go with cramps: built in from the guidance documents
// (builtinKey set) or defined by the user. Retired factors keep their history.
struct Factor {
    qint64 id = 0;
    QString builtinKey; // empty for the user's own factors
    QString name; // the user's name; built-ins are named by DisplayNames
    FactorKind kind = FactorKind::YesNo;
    QString unit; // for numbers; water is always stored in ml
    QStringList choices; // for choices: stable keys (built-ins) or the user's labels
    bool retired = false;
    std::optional<double> splitAt; // numbers: where the person chose to split them (none: the default)

    bool isBuiltin() const { return !builtinKey.isEmpty(); }
    bool operator==(const Factor &) const = default;
};
