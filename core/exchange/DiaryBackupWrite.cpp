// DiaryBackup::write: the backup streamed out, a season of cramps at a time.
#include "core/exchange/DiaryBackup.h"
#include "core/exchange/EpisodeJson.h"
#include "core/exchange/ExperimentJson.h"
#include "core/settings/AppSettings.h"
#include "core/store/DiaryRepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {
QJsonValue factorValue(const FactorValue &value)
{
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag;
    if (const auto *number = std::get_if<double>(&value))
        return *number;
    return std::get<QString>(value);
}

QJsonObject factorJson(const Factor &f)
{
    return { { QStringLiteral("id"), f.id },
             { QStringLiteral("builtinKey"), f.builtinKey.isEmpty() ? QJsonValue() : QJsonValue(f.builtinKey) },
             { QStringLiteral("name"), f.name },
             { QStringLiteral("kind"), toKey(f.kind) },
             { QStringLiteral("unit"), f.unit },
             { QStringLiteral("choices"), QJsonArray::fromStringList(f.choices) },
             { QStringLiteral("retired"), f.retired },
             { QStringLiteral("splitAt"), f.splitAt ? QJsonValue(*f.splitAt) : QJsonValue() } };
}

QJsonObject medicationJson(const Medication &m)
{
    QJsonArray periods;
    for (const MedicationPeriod &p : m.periods)
        periods.append(QJsonObject { { QStringLiteral("started"), p.started.toString(Qt::ISODate) },
                                     { QStringLiteral("stopped"),
                                       p.stopped ? QJsonValue(p.stopped->toString(Qt::ISODate)) : QJsonValue() } });
    return { { QStringLiteral("id"), m.id },
             { QStringLiteral("name"), m.name },
             { QStringLiteral("class"), toKey(m.drugClass) },
             { QStringLiteral("dose"), m.dose },
             { QStringLiteral("periods"), periods } };
}

QJsonObject nightLogJson(const NightLog &log)
{
    QJsonObject values;
    for (auto it = log.values.cbegin(); it != log.values.cend(); ++it)
        values.insert(QString::number(it.key()), factorValue(it.value()));
    QJsonArray medicationIds;
    for (qint64 id : log.medicationIds)
        medicationIds.append(id);
    return { { QStringLiteral("night"), log.night.toString(Qt::ISODate) },
             { QStringLiteral("checkedInUtc"), log.checkedInAt.toUTC().toString(Qt::ISODate) },
             { QStringLiteral("notes"), log.notes },
             { QStringLiteral("medicationIds"), medicationIds },
             { QStringLiteral("values"), values } };
}

QJsonObject untrackedJson(const UntrackedPeriod &p)
{
    return { { QStringLiteral("id"), p.id },
             { QStringLiteral("firstNight"), p.firstNight.toString(Qt::ISODate) },
             { QStringLiteral("lastNight"), p.lastNight.toString(Qt::ISODate) },
             { QStringLiteral("reason"), p.reason } };
}

QJsonObject settingsJson(const AppSettings &settings)
{
    return { { QStringLiteral("nightBoundaryHour"), settings.nightBoundaryHour() },
             { QStringLiteral("firstDayOfWeek"), int(settings.firstDayOfWeek()) },
             { QStringLiteral("waterUnit"),
               settings.waterUnit() == AppSettings::WaterUnit::FluidOunces ? QStringLiteral("floz")
                                                                           : QStringLiteral("ml") },
             { QStringLiteral("nightMode"), int(settings.nightMode()) },
             { QStringLiteral("nightModeStartHour"), settings.nightModeStartHour() },
             { QStringLiteral("nightModeEndHour"), settings.nightModeEndHour() } };
}

// The backup as written: one root object, its values indented as QJsonDocument would, the
// long arrays one element at a time. The header comes first and the definitions before
// the entries that name them, so a reader can check and restore in one pass.
class BackupWriter
{
public:
    explicit BackupWriter(QIODevice &out)
        : m_out(out)
    {
        put("{");
    }

    void field(const char *key, const QJsonValue &value) { put(separator() + quoted(key) + text(value, 1)); }

    template<typename Each>
    void array(const char *key, Each each)
    {
        put(separator() + quoted(key) + '[');
        bool empty = true;
        each([&](const QJsonValue &element) {
            put((empty ? "\n        " : ",\n        ") + text(element, 2));
            empty = false;
        });
        put(empty ? "]" : "\n    ]");
    }

    bool finish()
    {
        put("\n}\n");
        return m_ok;
    }

private:
    static QByteArray quoted(const char *key) { return QByteArray("    \"") + key + "\": "; }
    QByteArray separator()
    {
        const QByteArray before = m_first ? "\n" : ",\n";
        m_first = false;
        return before;
    }
    static QByteArray text(const QJsonValue &value, int depth)
    {
        QByteArray json;
        if (value.isObject() || value.isArray()) {
            json = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                                    : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
            json.chop(1); // the document's closing newline
            json.replace("\n", QByteArray("\n" + QByteArray(4 * depth, ' ')));
        } else {
            json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
            json = json.mid(1, json.size() - 2);
        }
        return json;
    }
    void put(const QByteArray &bytes)
    {
        if (m_ok)
            m_ok = m_out.write(bytes) == bytes.size();
    }

    QIODevice &m_out;
    bool m_first = true;
    bool m_ok = true;
};

} // namespace

namespace DiaryBackup {

bool write(const DiaryRepository &diary, const AppSettings *settings, QIODevice &out)
{
    const NightClock clock(settings ? settings->nightBoundaryHour() : NightClock::DefaultBoundaryHour);
    BackupWriter backup(out);
    backup.field("format", FormatName);
    backup.field("version", FormatVersion);
    backup.field("app", QCoreApplication::applicationVersion());
    backup.field("diaryId", diary.identity().toString(QUuid::WithoutBraces));
    if (settings)
        backup.field("settings", settingsJson(*settings));
    if (const QString questions = diary.visitQuestions(); !questions.isEmpty())
        backup.field("visitQuestions", questions);
    backup.array("factors", [&](const auto &put) {
        for (const Factor &f : diary.factors(true))
            put(factorJson(f));
    });
    backup.array("medications", [&](const auto &put) {
        for (const Medication &m : diary.medications())
            put(medicationJson(m));
    });
    if (const auto experiment = diary.experiment())
        backup.field("experiment", ExperimentJson::toJson(*experiment));
    backup.array("untrackedPeriods", [&](const auto &put) {
        for (const UntrackedPeriod &p : diary.untrackedPeriods())
            put(untrackedJson(p));
    });
    backup.array("episodes", [&](const auto &put) {
        diary.forEachEpisode(clock, [&](const Episode &e) { put(EpisodeJson::toJson(e, clock)); });
    });
    backup.array("nightLogs", [&](const auto &put) {
        for (const NightLog &log : diary.nightLogs(QDate(1900, 1, 1), QDate(9999, 12, 31)))
            put(nightLogJson(log));
    });
    // Written only when there are some, so older apps read the rest.
    if (const QList<QDate> nights = diary.noCrampNights(); !nights.isEmpty())
        backup.array("noCrampNights", [&](const auto &put) {
            for (const QDate night : nights)
                put(QJsonObject { { QStringLiteral("night"), night.toString(Qt::ISODate) } });
        });
    return backup.finish();
}

QByteArray write(const DiaryRepository &diary, const AppSettings *settings)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(diary, settings, buffer);
    return bytes;
}

} // namespace DiaryBackup
