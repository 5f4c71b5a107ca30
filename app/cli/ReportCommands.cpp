// stats and report: the page-one figures as JSON or text, and the PDF report.
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "core/analysis/DiaryAnalysis.h"
#include "core/guidance/GuidanceLibrary.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/logging/BedsideSheet.h"
#include "ui/report/ReportDocument.h"

#include <QJsonDocument>
#include <QLocale>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};

void addRangeOptions(QCommandLineParser &parser)
{
    parser.addOptions({
            { QStringLiteral("from"),
              Text::tr("First night (default: 12 weeks before --to, or the diary's first night if later)."),
              Text::tr("YYYY-MM-DD") },
            { QStringLiteral("to"), Text::tr("Last night (default: last night)."), Text::tr("YYYY-MM-DD") },
            { QStringLiteral("baseline-from"),
              Text::tr("First night of the baseline (default: the period's first, when it has four weeks or more)."),
              Text::tr("YYYY-MM-DD") },
            { QStringLiteral("baseline-to"), Text::tr("Last night of the baseline (default: two weeks in)."),
              Text::tr("YYYY-MM-DD") },
            { QStringLiteral("baseline"),
              Text::tr("none: no baseline and no change from it; default: the first two weeks of a period of four "
                       "weeks or more."),
              Text::tr("none|default") },
    });
}

// The period and baseline asked for; by default the last 12 weeks (or the whole diary if it
// is shorter) and, for four weeks or more, a baseline of the first two (ReportFigures).
ReportOptions rangeOf(const QCommandLineParser &parser, const DiaryAnalysis &analysis)
{
    ReportOptions options;
    options.last = CliContext::date(parser, QStringLiteral("to")).value_or(analysis.lastNight());
    options.first = CliContext::date(parser, QStringLiteral("from"))
                            .value_or(ReportFigures::defaultPeriod(analysis, options.last).first);
    if (options.first > options.last)
        throw UsageError(Text::tr("--from must not be after --to."));
    const auto baselineFirst = CliContext::date(parser, QStringLiteral("baseline-from"));
    const auto baselineLast = CliContext::date(parser, QStringLiteral("baseline-to"));
    if (parser.isSet(QStringLiteral("baseline"))) {
        const QString kind = parser.value(QStringLiteral("baseline")).trimmed().toLower();
        if (kind != QLatin1StringView("none") && kind != QLatin1StringView("default"))
            throw UsageError(CliContext::invalidChoice(QStringLiteral("baseline"), kind,
                                                       { QStringLiteral("none"), QStringLiteral("default") }));
        if (baselineFirst || baselineLast)
            throw UsageError(Text::tr("--baseline is for none or the default; give --baseline-from and "
                                      "--baseline-to alone for other nights."));
        if (kind == QLatin1StringView("none"))
            options.baseline = ReportFigures::BaselineChoice::none();
    } else if (baselineFirst || baselineLast) {
        const QDate from = baselineFirst.value_or(options.first);
        const QDate to = baselineLast.value_or(ReportFigures::defaultBaseline(from).last);
        if (from > to)
            throw UsageError(Text::tr("--baseline-from must not be after --baseline-to."));
        options.baseline = ReportFigures::BaselineChoice::given(from, to);
    }
    return options;
}

// The range asked for and its analysis, read for the nights it needs only: the period, its
// baseline and a self-experiment
// it overlaps, whose page analyses all the experiment's nights. Only nights that have
// ended count, whatever --to asks for: the same rule as the window's.
std::pair<ReportOptions, DiaryAnalysis> rangeAndAnalysis(const QCommandLineParser &parser, const DiaryRepository &diary,
                                                         const NightRule &rule)
{
    const NightClock clock = rule.clock();
    const ReportOptions options = rangeOf(parser,
                                          DiaryAnalysis::span(diary.firstNight(clock).value_or(QDate()), clock,
                                                              rule.firstDayOfWeek(), rule.lastSleptNight()));
    const auto [from, to] = options.nightsToRead(diary.experiment());
    return { options,
             DiaryAnalysis(diary.snapshot(from, to, clock), clock, rule.firstDayOfWeek(), rule.lastSleptNight()) };
}
} // namespace

namespace {
// "+76%, more cramps": the sign and its direction, as the report says it.
QString changeWords(int percent)
{
    if (percent > 0)
        return Text::tr("Change from baseline: +%1%, more cramps").arg(percent);
    if (percent < 0)
        return Text::tr("Change from baseline: %1%, fewer cramps").arg(percent);
    return Text::tr("Change from baseline: no change");
}
} // namespace

