#include "core/exchange/DiaryBackup.h"

#include "core/exchange/EpisodeJson.h"
#include "core/settings/AppSettings.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiaryBackup)
};

const QString FormatName = QStringLiteral("cramp-diary-backup");

template<typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<int> optionalInt(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

std::optional<bool> optionalBool(const QJsonValue &v)
{
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

template<typename E>
std::optional<E> optionalEnum(const QJsonValue &v, const QString &what)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (const auto e = fromKey<E>(v.toString()))
        return e;
    throw StoreError(StoreError::Kind::Rejected,
                     Text::tr("The backup has an unknown %1 '%2'.").arg(what, v.toString()));
}

QJsonValue factorValue(const FactorValue &value)
{
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag;
    if (const auto *number = std::get_if<double>(&value))
        return *number;
    return std::get<QString>(value);
}

Episode episodeFrom(const QJsonObject &o)
{
    Episode e;
    e.id = o.value(QStringLiteral("id")).toInteger();
    const QDateTime start = QDateTime::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate);
    if (!start.isValid())
        throw StoreError(StoreError::Kind::Rejected,
                         Text::tr("Cramp %1 in the backup has no valid start time.").arg(e.id));
    e.start = start.toOffsetFromUtc(o.value(QStringLiteral("utcOffsetMinutes")).toInt() * 60);
    e.durationSeconds = optionalInt(o.value(QStringLiteral("durationSeconds")));
    e.severity = optionalInt(o.value(QStringLiteral("severity")));
    e.leg = optionalEnum<Leg>(o.value(QStringLiteral("leg")), Text::tr("leg"));
    e.muscle = optionalEnum<Muscle>(o.value(QStringLiteral("muscle")), Text::tr("muscle"));
    e.wokeFromSleep = optionalBool(o.value(QStringLiteral("wokeFromSleep")));
    e.sleepDisturbance = optionalInt(o.value(QStringLiteral("sleepDisturbance")));
    e.sorenessAfter = optionalBool(o.value(QStringLiteral("sorenessAfter")));
    for (const QJsonValue &r : o.value(QStringLiteral("reliefs")).toArray())
        e.reliefs.append({ *optionalEnum<Relief>(r.toObject().value(QStringLiteral("relief")), Text::tr("relief")),
                           optionalBool(r.toObject().value(QStringLiteral("helped"))) });
    for (const QJsonValue &s : o.value(QStringLiteral("warningSigns")).toArray())
        e.warningSigns.append(*optionalEnum<WarningSign>(s, Text::tr("warning sign")));
    e.notes = o.value(QStringLiteral("notes")).toString();
    return e;
}
} // namespace

