#include "core/store/SqlValues.h"

#include "core/store/StoreError.h"

#include <QCoreApplication>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SqlValues)
};
} // namespace

QDate SqlValues::dateFrom(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        throw StoreError(StoreError::Kind::Damaged,
                         Text::tr("The diary holds an impossible date (\u201c%1\u201d), perhaps written by another "
                                  "program. Nothing was changed; `cramp-diary check` names the entry and "
                                  "`cramp-diary check --repair` saves everything else.")
                                 .arg(text.left(40)));
    return date;
}
