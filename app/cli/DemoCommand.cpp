#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/store/DiaryRepository.h"

#include <QTimeZone>

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};
} // namespace

int CliCommands::demo(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("Fill a new, empty diary with a realistic generated history (the same seed gives the same "
                     "diary). Meant for trying the app out, screenshots and benchmarks; use --database to pick a "
                     "file other than your own diary."));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
            { QStringLiteral("nights"), Text::tr("How many nights of history (1 to 7300; default 180)."),
              Text::tr("count") },
            { QStringLiteral("seed"), Text::tr("Seed of the generator (default 1)."), Text::tr("number") },
            { QStringLiteral("end"), Text::tr("The last night of the history (default: last night)."),
              Text::tr("YYYY-MM-DD") },
            { QStringLiteral("zone"), Text::tr("IANA time zone the history is lived in (default: this computer's)."),
              Text::tr("zone") },
            { QStringLiteral("experiment"),
              Text::tr("End with a finished 28-night self-experiment on stretching before bed (its known effect: "
                       "cramps on stretched nights a quarter as likely).") },
    });
    if (!context.parse(parser, arguments))
        return 0;

    DemoDiaryGenerator::Options options;
    options.nights = CliContext::intInRange(parser, QStringLiteral("nights"), 1, 7300).value_or(180);
    options.experiment = parser.isSet(QStringLiteral("experiment"));
    options.seed = quint32(CliContext::intInRange(parser, QStringLiteral("seed"), 0, 2147483647).value_or(1));
    const NightClock clock = context.nightRule().clock();
    options.lastNight = CliContext::date(parser, QStringLiteral("end"))
                                .value_or(clock.nightOf(QDateTime::currentDateTime()).addDays(-1));
    if (parser.isSet(QStringLiteral("zone"))) {
        options.zone = QTimeZone(parser.value(QStringLiteral("zone")).toUtf8());
        if (!options.zone.isValid())
            throw UsageError(Text::tr("--zone: '%1' is not a time zone this computer knows (e.g. Europe/London).")
                                     .arg(parser.value(QStringLiteral("zone"))));
    }

    const auto diary = context.openDiary(parser, false);
    if (diary->episodeCount() > 0 || diary->firstNight(clock).has_value() || !diary->medications().isEmpty())
        throw UsageError(Text::tr("%1 already has entries; demo fills only a new, empty diary. Pick another file "
                                  "with --database.")
                                 .arg(diary->path()));
    const auto summary = DemoDiaryGenerator::generate(*diary, options);
    context.out << Text::tr("Generated %1 nights (%2 check-ins, %3 cramps, %4 medicines) in %5.")
                           .arg(summary.nights)
                           .arg(summary.checkIns)
                           .arg(summary.episodes)
                           .arg(summary.medications)
                           .arg(diary->path())
                << Qt::endl;
    return 0;
}