namespace DiaryBackup {

QJsonObject toJson(const DiaryRepository &diary, const AppSettings *settings)
{
    const NightClock clock(settings ? settings->nightBoundaryHour() : NightClock::DefaultBoundaryHour);
    QJsonArray factors;
    for (const Factor &f : diary.factors(true))
        factors.append(QJsonObject {
                { QStringLiteral("id"), f.id },
                { QStringLiteral("builtinKey"), f.builtinKey.isEmpty() ? QJsonValue() : QJsonValue(f.builtinKey) },
                { QStringLiteral("name"), f.name },
                { QStringLiteral("kind"), toKey(f.kind) },
                { QStringLiteral("unit"), f.unit },
                { QStringLiteral("choices"), QJsonArray::fromStringList(f.choices) },
                { QStringLiteral("retired"), f.retired },
                { QStringLiteral("splitAt"), f.splitAt ? QJsonValue(*f.splitAt) : QJsonValue() } });
    QJsonArray medications;
    for (const Medication &m : diary.medications()) {
        QJsonArray periods;
        for (const MedicationPeriod &p : m.periods)
            periods.append(QJsonObject { { QStringLiteral("started"), p.started.toString(Qt::ISODate) },
                                         { QStringLiteral("stopped"),
                                           p.stopped ? QJsonValue(p.stopped->toString(Qt::ISODate)) : QJsonValue() } });
        medications.append(QJsonObject { { QStringLiteral("id"), m.id },
                                         { QStringLiteral("name"), m.name },
                                         { QStringLiteral("class"), toKey(m.drugClass) },
                                         { QStringLiteral("dose"), m.dose },
                                         { QStringLiteral("periods"), periods } });
    }
    QJsonArray episodes;
    for (const Episode &e : diary.allEpisodes())
        episodes.append(EpisodeJson::toJson(e, clock));
    QJsonArray nights;
    for (const NightLog &log : diary.nightLogs(QDate(1900, 1, 1), QDate(9999, 12, 31))) {
        QJsonObject values;
        for (auto it = log.values.cbegin(); it != log.values.cend(); ++it)
            values.insert(QString::number(it.key()), factorValue(it.value()));
        QJsonArray medicationIds;
        for (qint64 id : log.medicationIds)
            medicationIds.append(id);
        nights.append(QJsonObject { { QStringLiteral("night"), log.night.toString(Qt::ISODate) },
                                    { QStringLiteral("checkedInUtc"), log.checkedInAt.toUTC().toString(Qt::ISODate) },
                                    { QStringLiteral("notes"), log.notes },
                                    { QStringLiteral("medicationIds"), medicationIds },
                                    { QStringLiteral("values"), values } });
    }
    QJsonArray untracked;
    for (const UntrackedPeriod &p : diary.untrackedPeriods())
        untracked.append(QJsonObject { { QStringLiteral("id"), p.id },
                                       { QStringLiteral("firstNight"), p.firstNight.toString(Qt::ISODate) },
                                       { QStringLiteral("lastNight"), p.lastNight.toString(Qt::ISODate) },
                                       { QStringLiteral("reason"), p.reason } });
    QJsonObject root { { QStringLiteral("format"), FormatName },
                       { QStringLiteral("version"), FormatVersion },
                       { QStringLiteral("app"), QCoreApplication::applicationVersion() },
                       { QStringLiteral("factors"), factors },
                       { QStringLiteral("medications"), medications },
                       { QStringLiteral("episodes"), episodes },
                       { QStringLiteral("nightLogs"), nights },
                       { QStringLiteral("untrackedPeriods"), untracked } };
    if (settings) {
        root.insert(
                QStringLiteral("settings"),
                QJsonObject { { QStringLiteral("nightBoundaryHour"), settings->nightBoundaryHour() },
                              { QStringLiteral("firstDayOfWeek"), int(settings->firstDayOfWeek()) },
                              { QStringLiteral("waterUnit"),
                                settings->waterUnit() == AppSettings::WaterUnit::FluidOunces ? QStringLiteral("floz")
                                                                                             : QStringLiteral("ml") },
                              { QStringLiteral("nightMode"), int(settings->nightMode()) },
                              { QStringLiteral("nightModeStartHour"), settings->nightModeStartHour() },
                              { QStringLiteral("nightModeEndHour"), settings->nightModeEndHour() } });
    }
    return root;
}

QByteArray write(const DiaryRepository &diary, const AppSettings *settings)
{
    return QJsonDocument(toJson(diary, settings)).toJson(QJsonDocument::Indented);
}

void restore(const QByteArray &json, DiaryRepository &diary, AppSettings *settings)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw StoreError(StoreError::Kind::Rejected,
                         Text::tr("The backup is not valid JSON (%1 at byte %2); nothing was restored.")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        throw StoreError(StoreError::Kind::Rejected,
                         Text::tr("This JSON file is not a Cramp Diary backup; nothing was restored."));
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version > FormatVersion)
        throw StoreError(
                StoreError::Kind::NewerVersion,
                Text::tr("The backup was written by a newer Cramp Diary (backup format %1; this app reads up to %2). "
                         "Update the app; nothing was restored.")
                        .arg(version)
                        .arg(FormatVersion));
    if (version < 1)
        throw StoreError(StoreError::Kind::Rejected,
                         Text::tr("The backup has no valid format version; nothing was restored."));
    if (diary.episodeCount() > 0 || !diary.medications().isEmpty() || diary.firstNight(NightClock()).has_value())
        throw StoreError(StoreError::Kind::Rejected,
                         Text::tr("A backup is restored only into a new, empty diary; this one already has entries."));

