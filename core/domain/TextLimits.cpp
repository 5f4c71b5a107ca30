#include "core/domain/TextLimits.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TextLimits)
};
} // namespace

QString TextLimits::tooLong(const QString &what, int limit)
{
    return Text::tr("%1 is longer than the %2 characters a diary keeps; nothing was saved.")
            .arg(what, QLocale().toString(limit));
}
