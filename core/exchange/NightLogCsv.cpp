#include "core/exchange/NightLogCsv.h"

#include "core/domain/FactorValueCheck.h"
#include "core/exchange/Csv.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(NightLogCsv)
};

const QStringList FixedColumns = { QStringLiteral("night"), QStringLiteral("checked_in_utc"),
                                   QStringLiteral("medications"), QStringLiteral("notes") };

// The night's part in a self-experiment, written for the reader; the plan itself lives in
// the diary and a CSV never changes it, so an import passes over this column.
const QString AssignmentColumn = QStringLiteral("assignment");
// Whether the night's check-in said the plan was kept (yes, no, or empty when not said).
// Unlike the assignment it is the person's answer, so an import records it.
const QString KeptColumn = QStringLiteral("kept");

QString assignmentOf(const Experiment *experiment, QDate night)
{
    const auto planned = experiment ? experiment->planFor(night) : std::nullopt;
    if (!planned)
        return {};
    return planned->role == PlannedNight::Baseline ? QStringLiteral("baseline") : toKey(planned->arm);
}

QString columnOf(const Factor &factor)
{
    return factor.isBuiltin() ? factor.builtinKey : QStringLiteral("factor:") + factor.name;
}

QString valueText(const FactorValue &value)
{
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag ? QStringLiteral("yes") : QStringLiteral("no");
    if (const auto *number = std::get_if<double>(&value))
        return QString::number(*number, 'g', 12);
    return std::get<QString>(value);
}
} // namespace

