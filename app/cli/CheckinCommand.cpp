#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "core/domain/DisplayNames.h"
#include "core/domain/FactorValueCheck.h"
#include "core/store/DiaryRepository.h"

#include <QLocale>

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CheckinCommand)
};

struct BuiltinOption {
    const char *option;
    const char *factorKey;
};

// Option names for the built-in factors; user factors use --factor NAME=VALUE.
constexpr BuiltinOption BuiltinOptions[] = {
    { "water", "water_ml" },
    { "stretch", "stretch_minutes" },
    { "position", "sleep_position" },
    { "exercise", "exercise" },
    { "long-sitting", "long_sitting" },
    { "alcohol", "alcohol" },
    { "caffeine", "caffeine" },
    { "magnesium-food", "magnesium_food" },
    { "potassium-food", "potassium_food" },
    { "supplement-magnesium", "supplement_magnesium" },
    { "supplement-vitamin-d", "supplement_vitamin_d" },
    { "supplement-other", "supplement_other" },
    { "sun", "sun_exposure" },
    { "stress", "stress" },
};

FactorValue parseValue(const Factor &factor, const QString &option, const QString &text)
{
    const QString value = text.trimmed();
    switch (factor.kind) {
    case FactorKind::YesNo: {
        const QString lower = value.toLower();
        if (lower == QLatin1StringView("yes") || lower == QLatin1StringView("y") || lower == QLatin1StringView("1"))
            return true;
        if (lower == QLatin1StringView("no") || lower == QLatin1StringView("n") || lower == QLatin1StringView("0"))
            return false;
        throw UsageError(CliContext::invalidChoice(option, value, { QStringLiteral("yes"), QStringLiteral("no") }));
    }
    case FactorKind::Number: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        const auto range = FactorValueCheck::rangeOf(factor);
        if (!ok || !(number >= range.minimum && number <= range.maximum))
            throw UsageError(Text::tr("--%1 must be a number from %2 to %3 (got '%4').")
                                     .arg(option)
                                     .arg(range.minimum)
                                     .arg(range.maximum)
                                     .arg(value));
        return number;
    }
    case FactorKind::Choice:
        for (const QString &choice : factor.choices) {
            if (choice.compare(value, Qt::CaseInsensitive) == 0)
                return choice;
        }
        throw UsageError(CliContext::invalidChoice(option, value, factor.choices));
    }
    return false;
}
} // namespace

