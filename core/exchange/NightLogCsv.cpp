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

QString write(const QList<NightLog> &logs, const QList<Factor> &factors, const QList<Medication> &medications)
{
    QString out = Csv::row(columns(factors));
    for (const NightLog &log : logs) {
        QStringList names;
        for (const Medication &m : medications)
            if (log.medicationIds.contains(m.id))
                names.append(m.name);
        QStringList row = { log.night.toString(Qt::ISODate), log.checkedInAt.toUTC().toString(Qt::ISODate),
                            names.join(QLatin1Char(';')), log.notes };
        for (const Factor &factor : factors)
            row.append(log.values.contains(factor.id) ? valueText(log.values.value(factor.id)) : QString());
        out += Csv::row(row);
    }
    return out;
}

CsvImportResult import(DiaryRepository &diary, const QString &text)
{
    CsvImportResult result;
    const auto records = CsvImport::records(text, result);
    if (!records)
        return result;
    const QStringList header = records->first();
    if (header.mid(0, FixedColumns.size()) != FixedColumns) {
        result.problems.append(
                { 1, {}, Text::tr("the first columns must be: %1").arg(FixedColumns.join(QLatin1Char(','))) });
        return result;
    }
    for (qsizetype c = 0; c < header.size(); ++c)
        if (header.indexOf(header[c]) != c)
            result.problems.append({ 1, header[c], Text::tr("this column appears twice (columns %1 and %2)")
                                                           .arg(header.indexOf(header[c]) + 1)
                                                           .arg(c + 1) });
    const QList<Factor> factors = diary.factors(true);
    QList<std::optional<Factor>> factorOfColumn;
    for (qsizetype c = 0; c < header.size(); ++c) {
        std::optional<Factor> match;
        for (const Factor &f : factors)
            if (columnOf(f) == header[c])
                match = f;
        if (c >= FixedColumns.size() && !match)
            result.problems.append(
                    { 1, header[c], Text::tr("no such factor in this diary (add your own factors first)") });
        factorOfColumn.append(match);
    }
    if (!result.problems.isEmpty())
        return result;
    const QList<Medication> medications = diary.medications();
    QStringList newMedicines; // named in the file but not in the diary: created with the import

    QList<NightLog> logs;
    QSet<QDate> seen;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const QStringList &fields = records->at(r);
        const int line = int(r + 1);
        if (fields.size() != header.size()) {
            result.problems.append(
                    { line, {}, Text::tr("%1 fields where %2 were expected").arg(fields.size()).arg(header.size()) });
            continue;
        }
        NightLog log;
        log.night = QDate::fromString(fields[0].trimmed(), Qt::ISODate);
        if (!log.night.isValid())
            result.problems.append(
                    { line, header[0], Text::tr("'%1' is not a date written YYYY-MM-DD").arg(fields[0]) });
        else if (log.night.year() < 1900 || log.night.year() > 2200)
            result.problems.append({ line, header[0], Text::tr("%1 is not a night a diary can hold (years 1900 to 2200)")
                                                              .arg(fields[0].trimmed()) });
        else if (seen.contains(log.night))
            result.problems.append({ line, header[0], Text::tr("this night appears twice in the file") });
        seen.insert(log.night);
        log.checkedInAt = fields[1].trimmed().isEmpty() ? QDateTime::currentDateTimeUtc()
                                                        : QDateTime::fromString(fields[1].trimmed(), Qt::ISODate);
        if (!log.checkedInAt.isValid())
            result.problems.append(
                    { line, header[1], Text::tr("'%1' is not a time written YYYY-MM-DDTHH:MM:SSZ").arg(fields[1]) });
        QStringList namedHere;
        for (const QString &name : fields[2].split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (namedHere.contains(name.trimmed(), Qt::CaseInsensitive)) {
                result.problems.append({ line, header[2], Text::tr("%1 is listed twice").arg(name.trimmed()) });
                continue;
            }
            namedHere.append(name.trimmed());
            const auto m = std::find_if(medications.cbegin(), medications.cend(), [&](const Medication &x) {
                return x.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
            });
            if (m != medications.cend())
                log.medicationIds.append(m->id);
            else if (!newMedicines.contains(name.trimmed(), Qt::CaseInsensitive))
                newMedicines.append(name.trimmed());
        }
        log.notes = Csv::undefuse(fields[3]);
        if (log.notes.size() > CsvImport::MaxFieldLength)
            result.problems.append(
                    { line, header[3], Text::tr("longer than %1 characters").arg(CsvImport::MaxFieldLength) });
        for (qsizetype c = FixedColumns.size(); c < header.size(); ++c) {
            const QString value = fields[c].trimmed();
            if (value.isEmpty())
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
                result.problems.append({ line, header[c], problem });
            else
                log.values.insert(factor.id, parsed);
        }
        logs.append(log);
    }
    CsvImport::commit(
            diary, int(logs.size()),
            [&] {
                // Medicines the file names but the diary lacks are added (class "other", no dates;
                // the person can complete them), in the same all-or-nothing action.
                QHash<QString, qint64> added;
                for (const QString &name : std::as_const(newMedicines))
                    added.insert(name.toLower(), diary.addMedication({ 0, name, DrugClass::Other, {}, {} }));
                for (qsizetype r = 0; r < logs.size(); ++r) {
                    NightLog log = logs[r];
                    for (const QString &name : records->at(r + 1).value(2).split(QLatin1Char(';'), Qt::SkipEmptyParts))
                        if (const qint64 id = added.value(name.trimmed().toLower()))
                            log.medicationIds.append(id);
                    diary.saveNightLog(log);
                }
            },
            result);
    if (result.ok())
        result.medicinesAdded = newMedicines;
    return result;
}

} // namespace NightLogCsv
