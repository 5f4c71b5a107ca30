#include "core/domain/EpisodeValidator.h"

#include "core/domain/TextLimits.h"

#include <QCoreApplication>

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EpisodeValidator)
};
} // namespace

namespace EpisodeValidator {

QList<FieldProblem> validate(const Episode &episode, const QDateTime &now)
{
    QList<FieldProblem> problems;
    if (!episode.start.isValid())
        problems.append({ QStringLiteral("start"), Text::tr("Enter when the cramp started.") });
    else if (episode.start > now.addSecs(5 * 60))
        problems.append({ QStringLiteral("start"), Text::tr("The start is in the future; enter a time up to now.") });
    else if (episode.start.date().year() < 1900)
        problems.append({ QStringLiteral("start"), Text::tr("The start is before 1900; check the year.") });
    if (episode.durationSeconds && (*episode.durationSeconds < 0 || *episode.durationSeconds > MaxDurationSeconds))
        problems.append({ QStringLiteral("duration"), Text::tr("The duration must be between 0 and 24 hours.") });
    if (episode.severity && (*episode.severity < 0 || *episode.severity > 10))
        problems.append({ QStringLiteral("severity"), Text::tr("Severity must be a whole number from 0 to 10.") });
    if (episode.sleepDisturbance && (*episode.sleepDisturbance < 0 || *episode.sleepDisturbance > 10))
        problems.append({ QStringLiteral("sleepDisturbance"),
                          Text::tr("Sleep disturbance must be a whole number from 0 to 10.") });
    const int offset = episode.start.isValid() ? episode.start.offsetFromUtc() : 0;
    if (offset < -18 * 3600 || offset > 18 * 3600)
        problems.append({ QStringLiteral("start"), Text::tr("The time zone offset must be within 18 hours of UTC.") });
    for (qsizetype i = 0; i < episode.reliefs.size(); ++i) {
        for (qsizetype j = i + 1; j < episode.reliefs.size(); ++j) {
            if (episode.reliefs[i].relief == episode.reliefs[j].relief)
                problems.append({ QStringLiteral("reliefs"), Text::tr("Each relief can be listed only once.") });
        }
    }
    if (episode.notes.size() > TextLimits::Notes)
        problems.append({ QStringLiteral("notes"), TextLimits::tooLong(Text::tr("The notes"), TextLimits::Notes) });
    return problems;
}

} // namespace EpisodeValidator
