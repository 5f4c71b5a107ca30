// experiment plan|show|result|stop: a self-experiment (a trial of one) from the command line.
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "core/domain/DateText.h"
#include "core/exchange/ExperimentJson.h"
#include "core/experiment/ExperimentNights.h"
#include "core/experiment/ExperimentPlanner.h"
#include "core/experiment/ExperimentWording.h"
#include "core/experiment/PlanPower.h"
#include "core/experiment/RandomisationTest.h"
#include "core/store/DiaryRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExperimentCommand)
};

void printJson(CliContext &context, const QJsonObject &object)
{
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonArray dateArray(const QList<QDate> &dates)
{
    QJsonArray array;
    for (const QDate date : dates)
        array.append(date.toString(Qt::ISODate));
    return array;
}

QJsonObject armJson(const ArmFigures &arm)
{
    return { { QStringLiteral("nights"), arm.nights },
             { QStringLiteral("crampNights"), arm.crampNights },
             { QStringLiteral("cramps"), arm.cramps },
             { QStringLiteral("crampNightRate"), arm.nights ? QJsonValue(arm.crampNightRate()) : QJsonValue() },
             { QStringLiteral("crampsPerNight"), arm.nights ? QJsonValue(arm.crampsPerNight()) : QJsonValue() },
             { QStringLiteral("meanWorstSeverity"), orNull(arm.meanWorstSeverity()) } };
}

QJsonValue testJson(const std::optional<RandomisationResult> &test)
{
    if (!test)
        return QJsonValue();
    return QJsonObject { { QStringLiteral("p"), test->p },
                         { QStringLiteral("oneSided"), true },
                         { QStringLiteral("exact"), test->exact },
                         { QStringLiteral("assignments"), test->assignmentsConsidered },
                         { QStringLiteral("monteCarloError"), test->monteCarloError } };
}

QJsonObject comparisonJson(const ArmComparison &c)
{
    QJsonObject json { { QStringLiteral("change"), armJson(c.change) },
                       { QStringLiteral("usual"), armJson(c.usual) },
                       { QStringLiteral("crampNightTest"), testJson(c.crampNightTest) },
                       { QStringLiteral("crampsTest"), testJson(c.crampsTest) },
                       { QStringLiteral("severityDifference"), orNull(c.severityDifference()) },
                       { QStringLiteral("crampNightRateRatio"), orNull(c.crampNightRateRatio()) } };
    const bool compared = c.change.nights > 0 && c.usual.nights > 0;
    json.insert(QStringLiteral("crampNightRateDifference"),
                compared ? QJsonValue(c.crampNightRateDifference()) : QJsonValue());
    // Each end a one-sided 95% bound from inverting the randomisation test (a 90% range).
    json.insert(QStringLiteral("crampNightInterval"),
                c.crampNightInterval
                        ? QJsonValue(QJsonObject { { QStringLiteral("low"), c.crampNightInterval->low },
                                                   { QStringLiteral("high"), c.crampNightInterval->high },
                                                   { QStringLiteral("level"), 0.90 },
                                                   { QStringLiteral("method"), QStringLiteral("randomisation") } })
                        : QJsonValue());
    return json;
}

ExperimentChange changeFrom(const QString &text, const QCommandLineParser &parser, const DiaryRepository &diary)
{
    ExperimentChange change;
    if (const auto kind = fromKey<ExperimentChange::Kind>(text.trimmed().toLower());
        kind && *kind != ExperimentChange::OwnFactor) {
        change.kind = *kind;
    } else {
        const QList<Factor> factors = diary.factors();
        const auto own = std::find_if(factors.cbegin(), factors.cend(), [&](const Factor &f) {
            return !f.isBuiltin() && f.kind == FactorKind::YesNo
                    && f.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (own == factors.cend())
            throw UsageError(Text::tr("--factor: '%1' is neither stretching, water, magnesium, toes_not_pointed nor "
                                      "one of your own yes/no factors.")
                                     .arg(text));
        change = { ExperimentChange::OwnFactor, 0, own->id, own->name };
    }
    if (change.kind == ExperimentChange::Stretching)
        change.amount = CliContext::intInRange(parser, QStringLiteral("minutes"), 1, 120)
                                .value_or(ExperimentChange::DefaultStretchMinutes);
    if (change.kind == ExperimentChange::Water)
        change.amount = CliContext::intInRange(parser, QStringLiteral("millilitres"), 500, 6000)
                                .value_or(ExperimentChange::DefaultWaterMillilitres);
    return change;
}

int plan(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("factor")))
        throw UsageError(Text::tr("experiment plan needs --factor (stretching, water, magnesium, toes_not_pointed, or "
                                  "the name of one of your own yes/no factors)."));
    const auto diary = context.openDiary(parser, false);
    const NightClock clock = context.nightRule().clock();
    const QDate tonight = clock.tonight(QDateTime::currentDateTime());
    Experiment e;
    e.change = changeFrom(parser.value(QStringLiteral("factor")), parser, *diary);
    e.design.scheme = e.change.scheme();
    e.design.blockNights = ExperimentDesign::defaultBlockNights(e.design.scheme);
    e.design.nights = CliContext::intInRange(parser, QStringLiteral("nights"), 2, ExperimentDesign::MaximumNights)
                              .value_or(ExperimentDesign::DefaultNights);
    e.design.washoutNights = CliContext::intInRange(parser, QStringLiteral("washout"), 0, 6).value_or(0);
    e.design.baselineWeek = parser.isSet(QStringLiteral("baseline"));
    e.design.start = CliContext::date(parser, QStringLiteral("start")).value_or(tonight);
    if (e.design.start < tonight)
        throw UsageError(Text::tr("--start: an experiment starts tonight (%1) or later; its nights are assigned before "
                                  "they happen.")
                                 .arg(tonight.toString(Qt::ISODate)));
    e.design.seed = parser.isSet(QStringLiteral("seed"))
            ? quint32(
                    CliContext::intInRange(parser, QStringLiteral("seed"), 0, std::numeric_limits<int>::max()).value())
            : QRandomGenerator::system()->bounded(std::numeric_limits<int>::max());
    if (const QString problem = e.design.problem(); !problem.isEmpty())
        throw UsageError(problem);
    e.plan = ExperimentPlanner::draw(e.design);
    e.plannedAt = QDateTime::currentDateTimeUtc();
    e.id = diary->startExperiment(e);

    // What the plan can detect needs how often cramps come now: from the diary's last
    // weeks, or from the person when the diary is too young to say. Never a guess.
    std::optional<double> now = ExperimentNights::recentCrampNightRate(diary->snapshot(), clock, tonight.addDays(-1));
    if (const auto perWeek = CliContext::intInRange(parser, QStringLiteral("nights-a-week"), 0, 7))
        now = *perWeek / 7.0;
    const std::optional<double> target = now ? std::optional(*now * 0.3) : std::nullopt;
    const std::optional<double> power
            = now ? std::optional(PlanPower::estimate(e.design, *now, *target)) : std::nullopt;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json { { QStringLiteral("experiment"), ExperimentJson::toJson(e) },
                           { QStringLiteral("currentCrampNightRate"), orNull(now) },
                           { QStringLiteral("powerForAFallTo"), orNull(target) },
                           { QStringLiteral("power"), orNull(power) },
                           { QStringLiteral("smallestPossibleP"), RandomisationTest::smallestPossibleP(e.design) } };
        printJson(context, json);
        return 0;
    }
    context.out << Text::tr("Planned: %1, %2 nights from %3 to %4 (seed %5).")
                           .arg(e.change.name())
                           .arg(e.plan.size())
                           .arg(DateText::date(e.firstNight()), DateText::date(e.lastNight()))
                           .arg(e.design.seed)
                << Qt::endl
                << (power ? ExperimentWording::power(e.design, *now, *target, *power)
                          : Text::tr("The diary has fewer than 7 tracked nights, so it cannot tell yet how often "
                                     "cramps come, nor what this plan can detect. Add --nights-a-week N (how many "
                                     "nights a week cramps wake you) to see it."))
                << Qt::endl;
    if (const QString floor = ExperimentWording::floor(e.design); !floor.isEmpty())
        context.out << floor << Qt::endl;
    context.out << ExperimentWording::tonight(e, tonight) << Qt::endl;
    return 0;
}