int CliCommands::stats(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Print the report's page-one figures for a range."));
    CliContext::addCommonOptions(parser);
    addRangeOptions(parser);
    parser.addOption({ QStringLiteral("json"), Text::tr("Print JSON.") });
    if (!context.parse(parser, arguments))
        return 0;
    const auto diary = context.openDiary(parser, true);
    const auto [options, analysis] = rangeAndAnalysis(parser, *diary, context.nightRule());
    const ReportFigures figures = ReportFigures::compute(analysis, options.first, options.last, options.baseline);
    const QJsonObject json = figures.json();
    if (parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return 0;
    }
    const auto rate = [](const std::optional<double> &v) {
        return v ? QLocale().toString(*v, 'f', 2) : Text::tr("no tracked nights"); // 4,08 in German
    };
    context.out << Text::tr("Nights %1 to %2: %3 tracked, %4 checked in")
                           .arg(options.first.toString(Qt::ISODate), options.last.toString(Qt::ISODate))
                           .arg(figures.range.nightsTracked)
                           .arg(figures.range.nightsCheckedIn)
                << Qt::endl
                << Text::tr("Cramps: %1 (%2 per week), cramp nights: %3 (%4 per week)")
                           .arg(figures.range.cramps)
                           .arg(rate(figures.range.crampsPerWeek()))
                           .arg(figures.range.crampNights)
                           .arg(rate(figures.range.crampNightsPerWeek()))
                << Qt::endl
                << (figures.changePercent ? changeWords(qRound(*figures.changePercent))
                            : figures.hasBaseline
                            ? Text::tr("Change from baseline: not available (no cramps or no tracked nights in the "
                                       "baseline)")
                            : figures.baselineKind == ReportFigures::BaselineChoice::Kind::None
                            ? Text::tr("No baseline: none was chosen")
                            : Text::tr("No baseline: the period is shorter than four weeks"))
                << Qt::endl;
    return 0;
}

int CliCommands::report(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Write the doctor's report as a PDF."));
    CliContext::addCommonOptions(parser);
    addRangeOptions(parser);
    parser.addOptions({
            { QStringLiteral("output"), Text::tr("The PDF file to write."), Text::tr("file") },
            { QStringLiteral("name"), Text::tr("Patient name to print (optional)."), Text::tr("name") },
            { QStringLiteral("birth-date"), Text::tr("Patient's date of birth to print (optional)."),
              Text::tr("YYYY-MM-DD") },
            { QStringLiteral("sections"),
              Text::tr("Sections on page two, comma-separated (default: reliefs,factors): reliefs (what was tried "
                       "during cramps), factors (the evening factors that go clearly with cramp nights), numbers "
                       "(every factor with its statistics), episodes (every cramp with its notes); or none."),
              Text::tr("list") },
            { QStringLiteral("questions"),
              Text::tr("Your questions for the visit, printed on page one and kept in the diary for the next "
                       "report (an empty text removes them)."),
              Text::tr("text") },
    });
    if (!context.parse(parser, arguments))
        return 0;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        throw UsageError(Text::tr("--output is required."));
    const bool newQuestions = parser.isSet(QStringLiteral("questions"));
    const auto diary = context.openDiary(parser, !newQuestions);
    if (newQuestions)
        diary->setVisitQuestions(parser.value(QStringLiteral("questions")));
    auto [options, analysis] = rangeAndAnalysis(parser, *diary, context.nightRule());
    options.questions = diary->visitQuestions();
    options.patientName = parser.value(QStringLiteral("name"));
    options.birthDate = CliContext::date(parser, QStringLiteral("birth-date")).value_or(QDate());
    if (parser.isSet(QStringLiteral("sections"))) {
        // The same sections as the Report page's check boxes (ReportOptions).
        QStringList allowed;
        for (ReportOptions::Section section : ReportOptions::allSections())
            allowed.append(ReportOptions::key(section));
        allowed.append(QStringLiteral("none"));
        QStringList chosen;
        for (const QString &s :
             parser.value(QStringLiteral("sections")).toLower().split(QLatin1Char(','), Qt::SkipEmptyParts))
            chosen.append(s.trimmed());
        for (const QString &s : std::as_const(chosen))
            if (!allowed.contains(s))
                throw UsageError(CliContext::invalidChoice(QStringLiteral("sections"), s, allowed));
        options.sections.clear();
        for (ReportOptions::Section section : ReportOptions::allSections())
            if (chosen.contains(ReportOptions::key(section)))
                options.sections.append(section);
    }
    const GuidanceLibrary guidance = GuidanceLibrary::load();
    ReportDocument document(analysis, options, guidance);
    QString error;
    if (!document.writePdf(output, &error))
        throw StoreError(StoreError::Kind::Io, error);
    context.out << Text::tr("Wrote the report for %1 to %2 to %3.")
                           .arg(options.first.toString(Qt::ISODate), options.last.toString(Qt::ISODate), output)
                << Qt::endl;
    return 0;
}

int CliCommands::bedsideSheet(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("Write a week of nights to fill in with a pen by the bed, in the quick log's order, as a PDF."));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
            { QStringLiteral("output"), Text::tr("The PDF file to write."), Text::tr("file") },
            { QStringLiteral("from"), Text::tr("The sheet's first night (default: tonight)."), Text::tr("YYYY-MM-DD") },
    });
    if (!context.parse(parser, arguments))
        return 0;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        throw UsageError(Text::tr("--output is required."));
    const BedsideSheet sheet(CliContext::date(parser, QStringLiteral("from")).value_or(context.nightRule().tonight()));
    QString error;
    if (!sheet.writePdf(output, &error))
        throw StoreError(StoreError::Kind::Io, error);
    context.out << Text::tr("Wrote a bedside sheet for the nights of %1 to %2 to %3.")
                           .arg(sheet.firstNight().toString(Qt::ISODate),
                                sheet.firstNight().addDays(BedsideSheet::Nights - 1).toString(Qt::ISODate), output)
                << Qt::endl;
    return 0;
}
