#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "core/domain/DateText.h"
#include "core/domain/DisplayNames.h"
#include "core/domain/EpisodeValidator.h"
#include "core/guidance/GuidanceLibrary.h"
#include "core/guidance/RedFlagRules.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <QLocale>

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LogCommand)
};

// "stretch:yes,massage:no,heat" -> reliefs with whether each helped.
QList<ReliefTried> parseReliefs(const QString &text)
{
    QList<ReliefTried> reliefs;
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        const auto relief = fromKey<Relief>(parts.value(0).trimmed().toLower());
        if (!relief)
            throw UsageError(CliContext::invalidChoice(QStringLiteral("relief"), parts.value(0), allKeys<Relief>()));
        ReliefTried tried { *relief, std::nullopt };
        if (parts.size() > 1) {
            const QString helped = parts.value(1).trimmed().toLower();
            if (helped == QLatin1StringView("yes") || helped == QLatin1StringView("helped"))
                tried.helped = true;
            else if (helped == QLatin1StringView("no"))
                tried.helped = false;
            else
                throw UsageError(
                        Text::tr("--relief: after '%1:' write yes or no (got '%2').").arg(parts.value(0), helped));
        }
        reliefs.append(tried);
    }
    return reliefs;
}

QList<WarningSign> parseSigns(const QString &text)
{
    QList<WarningSign> signs;
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const auto sign = fromKey<WarningSign>(item.trimmed().toLower());
        if (!sign)
            throw UsageError(CliContext::invalidChoice(QStringLiteral("sign"), item, allKeys<WarningSign>()));
        if (!signs.contains(*sign))
            signs.append(*sign);
    }
    return signs;
}
// "No cramps last night": a night the person vouches for, which a self-experiment counts.
int logNoCramps(CliContext &context, const QCommandLineParser &parser)
{
    for (const char *option : { "at", "severity", "leg", "muscle", "duration", "woke", "sleep-disturbance", "relief",
                                "soreness", "sign", "notes" }) {
        if (parser.isSet(QString::fromLatin1(option)))
            throw UsageError(Text::tr("--no-cramps records a night without cramps; it does not go with --%1.")
                                     .arg(QLatin1StringView(option)));
    }
    const NightClock clock = context.nightRule().clock();
    const QDateTime now = QDateTime::currentDateTime();
    QDate night = clock.nightBefore(now.date()); // last night

    if (const auto given = CliContext::date(parser, QStringLiteral("night")))
        night = *given;
    if (night > clock.nightOf(now))
        throw UsageError(Text::tr("--night: the night of %1 has not begun yet; nothing was saved.")
                                 .arg(night.toString(Qt::ISODate)));
    const auto diary = context.openDiary(parser, false);
    if (const int cramps = int(diary->episodesInNights(night, night, clock).size()); cramps > 0)
        throw UsageError(Text::tr("The night of %1 already has %n cramp(s) logged; nothing was saved.", nullptr, cramps)
                                 .arg(DateText::shortDayWithYear(night)));
    diary->recordNoCramps(night);
    context.out << Text::tr("Recorded: no cramps on the night of %1.").arg(DateText::shortDayWithYear(night))
                << Qt::endl;
    return 0;
}
} // namespace