int CliCommands::checkin(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("Record the evening factors of a night. Values already recorded for that night are kept "
                     "unless given again."));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
            { QStringLiteral("night"), Text::tr("The night (its evening's date); default tonight."),
              Text::tr("YYYY-MM-DD") },
            { QStringLiteral("water"), Text::tr("Water drunk today, in millilitres."), Text::tr("ml") },
            { QStringLiteral("stretch"), Text::tr("Minutes spent stretching before bed."), Text::tr("minutes") },
            { QStringLiteral("position"), Text::tr("Sleep position: toes_pointed, back, side, front."),
              Text::tr("position") },
            { QStringLiteral("exercise"), Text::tr("Exercise or overexertion today."), Text::tr("yes|no") },
            { QStringLiteral("long-sitting"), Text::tr("Long sitting today."), Text::tr("yes|no") },
            { QStringLiteral("alcohol"), Text::tr("Alcohol this evening."), Text::tr("yes|no") },
            { QStringLiteral("caffeine"), Text::tr("Caffeine this evening."), Text::tr("yes|no") },
            { QStringLiteral("magnesium-food"), Text::tr("Ate magnesium-rich food."), Text::tr("yes|no") },
            { QStringLiteral("potassium-food"), Text::tr("Ate potassium-rich food."), Text::tr("yes|no") },
            { QStringLiteral("supplement-magnesium"), Text::tr("Took a magnesium supplement."), Text::tr("yes|no") },
            { QStringLiteral("supplement-vitamin-d"), Text::tr("Took a vitamin D supplement."), Text::tr("yes|no") },
            { QStringLiteral("supplement-other"), Text::tr("Took another supplement."), Text::tr("yes|no") },
            { QStringLiteral("sun"), Text::tr("Spent time in the sun."), Text::tr("yes|no") },
            { QStringLiteral("stress"), Text::tr("Stress today, 0 to 10."), Text::tr("0-10") },
            { QStringLiteral("factor"), Text::tr("One of your own factors, as NAME=VALUE (repeatable)."),
              Text::tr("name=value") },
            { QStringLiteral("medication"), Text::tr("A medicine taken this evening, by name (repeatable)."),
              Text::tr("name") },
            { QStringLiteral("notes"), Text::tr("Notes about the evening."), Text::tr("text") },
            { QStringLiteral("kept"), Text::tr("Whether tonight's self-experiment plan was kept: yes or no."),
              Text::tr("yes|no") },
    });
    if (!context.parse(parser, arguments))
        return 0;

    const NightClock clock = context.nightRule().clock();
    const QDate night
            = CliContext::date(parser, QStringLiteral("night")).value_or(clock.tonight(QDateTime::currentDateTime()));
    const auto diary = context.openDiary(parser, false);

    NightLog log = diary->nightLog(night).value_or(NightLog {});
    log.night = night;
    log.checkedInAt = QDateTime::currentDateTimeUtc();
    const QList<Factor> factors = diary->factors(true);
    for (const BuiltinOption &builtin : BuiltinOptions) {
        const QString option = QString::fromLatin1(builtin.option);
        if (!parser.isSet(option))
            continue;
        for (const Factor &factor : factors) {
            if (factor.builtinKey == QLatin1StringView(builtin.factorKey))
                log.values.insert(factor.id, parseValue(factor, option, parser.value(option)));
        }
    }
    const QStringList ownFactors = parser.values(QStringLiteral("factor"));
    for (const QString &assignment : ownFactors) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            throw UsageError(Text::tr("--factor must be written NAME=VALUE (got '%1').").arg(assignment));
        const QString name = assignment.left(equals).trimmed();
        const auto factor = std::find_if(factors.cbegin(), factors.cend(), [&](const Factor &f) {
            return !f.isBuiltin() && f.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (factor == factors.cend())
            throw UsageError(Text::tr("--factor: you have no factor called '%1'.").arg(name));
        log.values.insert(factor->id, parseValue(*factor, QStringLiteral("factor"), assignment.mid(equals + 1)));
    }
    const QList<Medication> medications = diary->medications();
    const QStringList medicationNames = parser.values(QStringLiteral("medication"));
    for (const QString &name : medicationNames) {
        const auto medication = std::find_if(medications.cbegin(), medications.cend(), [&](const Medication &m) {
            return m.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (medication == medications.cend())
            throw UsageError(Text::tr("--medication: no medicine called '%1' in this diary.").arg(name));
        if (!log.medicationIds.contains(medication->id))
            log.medicationIds.append(medication->id);
    }
    if (parser.isSet(QStringLiteral("notes")))
        log.notes = parser.value(QStringLiteral("notes"));

    const std::optional<bool> kept = CliContext::yesNo(parser, QStringLiteral("kept"));
    if (kept) {
        const auto experiment = diary->experiment();
        if (!experiment || !experiment->planFor(night))
            throw UsageError(Text::tr("--kept: the night of %1 is not part of a self-experiment; nothing was saved.")
                                     .arg(night.toString(Qt::ISODate)));
    }
    diary->runAsOneAction([&] {
        diary->saveNightLog(log);
        if (kept)
            diary->setExperimentFollowed(night, kept);
    });
    context.out << QCoreApplication::translate("CheckinCommand",
                                               "Checked in for the night of %1 (%n factor(s) recorded).", nullptr,
                                               int(log.values.size()))
                           .arg(QLocale().toString(night, QLocale::ShortFormat))
                << Qt::endl;
    return 0;
}