    diary.runAsOneAction([&] {
        for (const QJsonValue &v : root.value(QStringLiteral("factors")).toArray()) {
            const QJsonObject o = v.toObject();
            Factor f;
            f.id = o.value(QStringLiteral("id")).toInteger();
            f.builtinKey = o.value(QStringLiteral("builtinKey")).toString();
            f.name = o.value(QStringLiteral("name")).toString();
            f.kind = fromKey<FactorKind>(o.value(QStringLiteral("kind")).toString()).value_or(FactorKind::YesNo);
            f.unit = o.value(QStringLiteral("unit")).toString();
            for (const QJsonValue &c : o.value(QStringLiteral("choices")).toArray())
                f.choices.append(c.toString());
            f.retired = o.value(QStringLiteral("retired")).toBool();
            if (o.value(QStringLiteral("splitAt")).isDouble()) // absent in backups made before version 3
                f.splitAt = o.value(QStringLiteral("splitAt")).toDouble();
            diary.restoreFactor(f);
        }
        for (const QJsonValue &v : root.value(QStringLiteral("medications")).toArray()) {
            const QJsonObject o = v.toObject();
            Medication m { o.value(QStringLiteral("id")).toInteger(),
                           o.value(QStringLiteral("name")).toString(),
                           *optionalEnum<DrugClass>(o.value(QStringLiteral("class")), Text::tr("medicine class")),
                           o.value(QStringLiteral("dose")).toString(),
                           {} };
            for (const QJsonValue &p : o.value(QStringLiteral("periods")).toArray()) {
                const QJsonObject period = p.toObject();
                MedicationPeriod mp {
                    QDate::fromString(period.value(QStringLiteral("started")).toString(), Qt::ISODate), std::nullopt
                };
                if (period.value(QStringLiteral("stopped")).isString())
                    mp.stopped = QDate::fromString(period.value(QStringLiteral("stopped")).toString(), Qt::ISODate);
                m.periods.append(mp);
            }
            diary.addMedication(m);
        }
        for (const QJsonValue &v : root.value(QStringLiteral("untrackedPeriods")).toArray()) {
            const QJsonObject o = v.toObject();
            diary.addUntrackedPeriod({ o.value(QStringLiteral("id")).toInteger(),
                                       QDate::fromString(o.value(QStringLiteral("firstNight")).toString(), Qt::ISODate),
                                       QDate::fromString(o.value(QStringLiteral("lastNight")).toString(), Qt::ISODate),
                                       o.value(QStringLiteral("reason")).toString() });
        }
        const QList<Factor> factors = diary.factors(true);
        for (const QJsonValue &v : root.value(QStringLiteral("episodes")).toArray())
            diary.addEpisode(episodeFrom(v.toObject()));
        for (const QJsonValue &v : root.value(QStringLiteral("nightLogs")).toArray()) {
            const QJsonObject o = v.toObject();
            NightLog log;
            log.night = QDate::fromString(o.value(QStringLiteral("night")).toString(), Qt::ISODate);
            log.checkedInAt = QDateTime::fromString(o.value(QStringLiteral("checkedInUtc")).toString(), Qt::ISODate);
            log.notes = o.value(QStringLiteral("notes")).toString();
            for (const QJsonValue &id : o.value(QStringLiteral("medicationIds")).toArray())
                log.medicationIds.append(id.toInteger());
            const QJsonObject values = o.value(QStringLiteral("values")).toObject();
            for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                const qint64 factorId = it.key().toLongLong();
                const QJsonValue value = it.value();
                if (value.isBool())
                    log.values.insert(factorId, value.toBool());
                else if (value.isDouble())
                    log.values.insert(factorId, value.toDouble());
                else
                    log.values.insert(factorId, value.toString());
            }
            diary.saveNightLog(log);
        }
    });
    if (settings && root.contains(QStringLiteral("settings"))) {
        const QJsonObject s = root.value(QStringLiteral("settings")).toObject();
        settings->setNightBoundaryHour(
                s.value(QStringLiteral("nightBoundaryHour")).toInt(NightClock::DefaultBoundaryHour));
        settings->setFirstDayOfWeek(
                Qt::DayOfWeek(std::clamp(s.value(QStringLiteral("firstDayOfWeek")).toInt(1), 1, 7)));
        settings->setWaterUnit(s.value(QStringLiteral("waterUnit")).toString() == QLatin1StringView("floz")
                                       ? AppSettings::WaterUnit::FluidOunces
                                       : AppSettings::WaterUnit::Millilitres);
        settings->setNightMode(AppSettings::NightMode(std::clamp(s.value(QStringLiteral("nightMode")).toInt(), 0, 2)));
        settings->setNightModeHours(s.value(QStringLiteral("nightModeStartHour")).toInt(22),
                                    s.value(QStringLiteral("nightModeEndHour")).toInt(7));
        settings->sync();
    }
}

} // namespace DiaryBackup
