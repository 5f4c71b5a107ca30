#include "core/exchange/EpisodeJson.h"

#include "core/domain/NightClock.h"

#include <QJsonArray>

namespace {
template<typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

template<typename E>
QJsonValue keyOrNull(const std::optional<E> &value)
{
    return value ? QJsonValue(toKey(*value)) : QJsonValue(QJsonValue::Null);
}
} // namespace

namespace EpisodeJson {

QJsonObject toJson(const Episode &episode, const NightClock &clock)
{
    QJsonArray reliefs;
    for (const ReliefTried &relief : episode.reliefs)
        reliefs.append(QJsonObject { { QStringLiteral("relief"), toKey(relief.relief) },
                                     { QStringLiteral("helped"), orNull(relief.helped) } });
    QJsonArray signs;
    for (WarningSign sign : episode.warningSigns)
        signs.append(toKey(sign));
    return QJsonObject {
        { QStringLiteral("id"), episode.id },
        { QStringLiteral("night"), clock.nightOf(episode.start).toString(Qt::ISODate) },
        { QStringLiteral("start"), episode.start.toString(Qt::ISODate) },
        { QStringLiteral("utcOffsetMinutes"), episode.start.offsetFromUtc() / 60 },
        { QStringLiteral("durationSeconds"), orNull(episode.durationSeconds) },
        { QStringLiteral("severity"), orNull(episode.severity) },
        { QStringLiteral("leg"), keyOrNull(episode.leg) },
        { QStringLiteral("muscle"), keyOrNull(episode.muscle) },
        { QStringLiteral("wokeFromSleep"), orNull(episode.wokeFromSleep) },
        { QStringLiteral("sleepDisturbance"), orNull(episode.sleepDisturbance) },
        { QStringLiteral("reliefs"), reliefs },
        { QStringLiteral("sorenessAfter"), orNull(episode.sorenessAfter) },
        { QStringLiteral("warningSigns"), signs },
        { QStringLiteral("notes"), episode.notes },
    };
}

} // namespace EpisodeJson
