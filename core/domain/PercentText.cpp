#include "core/domain/PercentText.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PercentText)
};
} // namespace

namespace PercentText {

QString of(double percent)
{
    return Text::tr("%1%", "a percentage: German puts a no-break space before the sign")
            .arg(QLocale().toString(percent, 'f', 0));
}

QString ofShare(double share)
{
    return of(100.0 * share);
}

QString of(int part, int whole)
{
    return of(whole ? 100.0 * part / whole : 0.0);
}

} // namespace PercentText
