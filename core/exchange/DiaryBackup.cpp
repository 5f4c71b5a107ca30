#include "core/exchange/DiaryBackup.h"

#include "core/domain/TextLimits.h"
#include "core/exchange/ByteSource.h"
#include "core/exchange/EpisodeJson.h"
#include "core/exchange/ExperimentJson.h"
#include "core/exchange/JsonObjectStream.h"
#include "core/exchange/JsonReader.h"
#include "core/settings/AppSettings.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <functional>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiaryBackup)
};

constexpr qint64 MaxId = 9007199254740991; // JSON numbers are exact to 2^53

std::optional<int> optionalInt(const JsonReader &o, const QString &key, int low, int high)
{
    const auto value = o.optionalInteger(key, low, high);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

Episode episodeFrom(const JsonReader &o)
{
    o.allowKeys({ QStringLiteral("id"), QStringLiteral("start"), QStringLiteral("utcOffsetMinutes") },
                { QStringLiteral("night"), QStringLiteral("durationSeconds"), QStringLiteral("severity"),
                  QStringLiteral("leg"), QStringLiteral("muscle"), QStringLiteral("wokeFromSleep"),
                  QStringLiteral("sleepDisturbance"), QStringLiteral("reliefs"), QStringLiteral("sorenessAfter"),
                  QStringLiteral("warningSigns"), QStringLiteral("notes") });
    Episode e;
    e.id = o.integer(QStringLiteral("id"), 1, MaxId);
    const int offset = int(o.integer(QStringLiteral("utcOffsetMinutes"), -16 * 60, 16 * 60));
    e.start = o.dateTime(QStringLiteral("start")).toOffsetFromUtc(offset * 60);
    e.durationSeconds = optionalInt(o, QStringLiteral("durationSeconds"), 0, 24 * 3600);
    e.severity = optionalInt(o, QStringLiteral("severity"), 0, 10);
    e.leg = o.optionalEnum<Leg>(QStringLiteral("leg"));
    e.muscle = o.optionalEnum<Muscle>(QStringLiteral("muscle"));
    e.wokeFromSleep = o.optionalBoolean(QStringLiteral("wokeFromSleep"));
    e.sleepDisturbance = optionalInt(o, QStringLiteral("sleepDisturbance"), 0, 10);
    e.sorenessAfter = o.optionalBoolean(QStringLiteral("sorenessAfter"));
    for (const JsonReader &r :
         JsonReader::objects(o.array(QStringLiteral("reliefs"), true), o.path(QStringLiteral("reliefs")))) {
        r.allowKeys({ QStringLiteral("relief") }, { QStringLiteral("helped") });
        e.reliefs.append(
                { r.requiredEnum<Relief>(QStringLiteral("relief")), r.optionalBoolean(QStringLiteral("helped")) });
    }
    const QJsonArray signs = o.array(QStringLiteral("warningSigns"), true);
    for (qsizetype i = 0; i < signs.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(o.path(QStringLiteral("warningSigns"))).arg(i);
        const QString key = JsonReader::stringAt(signs.at(i), at, 64);
        const auto sign = fromKey<WarningSign>(key);
        if (!sign)
            JsonReader::failAt(at, JsonReader::Text::unknownChoice(key, allKeys<WarningSign>()));
        e.warningSigns.append(*sign);
    }
    e.notes = o.optionalString(QStringLiteral("notes"), TextLimits::Notes);
    return e;
}

Factor factorFrom(const JsonReader &o)
{
    o.allowKeys({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind") },
                { QStringLiteral("builtinKey"), QStringLiteral("unit"), QStringLiteral("choices"),
                  QStringLiteral("retired"), QStringLiteral("splitAt") });
    Factor f;
    f.id = o.integer(QStringLiteral("id"), 1, MaxId);
    f.builtinKey = o.optionalString(QStringLiteral("builtinKey"), 64);
    f.name = o.string(QStringLiteral("name"), TextLimits::Name);
    f.kind = o.requiredEnum<FactorKind>(QStringLiteral("kind"));
    f.unit = o.optionalString(QStringLiteral("unit"), TextLimits::Unit);
    const QJsonArray choices = o.array(QStringLiteral("choices"), true);
    for (qsizetype i = 0; i < choices.size(); ++i)
        f.choices.append(JsonReader::stringAt(choices.at(i),
                                              QStringLiteral("%1[%2]").arg(o.path(QStringLiteral("choices"))).arg(i),
                                              TextLimits::Choice));
    f.retired = o.optionalBoolean(QStringLiteral("retired")).value_or(false);
    f.splitAt = o.optionalNumber(QStringLiteral("splitAt"), -1e9, 1e9); // absent before version 3
    return f;
}

Medication medicationFrom(const JsonReader &o)
{
    o.allowKeys({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("class") },
                { QStringLiteral("dose"), QStringLiteral("periods") });
    Medication m { o.integer(QStringLiteral("id"), 1, MaxId),
                   o.string(QStringLiteral("name"), TextLimits::Name),
                   o.requiredEnum<DrugClass>(QStringLiteral("class")),
                   o.optionalString(QStringLiteral("dose"), TextLimits::Dose),
                   {} };
    for (const JsonReader &p :
         JsonReader::objects(o.array(QStringLiteral("periods"), true), o.path(QStringLiteral("periods")))) {
        p.allowKeys({ QStringLiteral("started") }, { QStringLiteral("stopped") });
        m.periods.append({ p.date(QStringLiteral("started")), p.optionalDate(QStringLiteral("stopped")) });
    }
    return m;
}

UntrackedPeriod untrackedFrom(const JsonReader &o)
{
    o.allowKeys({ QStringLiteral("id"), QStringLiteral("firstNight"), QStringLiteral("lastNight") },
                { QStringLiteral("reason") });
    return { o.integer(QStringLiteral("id"), 1, MaxId), o.date(QStringLiteral("firstNight")),
             o.date(QStringLiteral("lastNight")), o.optionalString(QStringLiteral("reason"), TextLimits::Reason) };
}

QDate noCrampNightFrom(const JsonReader &o)
{
    o.allowKeys({ QStringLiteral("night") });
    return o.date(QStringLiteral("night"));
}

NightLog nightLogFrom(const JsonReader &o)
{
    o.allowKeys({ QStringLiteral("night") },
                { QStringLiteral("checkedInUtc"), QStringLiteral("notes"), QStringLiteral("medicationIds"),
                  QStringLiteral("values") });
    NightLog log;
    log.night = o.date(QStringLiteral("night"));
    if (o.has(QStringLiteral("checkedInUtc")) && !o.string(QStringLiteral("checkedInUtc"), 40).isEmpty())
        log.checkedInAt = o.dateTime(QStringLiteral("checkedInUtc"));
    log.notes = o.optionalString(QStringLiteral("notes"), TextLimits::Notes);
    const QJsonArray ids = o.array(QStringLiteral("medicationIds"), true);
    for (qsizetype i = 0; i < ids.size(); ++i)
        log.medicationIds.append(JsonReader::integerAt(
                ids.at(i), QStringLiteral("%1[%2]").arg(o.path(QStringLiteral("medicationIds"))).arg(i), 1, MaxId));
    if (!o.has(QStringLiteral("values")))
        return log;
    const JsonReader values = o.object(QStringLiteral("values"));
    for (const QString &key : values.keys()) {
        bool isId = false;
        const qint64 factorId = key.toLongLong(&isId);
        if (!isId || factorId < 1)
            values.fail(key, Text::tr("is not a factor id"));
        // The factor's kind decides which of these it may be; the diary checks that on saving.
        if (values.isBool(key))
            log.values.insert(factorId, values.boolean(key));
        else if (values.isNumber(key))
            log.values.insert(factorId, *values.optionalNumber(key, -1e9, 1e9));
        else
            log.values.insert(factorId, values.string(key, TextLimits::Choice));
    }
    return log;
}

const QStringList &streamedKeys()
{
    static const QStringList keys { QStringLiteral("untrackedPeriods"), QStringLiteral("episodes"),
                                    QStringLiteral("nightLogs"), QStringLiteral("noCrampNights") };
    return keys;
}

StoreError notJson(const JsonObjectStream::SyntaxError &error)
{
    return StoreError(StoreError::Kind::Rejected,
                      Text::tr("The backup is not valid JSON (%1 at byte %2); nothing was restored.")
                              .arg(error.reason)
                              .arg(error.offset));
}
} // namespace

namespace DiaryBackup {

QStringList restore(const QByteArray &json, DiaryRepository &diary, AppSettings *settings, RestoreOptions options)
{
    BufferSource source(json);
    return restore(source, diary, settings, options);
}

QStringList restore(ByteSource &backup, DiaryRepository &diary, AppSettings *settings, RestoreOptions options)
{
    // First pass: everything but the long arrays, which are only checked for their brackets.
    JsonObjectStream stream(backup);
    QJsonObject rootObject;
    try {
        stream.read({ [](const QString &key) {
                         return streamedKeys().contains(key) ? JsonObjectStream::Take::Later
                                                             : JsonObjectStream::Take::Value;
                     },
                      [&](const QString &key, const QJsonValue &value) { rootObject.insert(key, value); },
                      {} });
    } catch (const JsonObjectStream::SyntaxError &error) {
        throw notJson(error);
    }
    if (rootObject.value(QStringLiteral("format")).toString() != FormatName)
        throw StoreError(StoreError::Kind::Rejected,
                         Text::tr("This JSON file is not a Cramp Diary backup; nothing was restored."));
    const JsonReader root(rootObject, QString());
    const QJsonValue versionValue = rootObject.value(QStringLiteral("version"));
    if (versionValue.isDouble() && versionValue.toDouble() > FormatVersion)
        throw StoreError(
                StoreError::Kind::NewerVersion,
                Text::tr("The backup was written by a newer Cramp Diary (backup format %1; this app reads up to %2). "
                         "Update the app; nothing was restored.")
                        .arg(versionValue.toDouble())
                        .arg(FormatVersion));
    root.integer(QStringLiteral("version"), 1, FormatVersion);
    root.allowKeys({ QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("factors"),
                     QStringLiteral("medications"), QStringLiteral("episodes"), QStringLiteral("nightLogs") },
                   { QStringLiteral("app"), QStringLiteral("untrackedPeriods"), QStringLiteral("settings"),
                     QStringLiteral("experiment"), QStringLiteral("noCrampNights"), QStringLiteral("diaryId"),
                     QStringLiteral("visitQuestions") });
    for (const QString &key : streamedKeys())
        root.array(key, key == QLatin1StringView("untrackedPeriods") || key == QLatin1StringView("noCrampNights"));
    // The diary's identity goes with it, so its exports keep their ids (absent before schema 6).
    std::optional<QUuid> identity;
    if (root.has(QStringLiteral("diaryId"))) {
        identity = QUuid::fromString(root.string(QStringLiteral("diaryId"), 36));
        if (identity->isNull())
            root.fail(QStringLiteral("diaryId"), Text::tr("is not a UUID"));
    }
    // The questions for the next visit (absent before schema 7, or when none were written).
    const QString visitQuestions = root.optionalString(QStringLiteral("visitQuestions"), TextLimits::Questions);

    // Definitions (factors, medicines) must all be sound; an entry that is not is named,
    // and with skipBroken left out.
    QList<Factor> factors;
    for (const JsonReader &o : JsonReader::objects(root.array(QStringLiteral("factors")), QStringLiteral("factors")))
        factors.append(factorFrom(o));
    QList<Medication> medications;
    for (const JsonReader &o :
         JsonReader::objects(root.array(QStringLiteral("medications")), QStringLiteral("medications")))
        medications.append(medicationFrom(o));
    std::optional<Experiment> experiment; // its plan is part of the diary: never skipped
    if (root.has(QStringLiteral("experiment")))
        experiment = ExperimentJson::fromJson(root.object(QStringLiteral("experiment")));
    std::optional<std::function<void(AppSettings &)>> applySettings;
    if (root.has(QStringLiteral("settings"))) {
        const JsonReader s = root.object(QStringLiteral("settings"));
        s.allowKeys({},
                    { QStringLiteral("nightBoundaryHour"), QStringLiteral("firstDayOfWeek"),
                      QStringLiteral("waterUnit"), QStringLiteral("nightMode"), QStringLiteral("nightModeStartHour"),
                      QStringLiteral("nightModeEndHour") });
        const int boundary = int(s.optionalInteger(QStringLiteral("nightBoundaryHour"), 0, 23)
                                         .value_or(NightClock::DefaultBoundaryHour));
        const int firstDay = int(s.optionalInteger(QStringLiteral("firstDayOfWeek"), 1, 7).value_or(1));
        const QString water = s.optionalString(QStringLiteral("waterUnit"), 8);
        if (!water.isEmpty() && water != QLatin1StringView("ml") && water != QLatin1StringView("floz"))
            s.fail(QStringLiteral("waterUnit"),
                   JsonReader::Text::unknownChoice(water, { QStringLiteral("ml"), QStringLiteral("floz") }));
        const int mode = int(s.optionalInteger(QStringLiteral("nightMode"), 0, 2).value_or(0));
        const int from = int(s.optionalInteger(QStringLiteral("nightModeStartHour"), 0, 23).value_or(22));
        const int until = int(s.optionalInteger(QStringLiteral("nightModeEndHour"), 0, 23).value_or(7));
        applySettings = [=](AppSettings &target) {
            target.setNightBoundaryHour(boundary);
            target.setFirstDayOfWeek(Qt::DayOfWeek(firstDay));
            target.setWaterUnit(water == QLatin1StringView("floz") ? AppSettings::WaterUnit::FluidOunces
                                                                   : AppSettings::WaterUnit::Millilitres);
            target.setNightMode(AppSettings::NightMode(mode));
            target.setNightModeHours(from, until);
            target.sync();
        };
    }

    if (diary.episodeCount() > 0 || !diary.medications().isEmpty() || diary.firstNight(NightClock()).has_value())
        throw StoreError(StoreError::Kind::Rejected,
                         Text::tr("A backup is restored only into a new, empty diary; this one already has entries."));

    // Second pass, in one transaction: each entry of the long arrays is read, checked and
    // written in turn. An entry the rules refuse undoes everything (or, with skipBroken, is
    // left out and named); so does damage found only now, such as a changed chunk of a
    // protected backup.
    QStringList broken;
    const auto restoreEntry = [&](const QString &key, qsizetype index, const QJsonValue &element) {
        const QString path = QStringLiteral("%1[%2]").arg(key).arg(index);
        const JsonReader o(element, path); // not an object: refused whole, even with skipBroken
        std::function<void()> write;
        try {
            if (key == QLatin1StringView("untrackedPeriods"))
                write = [&diary, p = untrackedFrom(o)] { diary.addUntrackedPeriod(p); };
            else if (key == QLatin1StringView("episodes"))
                write = [&diary, e = episodeFrom(o)] { diary.addEpisode(e); };
            else if (key == QLatin1StringView("nightLogs"))
                write = [&diary, log = nightLogFrom(o)] { diary.saveNightLog(log); };
            else
                write = [&diary, night = noCrampNightFrom(o)] { diary.recordNoCramps(night); };
        } catch (const StoreError &error) {
            broken.append(error.message());
            return;
        }
        if (!broken.isEmpty() && !options.skipBroken)
            return; // refused already: the rest is only read, to name every broken entry
        try {
            write();
        } catch (const StoreError &error) {
            if (!options.skipBroken)
                throw StoreError(error.kind(), Text::tr("%1: %2").arg(path, error.message()));
            broken.append(Text::tr("%1: %2").arg(path, error.message()));
        }
    };
    try {
        diary.runAsOneAction([&] {
            if (identity)
                diary.setIdentity(*identity);
            diary.setVisitQuestions(visitQuestions);
            for (const Factor &f : std::as_const(factors))
                diary.restoreFactor(f);
            for (const Medication &m : std::as_const(medications))
                diary.addMedication(m);
            stream.read({ [](const QString &key) {
                             return streamedKeys().contains(key) ? JsonObjectStream::Take::Elements
                                                                 : JsonObjectStream::Take::Skip;
                         },
                          {},
                          restoreEntry });
            if (!broken.isEmpty() && !options.skipBroken)
                throw StoreError(
                        StoreError::Kind::Rejected,
                        Text::tr("Nothing was restored: the diary's rules do not allow %n record(s) of the backup:",
                                 nullptr, int(broken.size()))
                                + QLatin1Char('\n') + broken.mid(0, 20).join(QLatin1Char('\n'))
                                + (broken.size() > 20 ? QStringLiteral("\n\u2026") : QString()) + QLatin1Char('\n')
                                + Text::tr("Restore with --skip-broken to restore everything else; these records "
                                           "are then listed again and left out."));
            if (experiment)
                diary.startExperiment(*experiment);
        });
    } catch (const JsonObjectStream::SyntaxError &error) {
        throw notJson(error);
    }
    if (settings && applySettings)
        (*applySettings)(*settings);
    return broken;
}

} // namespace DiaryBackup