int show(CliContext &context, const QCommandLineParser &parser)
{
    const auto diary = context.openDiary(parser, true);
    const auto e = diary->experiment();
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(context,
                  { { QStringLiteral("experiment"), e ? QJsonValue(ExperimentJson::toJson(*e)) : QJsonValue() } });
        return 0;
    }
    if (!e) {
        context.out << Text::tr("No experiment yet. Plan one with: cramp-diary experiment plan --factor stretching")
                    << Qt::endl;
        return 0;
    }
    context.out << Text::tr("%1, %2 to %3:")
                           .arg(e->change.name(), DateText::date(e->firstNight()), DateText::date(e->lastNight()))
                << Qt::endl;
    for (const PlannedNight &p : e->plan) {
        QString what = p.role == PlannedNight::Baseline ? Text::tr("baseline, as usual") : e->change.instruction(p.arm);
        if (p.role == PlannedNight::Washout)
            what = Text::tr("%1 (washout, not counted)").arg(what);
        if (e->followed.contains(p.night))
            what += e->followed.value(p.night) ? Text::tr(" - followed") : Text::tr(" - not followed");
        context.out << QStringLiteral("%1  %2").arg(DateText::shortDayWithYear(p.night), what) << Qt::endl;
    }
    return 0;
}

int result(CliContext &context, const QCommandLineParser &parser)
{
    const auto diary = context.openDiary(parser, true);
    const auto e = diary->experiment();
    if (!e)
        throw UsageError(Text::tr("There is no experiment in this diary yet."));
    const NightClock clock = context.nightRule().clock();
    const QDate lastEnded = clock.lastSleptNight(QDateTime::currentDateTime());
    const ExperimentAnalysis analysis = ExperimentNights::analyse(*e, diary->snapshot(), clock, lastEnded);
    const QStringList words = ExperimentWording::result(*e, analysis);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(context,
                  { { QStringLiteral("experiment"), ExperimentJson::toJson(*e) },
                    { QStringLiteral("finished"), analysis.hasResult() },
                    { QStringLiteral("stoppedEarly"), analysis.stage == ExperimentAnalysis::Stage::StoppedEarly },
                    { QStringLiteral("plannedNights"), analysis.plannedNights },
                    { QStringLiteral("completedNights"), analysis.completedNights },
                    { QStringLiteral("nightsWithData"), analysis.nightsWithData },
                    { QStringLiteral("missingNights"), dateArray(analysis.missingNights) },
                    { QStringLiteral("followedNights"), analysis.followedNights },
                    { QStringLiteral("asAssigned"), comparisonJson(analysis.asAssigned) },
                    { QStringLiteral("asFollowed"), comparisonJson(analysis.asFollowed) },
                    { QStringLiteral("verdict"),
                      analysis.hasResult() ? QJsonValue(ExperimentWording::verdict(analysis)) : QJsonValue() },
                    { QStringLiteral("text"), QJsonArray::fromStringList(words) } });
        return 0;
    }
    if (!analysis.hasResult())
        context.out << Text::tr("Not finished: %1 nights of the plan have ended, %2 of them recorded; no result until "
                                "the night of %3 has ended.")
                               .arg(analysis.completedNights)
                               .arg(analysis.nightsWithData)
                               .arg(DateText::date(e->lastNight()))
                    << Qt::endl
                    << Qt::endl;
    for (const QString &paragraph : words)
        context.out << paragraph << Qt::endl << Qt::endl;
    return 0;
}

