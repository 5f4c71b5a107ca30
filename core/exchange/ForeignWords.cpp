#include "core/exchange/ForeignWords.h"

#include "core/domain/EpisodeValidator.h"

#include <cmath>

#include <QHash>
#include <QRegularExpression>

namespace ForeignWords {

std::optional<Leg> leg(const QString &value)
{
    static const QHash<QString, Leg> words {
        { QStringLiteral("left"), Leg::Left },  { QStringLiteral("l"), Leg::Left },
        { QStringLiteral("links"), Leg::Left }, { QStringLiteral("right"), Leg::Right },
        { QStringLiteral("r"), Leg::Right },    { QStringLiteral("rechts"), Leg::Right },
        { QStringLiteral("both"), Leg::Both },  { QStringLiteral("b"), Leg::Both },
        { QStringLiteral("beide"), Leg::Both }, { QStringLiteral("bilateral"), Leg::Both }
    };
    const auto found = words.constFind(value.trimmed().toLower());
    if (found != words.cend())
        return *found;
    // A column holding side and muscle together ("Left outer calf"): the one side word in it.
    std::optional<Leg> side;
    for (const QString &word : value.toLower().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts)) {
        if (word.size() < 4)
            continue; // "l" or "r" inside a phrase are no sides
        if (const auto named = words.constFind(word); named != words.cend()) {
            if (side && *side != *named)
                return std::nullopt; // two sides named: unclear
            side = *named;
        }
    }
    return side;
}

// Muscles by the words other apps use; anything else is "other", its word kept in the notes.
Muscle muscle(const QString &value)
{
    const QString word = value.trimmed().toLower();
    const auto has = [&word](const char *part) { return word.contains(QLatin1StringView(part)); };
    if (has("calf") || has("calves") || has("wade") || has("gastrocnemius") || has("soleus"))
        return Muscle::Calf;
    if (has("toe") || has("zeh"))
        return Muscle::Toes;
    if (has("foot") || has("feet") || has("fu\u00df") || has("fuss") || has("sole") || has("arch"))
        return Muscle::Foot;
    if (has("hamstring") || (has("thigh") && has("back")) || has("hinten"))
        return Muscle::ThighBack;
    if (has("thigh") || has("quad") || has("oberschenkel"))
        return Muscle::ThighFront;
    return Muscle::Other;
}

std::optional<int> duration(const QString &text, ColumnMapping::DurationUnit unit)
{
    static const QRegularExpression minutesSeconds(QStringLiteral("^(\\d{1,4}):([0-5]\\d)$"));
    if (const QRegularExpressionMatch m = minutesSeconds.match(text.trimmed()); m.hasMatch())
        return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    bool ok = false;
    const double value = QString(text).trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok || value < 0 || !std::isfinite(value))
        return std::nullopt;
    const double seconds = unit == ColumnMapping::DurationUnit::Minutes ? value * 60 : value;
    if (seconds > EpisodeValidator::MaxDurationSeconds)
        return std::nullopt;
    return int(std::lround(seconds));
}

} // namespace ForeignWords
