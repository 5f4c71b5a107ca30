#include "core/analysis/Significance.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Significance)
};
constexpr double Smallest = 0.001; // below this, three decimals would read as zero
} // namespace

QString Significance::value(double p)
{
    return p < Smallest ? Text::tr("< 0.001") : QLocale().toString(p, 'f', 3);
}

QString Significance::statement(const QString &symbol, double p)
{
    return p < Smallest ? Text::tr("%1 < 0.001").arg(symbol) : Text::tr("%1 = %2").arg(symbol, value(p));
}
