#include "core/exchange/ExperimentJson.h"

#include "core/exchange/JsonReader.h"

#include <QJsonArray>

namespace {
QJsonValue date(const std::optional<QDate> &night)
{
    return night ? QJsonValue(night->toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

namespace ExperimentJson {

QJsonObject toJson(const Experiment &e)
{
    QJsonArray plan;
    for (const PlannedNight &p : e.plan) {
        QJsonObject night { { QStringLiteral("night"), p.night.toString(Qt::ISODate) },
                            { QStringLiteral("role"), toKey(p.role) },
                            { QStringLiteral("block"), p.block } };
        if (p.role != PlannedNight::Baseline) {
            night.insert(QStringLiteral("assignment"), toKey(p.arm));
            night.insert(QStringLiteral("instruction"), e.change.instruction(p.arm));
        }
        night.insert(QStringLiteral("followed"),
                     e.followed.contains(p.night) ? QJsonValue(e.followed.value(p.night)) : QJsonValue());
        plan.append(night);
    }
    QJsonObject change { { QStringLiteral("kind"), toKey(e.change.kind) },
                         { QStringLiteral("amount"), e.change.amount },
                         { QStringLiteral("name"), e.change.name() } };
    if (e.change.kind == ExperimentChange::OwnFactor)
        change.insert(QStringLiteral("ownFactorId"), e.change.ownFactorId);
    return { { QStringLiteral("id"), e.id },
             { QStringLiteral("change"), change },
             { QStringLiteral("scheme"), toKey(e.design.scheme) },
             { QStringLiteral("nights"), e.design.nights },
             { QStringLiteral("blockNights"), e.design.blockNights },
             { QStringLiteral("washoutNights"), e.design.washoutNights },
             { QStringLiteral("baselineWeek"), e.design.baselineWeek },
             { QStringLiteral("firstNight"), e.design.start.toString(Qt::ISODate) },
             { QStringLiteral("lastNight"), e.lastNight().toString(Qt::ISODate) },
             { QStringLiteral("seed"), qint64(e.design.seed) },
             { QStringLiteral("plannedUtc"), e.plannedAt.toUTC().toString(Qt::ISODate) },
             { QStringLiteral("stoppedAfter"), date(e.stoppedAfter) },
             { QStringLiteral("plan"), plan } };
}

Experiment fromJson(const JsonReader &o)
{
    o.allowKeys({ QStringLiteral("id"), QStringLiteral("change"), QStringLiteral("scheme"), QStringLiteral("nights"),
                  QStringLiteral("blockNights"), QStringLiteral("firstNight"), QStringLiteral("seed"),
                  QStringLiteral("plan") },
                { QStringLiteral("washoutNights"), QStringLiteral("baselineWeek"), QStringLiteral("lastNight"),
                  QStringLiteral("plannedUtc"), QStringLiteral("stoppedAfter") });
    Experiment e;
    e.id = o.integer(QStringLiteral("id"), 1, 1'000'000'000);
    const JsonReader change = o.object(QStringLiteral("change"));
    change.allowKeys({ QStringLiteral("kind") },
                     { QStringLiteral("amount"), QStringLiteral("name"), QStringLiteral("ownFactorId") });
    e.change.kind = change.requiredEnum<ExperimentChange::Kind>(QStringLiteral("kind"));
    e.change.amount = int(change.optionalInteger(QStringLiteral("amount"), 0, 100000).value_or(0));
    if (e.change.kind == ExperimentChange::OwnFactor)
        e.change.ownFactorId = change.integer(QStringLiteral("ownFactorId"), 1, 1'000'000'000);
    e.design.scheme = o.requiredEnum<ExperimentScheme>(QStringLiteral("scheme"));
    e.design.nights = int(o.integer(QStringLiteral("nights"), 2, ExperimentDesign::MaximumNights));
    e.design.blockNights = int(o.integer(QStringLiteral("blockNights"), 2, ExperimentDesign::MaximumNights));
    e.design.washoutNights = int(o.optionalInteger(QStringLiteral("washoutNights"), 0, 363).value_or(0));
    e.design.baselineWeek = o.optionalBoolean(QStringLiteral("baselineWeek")).value_or(false);
    e.design.start = o.date(QStringLiteral("firstNight"));
    e.design.seed = quint32(o.integer(QStringLiteral("seed"), 0, 0xffffffffLL));
    if (o.has(QStringLiteral("plannedUtc")))
        e.plannedAt = o.dateTime(QStringLiteral("plannedUtc"));
    e.stoppedAfter = o.optionalDate(QStringLiteral("stoppedAfter"));
    if (const QString problem = e.design.problem(); !problem.isEmpty())
        o.fail(QStringLiteral("nights"), problem);

    const QList<JsonReader> nights
            = JsonReader::objects(o.array(QStringLiteral("plan")), o.path(QStringLiteral("plan")));
    if (nights.size() != e.design.totalNights())
        o.fail(QStringLiteral("plan"), JsonReader::Text::missing());
    for (qsizetype i = 0; i < nights.size(); ++i) {
        const JsonReader &n = nights[i];
        n.allowKeys({ QStringLiteral("night"), QStringLiteral("role"), QStringLiteral("block") },
                    { QStringLiteral("assignment"), QStringLiteral("instruction"), QStringLiteral("followed") });
        PlannedNight p;
        p.night = n.date(QStringLiteral("night"));
        if (p.night != e.design.start.addDays(i))
            n.fail(QStringLiteral("night"),
                   JsonReader::Text::unknownChoice(p.night.toString(Qt::ISODate),
                                                   { e.design.start.addDays(i).toString(Qt::ISODate) }));
        p.role = n.requiredEnum<PlannedNight::Role>(QStringLiteral("role"));
        p.block = int(n.integer(QStringLiteral("block"), -1, ExperimentDesign::MaximumNights));
        if (p.role != PlannedNight::Baseline)
            p.arm = n.requiredEnum<Arm>(QStringLiteral("assignment"));
        if (const auto followed = n.optionalBoolean(QStringLiteral("followed")))
            e.followed.insert(p.night, *followed);
        e.plan.append(p);
    }
    return e;
}

} // namespace ExperimentJson