int stop(CliContext &context, const QCommandLineParser &parser)
{
    const auto diary = context.openDiary(parser, false);
    const QDate lastEnded = context.nightRule().clock().lastSleptNight(QDateTime::currentDateTime());
    diary->stopExperiment(lastEnded);
    const auto e = diary->experiment();
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(context, { { QStringLiteral("stoppedAfter"), e->stoppedAfter->toString(Qt::ISODate) } });
        return 0;
    }
    context.out << Text::tr("Stopped the experiment on %1 after the night of %2; its result counts the nights up to "
                            "then (cramp-diary experiment result).")
                           .arg(e->change.name(), DateText::date(*e->stoppedAfter))
                << Qt::endl
                << Text::tr("Note: a plan stopped because it looked good overstates the effect; the result says it was "
                            "stopped early and how many nights it rests on.")
                << Qt::endl;
    return 0;
}
} // namespace

int CliCommands::experiment(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("A self-experiment: test one change to your evenings with a plan of nights drawn at random "
                     "(a trial of one).\n  plan    plan one and fix its nights\n  show    every planned night\n"
                     "  result  what it shows so far\n  stop    end it early"));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
            { QStringLiteral("factor"),
              Text::tr("plan: what to test: stretching, water, magnesium, toes_not_pointed, or one of your own yes/no "
                       "factors by name."),
              Text::tr("change") },
            { QStringLiteral("minutes"), Text::tr("plan: minutes of stretching (default 10)."), Text::tr("minutes") },
            { QStringLiteral("millilitres"), Text::tr("plan: water to drink (default 2000)."), Text::tr("ml") },
            { QStringLiteral("nights"), Text::tr("plan: nights with a plan (default 28, half with the change)."),
              Text::tr("nights") },
            { QStringLiteral("baseline"), Text::tr("plan: start with a week as usual, not counted.") },
            { QStringLiteral("nights-a-week"),
              Text::tr("plan: about how many nights a week cramps wake you (0-7), for what the plan can detect; "
                       "by default read from the diary's last weeks."),
              Text::tr("nights") },
            { QStringLiteral("washout"),
              Text::tr("plan (magnesium): nights at the start of each block left out, 0 to 6."), Text::tr("nights") },
            { QStringLiteral("start"), Text::tr("plan: the first night (default tonight)."), Text::tr("YYYY-MM-DD") },
            { QStringLiteral("seed"), Text::tr("plan: the random seed, to draw a known plan."), Text::tr("number") },
            { QStringLiteral("json"), Text::tr("Print JSON instead of text.") },
    });
    // The action follows the command: cramp-diary experiment plan --factor stretching.
    QStringList options = arguments;
    const QString action
            = options.size() > 2 && !options.at(2).startsWith(QLatin1Char('-')) ? options.takeAt(2) : QString();
    if (!context.parse(parser, options))
        return 0;
    const QStringList actions { QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("result"),
                                QStringLiteral("stop") };
    if (!actions.contains(action))
        throw UsageError(
                Text::tr("experiment needs an action: %1 (got '%2').").arg(actions.join(QStringLiteral(", ")), action));
    if (action == QLatin1StringView("plan"))
        return plan(context, parser);
    if (action == QLatin1StringView("show"))
        return show(context, parser);
    if (action == QLatin1StringView("result"))
        return result(context, parser);
    return stop(context, parser);
}
