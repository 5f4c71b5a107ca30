#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "core/domain/DateText.h"
#include "core/domain/DisplayNames.h"
#include "core/domain/DurationText.h"
#include "core/exchange/EpisodeJson.h"
#include "core/store/DiaryRepository.h"

#include <QJsonDocument>
#include <QLocale>

namespace {
constexpr int JsonWindowNights = 31;
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
};

QString describe(const Episode &e)
{
    QStringList parts;
    parts.append(DateText::time(e.start));
    const QString where = DisplayNames::inText(e.leg, e.muscle);
    if (!where.isEmpty())
        parts.append(where);
    if (e.severity)
        parts.append(Text::tr("severity %1/10").arg(*e.severity));
    if (e.durationSeconds)
        parts.append(DurationText::of(qint64(*e.durationSeconds)));
    if (!e.warningSigns.isEmpty())
        parts.append(Text::tr("WARNING SIGNS: %1").arg(e.warningSigns.size()));
    QString line = parts.join(QStringLiteral(", "));
    if (!e.notes.isEmpty())
        line += QStringLiteral(" \u2014 ") + QString(e.notes).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line;
}
} // namespace

int CliCommands::list(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Print the cramps of a range of nights (default: the last 30)."));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
            { QStringLiteral("from"), Text::tr("First night, YYYY-MM-DD."), Text::tr("date") },
            { QStringLiteral("to"), Text::tr("Last night, YYYY-MM-DD (default: last night)."), Text::tr("date") },
            { QStringLiteral("json"), Text::tr("Print JSON instead of text.") },
    });
    if (!context.parse(parser, arguments))
        return 0;

    const NightClock clock = context.nightRule().clock();
    const QDate to
            = CliContext::date(parser, QStringLiteral("to")).value_or(clock.nightOf(QDateTime::currentDateTime()));
    const QDate from = CliContext::date(parser, QStringLiteral("from")).value_or(to.addDays(-29));
    if (from > to)
        throw UsageError(Text::tr("--from must not be after --to."));

    const auto diary = context.openDiary(parser, true);
    if (parser.isSet(QStringLiteral("json"))) {
        // Streamed a month of nights at a time, one cramp per line: memory stays that of a
        // month however long the range, where a whole array would hold every cramp three times.
        context.out << QLatin1Char('[');
        bool first = true;
        for (QDate month = from; month <= to; month = month.addDays(JsonWindowNights)) {
            for (const Episode &episode :
                 diary->episodesInNights(month, std::min(to, month.addDays(JsonWindowNights - 1)), clock)) {
                context.out << (first ? "\n  " : ",\n  ")
                            << QString::fromUtf8(QJsonDocument(EpisodeJson::toJson(episode, clock))
                                                         .toJson(QJsonDocument::Compact));
                first = false;
            }
        }
        context.out << (first ? "]" : "\n]") << Qt::endl;
        return 0;
    }
    const QList<Episode> episodes = diary->episodesInNights(from, to, clock);

    const QLocale locale;
    context.out << QCoreApplication::translate("ListCommand", "Nights %1 to %2: %n cramp(s)", nullptr,
                                               int(episodes.size()))
                           .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat))
                << Qt::endl;
    QDate currentNight;
    for (const Episode &episode : episodes) {
        const QDate night = clock.nightOf(episode.start);
        if (night != currentNight) {
            context.out << Text::tr("Night of %1").arg(locale.toString(night, QLocale::LongFormat)) << Qt::endl;
            currentNight = night;
        }
        context.out << QStringLiteral("  #%1  ").arg(episode.id) << describe(episode) << Qt::endl;
    }
    return 0;
}
