#include "core/domain/Episode.h"

QDateTime withFixedOffset(const QDateTime &time)
{
    return time.toOffsetFromUtc(time.offsetFromUtc());
}