namespace NightLogCsv {

QStringList columns(const QList<Factor> &factors)
{
    QStringList result = FixedColumns;
    for (const Factor &factor : factors)
        result.append(columnOf(factor));
    return result;
}

QString write(const QList<NightLog> &logs, const QList<Factor> &factors, const QList<Medication> &medications,
              const std::optional<Experiment> &experiment)
{
    QString out = Csv::row(columns(factors) << AssignmentColumn << KeptColumn);
    for (const NightLog &log : logs) {
        QStringList names;
        for (const Medication &m : medications)
            if (log.medicationIds.contains(m.id))
                names.append(m.name);
        QStringList row = { log.night.toString(Qt::ISODate), log.checkedInAt.toUTC().toString(Qt::ISODate),
                            names.join(QLatin1Char(';')), log.notes };
        for (const Factor &factor : factors)
            row.append(log.values.contains(factor.id) ? valueText(log.values.value(factor.id)) : QString());
        row.append(assignmentOf(experiment ? &*experiment : nullptr, log.night));
        const bool said = experiment && experiment->followed.contains(log.night);
        row.append(said ? (experiment->followed.value(log.night) ? QStringLiteral("yes") : QStringLiteral("no"))
                        : QString());
        out += Csv::row(row);
    }
    return out;
}

CsvImportResult import(DiaryRepository &diary, QIODevice &input)
{
    CsvImportResult result;
    QStringList header;
    QList<std::optional<Factor>> factorOfColumn;
    QList<Medication> medications;
    QHash<QString, qint64> added; // medicines the file names and the diary lacked, by lower-case name
    QSet<QDate> seen;
    std::optional<Experiment> experimentPlan;
    const auto checkHeader = [&](const QStringList &first) {
        header = first;
        if (header.mid(0, FixedColumns.size()) != FixedColumns) {
            result.add({ 1, {}, Text::tr("the first columns must be: %1").arg(FixedColumns.join(QLatin1Char(','))) });
            return;
        }
        for (qsizetype c = 0; c < header.size(); ++c)
            if (header.indexOf(header[c]) != c)
                result.add({ 1, header[c],
                             Text::tr("this column appears twice (columns %1 and %2)")
                                     .arg(header.indexOf(header[c]) + 1)
                                     .arg(c + 1) });
        const QList<Factor> factors = diary.factors(true);
        for (qsizetype c = 0; c < header.size(); ++c) {
            std::optional<Factor> match;
            for (const Factor &f : factors)
                if (columnOf(f) == header[c])
                    match = f;
            if (c >= FixedColumns.size() && !match && header[c] != AssignmentColumn && header[c] != KeptColumn)
                result.add({ 1, header[c], Text::tr("no such factor in this diary (add your own factors first)") });
            factorOfColumn.append(match);
        }
        medications = diary.medications();
        experimentPlan = diary.experiment();
    };
    const auto readRow = [&](int line, const QStringList &fields) {
        if (fields.size() != header.size()) {
            result.add(
                    { line, {}, Text::tr("%1 fields where %2 were expected").arg(fields.size()).arg(header.size()) });
            return;
        }
        NightLog log;
        log.night = QDate::fromString(fields[0].trimmed(), Qt::ISODate);
        if (!log.night.isValid())
            result.add({ line, header[0], Text::tr("'%1' is not a date written YYYY-MM-DD").arg(fields[0]) });
        else if (log.night.year() < 1900 || log.night.year() > 2200)
            result.add(
                    { line, header[0],
                      Text::tr("%1 is not a night a diary can hold (years 1900 to 2200)").arg(fields[0].trimmed()) });
        else if (seen.contains(log.night))
            result.add({ line, header[0], Text::tr("this night appears twice in the file") });
        seen.insert(log.night);
        log.checkedInAt = fields[1].trimmed().isEmpty() ? QDateTime::currentDateTimeUtc()
                                                        : QDateTime::fromString(fields[1].trimmed(), Qt::ISODate);
        if (!log.checkedInAt.isValid())
            result.add({ line, header[1], Text::tr("'%1' is not a time written YYYY-MM-DDTHH:MM:SSZ").arg(fields[1]) });
        QStringList namedHere;
        QStringList newHere;
        for (const QString &name : fields[2].split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (namedHere.contains(name.trimmed(), Qt::CaseInsensitive)) {
                result.add({ line, header[2], Text::tr("%1 is listed twice").arg(name.trimmed()) });
                continue;
            }
            namedHere.append(name.trimmed());
            const auto m = std::find_if(medications.cbegin(), medications.cend(), [&](const Medication &x) {
                return x.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
            });
            if (m != medications.cend())
                log.medicationIds.append(m->id);
            else
                newHere.append(name.trimmed());
        }
        std::optional<bool> kept;
        if (const qsizetype c = header.indexOf(KeptColumn); c >= 0 && !fields[c].trimmed().isEmpty()) {
            const QString value = fields[c].trimmed().toLower();
            if (value != QLatin1StringView("yes") && value != QLatin1StringView("no"))
                result.add({ line, KeptColumn, Text::tr("'%1' is not yes or no").arg(fields[c]) });
            else if (!experimentPlan || !experimentPlan->planFor(log.night))
                result.add({ line, KeptColumn,
                             Text::tr("the diary has no self-experiment planned for this night, so whether the plan "
                                      "was kept cannot be recorded (plan the same experiment first)") });
            kept = value == QLatin1StringView("yes");
        }
        log.notes = Csv::undefuse(fields[3]);
        if (log.notes.size() > CsvImport::MaxFieldLength)
            result.add({ line, header[3], Text::tr("longer than %1 characters").arg(CsvImport::MaxFieldLength) });
        for (qsizetype c = FixedColumns.size(); c < header.size(); ++c) {
            const QString value = fields[c].trimmed();
            if (value.isEmpty() || !factorOfColumn[c])
                continue;
            const Factor &factor = *factorOfColumn[c];
            FactorValue parsed;
            bool ok = true;
            switch (factor.kind) {
            case FactorKind::YesNo:
                ok = value == QLatin1StringView("yes") || value == QLatin1StringView("no");
                parsed = value == QLatin1StringView("yes");
                break;
            case FactorKind::Number: parsed = value.toDouble(&ok); break;
            case FactorKind::Choice: parsed = Csv::undefuse(value); break;
            }
            const QString problem = ok
                    ? FactorValueCheck::problem(factor, parsed)
                    : Text::tr("'%1' is not a %2")
                              .arg(value,
                                   factor.kind == FactorKind::YesNo ? Text::tr("yes or no") : Text::tr("number"));
            if (!problem.isEmpty())
                result.add({ line, header[c], problem });
            else
                log.values.insert(factor.id, parsed);
        }
        if (!result.ok())
            return; // checked on, but nothing more is written
        try {
            // A medicine the diary lacks is added (class "other", no dates; the person can
            // complete it) in the same all-or-nothing action.
            for (const QString &name : std::as_const(newHere)) {
                if (!added.contains(name.toLower())) {
                    added.insert(name.toLower(), diary.addMedication({ 0, name, DrugClass::Other, {}, {} }));
                    result.medicinesAdded.append(name);
                }
                log.medicationIds.append(added.value(name.toLower()));
            }
            diary.saveNightLog(log);
            if (kept)
                diary.setExperimentFollowed(log.night, kept);
            ++result.imported;
        } catch (const StoreError &error) {
            result.add({ line, {}, Text::tr("the diary refused this row: %1").arg(error.message()) });
        }
    };
    CsvImport::run(diary, input, result, checkHeader, readRow);
    if (!result.ok())
        result.medicinesAdded.clear();
    return result;
}

CsvImportResult import(DiaryRepository &diary, const QString &text)
{
    return CsvImport::fromText(text, [&diary](QIODevice &input) { return import(diary, input); });
}

} // namespace NightLogCsv
