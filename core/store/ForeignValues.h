#pragma once

#include <QString>

class Database;

// Values the schema's checks let through but no writer of this app writes: a date that
// does not exist (2025-02-30) or a text longer than TextLimits allow, put in by another
// program. A diary holding one is refused at open, so no view is ever handed it.
namespace ForeignValues {
// Throws StoreError (Damaged) naming the first such value; `path` is named in the message.
void refuse(Database &db, const QString &path);
} // namespace ForeignValues