int CliCommands::log(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Record a cramp. Only the time is needed; add what you know."));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
            { QStringLiteral("at"), Text::tr("When it started: now (default), 03:10, or 2026-11-23T03:10[+01:00]."),
              Text::tr("time") },
            { QStringLiteral("severity"), Text::tr("How bad, 0 (none) to 10 (worst imaginable)."), Text::tr("0-10") },
            { QStringLiteral("leg"), Text::tr("Which leg: left, right, both."), Text::tr("leg") },
            { QStringLiteral("muscle"), Text::tr("Which muscle: %1.").arg(allKeys<Muscle>().join(QStringLiteral(", "))),
              Text::tr("muscle") },
            { QStringLiteral("duration"), Text::tr("How long: 90, 90s, 2m, 1m30s."), Text::tr("duration") },
            { QStringLiteral("woke"), Text::tr("Whether it woke you: yes or no."), Text::tr("yes|no") },
            { QStringLiteral("sleep-disturbance"), Text::tr("How much it disturbed your sleep, 0 to 10."),
              Text::tr("0-10") },
            { QStringLiteral("relief"),
              Text::tr("What you tried, and whether it helped: e.g. stretch:yes,massage:no. Reliefs: %1.")
                      .arg(allKeys<Relief>().join(QStringLiteral(", "))),
              Text::tr("list") },
            { QStringLiteral("soreness"), Text::tr("Whether the muscle was sore afterwards: yes or no."),
              Text::tr("yes|no") },
            { QStringLiteral("sign"),
              Text::tr("Warning signs noticed, comma-separated: %1.")
                      .arg(allKeys<WarningSign>().join(QStringLiteral(", "))),
              Text::tr("list") },
            { QStringLiteral("notes"), Text::tr("Free notes."), Text::tr("text") },
            { QStringLiteral("no-cramps"),
              Text::tr("Record instead that a night had no cramps (by default last night), so that it counts as a "
                       "recorded quiet night.") },
            { QStringLiteral("night"), Text::tr("With --no-cramps: the night, by its evening's date."),
              Text::tr("YYYY-MM-DD") },
    });
    if (!context.parse(parser, arguments))
        return 0;
    if (parser.isSet(QStringLiteral("no-cramps")))
        return logNoCramps(context, parser);
    if (parser.isSet(QStringLiteral("night")))
        throw UsageError(Text::tr("--night goes with --no-cramps; a cramp's night follows from --at."));

    const QDateTime now = QDateTime::currentDateTime();
    Episode episode;
    episode.start = CliContext::time(QStringLiteral("at"), parser.value(QStringLiteral("at")), now);
    episode.severity = CliContext::intInRange(parser, QStringLiteral("severity"), 0, 10);
    episode.leg = CliContext::enumValue<Leg>(parser, QStringLiteral("leg"));
    episode.muscle = CliContext::enumValue<Muscle>(parser, QStringLiteral("muscle"));
    episode.durationSeconds = CliContext::duration(parser, QStringLiteral("duration"));
    episode.wokeFromSleep = CliContext::yesNo(parser, QStringLiteral("woke"));
    episode.sleepDisturbance = CliContext::intInRange(parser, QStringLiteral("sleep-disturbance"), 0, 10);
    episode.reliefs = parseReliefs(parser.value(QStringLiteral("relief")));
    episode.sorenessAfter = CliContext::yesNo(parser, QStringLiteral("soreness"));
    episode.warningSigns = parseSigns(parser.value(QStringLiteral("sign")));
    episode.notes = parser.value(QStringLiteral("notes"));
    const QList<FieldProblem> problems = EpisodeValidator::validate(episode, now);
    if (!problems.isEmpty()) {
        const QString option
                = problems.first().field == QLatin1StringView("start") ? QStringLiteral("at") : problems.first().field;
        throw UsageError(QStringLiteral("--%1: %2").arg(option, problems.first().message));
    }

    const auto diary = context.openDiary(parser, false);
    const qint64 id = diary->addEpisode(episode);
    const NightClock clock = context.nightRule().clock();
    context.out << Text::tr("Logged cramp #%1 at %2 (night of %3).")
                           .arg(id)
                           .arg(DateText::dateTime(episode.start),
                                DateText::shortDayWithYear(clock.nightOf(episode.start)))
                << Qt::endl;
    // Warning signs are never passed over, on the command line either.
    const GuidanceLibrary guidance = GuidanceLibrary::load(); // outlives the topic pointers below
    for (const RedFlagAlert &alert : RedFlagRules::forEpisode(episode)) {
        context.out << Qt::endl
                    << QStringLiteral("\u26a0 ") << alert.headline.toUpper() << Qt::endl
                    << QStringLiteral("  ") << alert.advice << Qt::endl
                    << QStringLiteral("  ") << Text::tr("You noted: %1").arg(alert.reasons.join(QStringLiteral(", ")))
                    << Qt::endl;
        if (const GuidanceTopic *topic = guidance.topic(alert.topicId))
            context.out << QStringLiteral("  ")
                        << Text::tr("Guidance: \u201c%1\u201d (in the app: Guidance)").arg(topic->title) << Qt::endl;
    }
    return 0;
}
