#include "core/domain/DurationText.h"

#include <cmath>

#include <QCoreApplication>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DurationText)
};
} // namespace

QString DurationText::of(qint64 seconds)
{
    if (seconds < 60)
        return Text::tr("%1 s").arg(seconds);
    if (seconds >= 3600) {
        const qint64 minutes = (seconds + 30) / 60;
        return minutes % 60 ? Text::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                            : Text::tr("%1 h").arg(minutes / 60);
    }
    return seconds % 60 ? Text::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60)
                        : Text::tr("%1 min").arg(seconds / 60);
}

QString DurationText::of(double seconds)
{
    return of(qint64(std::llround(seconds)));
}
