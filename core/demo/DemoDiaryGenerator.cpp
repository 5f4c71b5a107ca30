#include "core/demo/DemoDiaryGenerator.h"

#include "core/experiment/ExperimentPlanner.h"
#include "core/store/DiaryRepository.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

namespace {

// Box-Muller on our own generator, so the output does not depend on the standard
// library's distribution implementation.
double normal(QRandomGenerator &random, double mean, double deviation)
{
    const double u1 = std::max(random.generateDouble(), 1e-12);
    const double u2 = random.generateDouble();
    return mean + deviation * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

bool chance(QRandomGenerator &random, double probability)
{
    return random.generateDouble() < probability;
}

template<typename T>
T pickWeighted(QRandomGenerator &random, const QList<std::pair<T, double>> &weighted)
{
    double total = 0;
    for (const auto &entry : weighted)
        total += entry.second;
    double roll = random.generateDouble() * total;
    for (const auto &entry : weighted) {
        if ((roll -= entry.second) < 0)
            return entry.first;
    }
    return weighted.last().first;
}

// What a person might jot down, in the language the diary is made in: a German demo
// diary reads as a German person's would.
const char *const SampleNotes[] = {
    QT_TRANSLATE_NOOP("DemoDiaryGenerator", "Woke with the calf locked hard; standing on the cold floor eased it."),
    QT_TRANSLATE_NOOP("DemoDiaryGenerator", "Long drive today, legs felt heavy in the evening."),
    QT_TRANSLATE_NOOP("DemoDiaryGenerator", "Second one came just as I was falling asleep again."),
    QT_TRANSLATE_NOOP("DemoDiaryGenerator", "Foot arch cramped, toes curled under. Sore all morning."),
    QT_TRANSLATE_NOOP("DemoDiaryGenerator", "Forgot to drink much at work."),
    QT_TRANSLATE_NOOP("DemoDiaryGenerator", "Hiked 15 km, hot day."),
    QT_TRANSLATE_NOOP("DemoDiaryGenerator", "Mild, stretched it out within a minute."),
};

QString demoText(const char *text)
{
    return QCoreApplication::translate("DemoDiaryGenerator", text);
}

struct Evening {
    double waterMl = 0;
    double stretchMinutes = 0;
    QString sleepPosition;
    bool exercise = false;
    bool longSitting = false;
    bool alcohol = false;
    bool caffeine = false;
    bool magnesiumFood = false;
    bool potassiumFood = false;
    bool vitaminD = false;
    bool sun = false;
    double stress = 0;
};

Evening makeEvening(QRandomGenerator &random, QDate night)
{
    Evening e;
    e.waterMl = std::clamp(std::round(normal(random, 1700, 500) / 50) * 50, 300.0, 4000.0);
    e.stretchMinutes = chance(random, 0.4) ? double(5 * random.bounded(1, 4)) : 0.0;
    e.sleepPosition = pickWeighted<QString>(random,
                                            { { QStringLiteral("side"), 0.45 },
                                              { QStringLiteral("back"), 0.25 },
                                              { QStringLiteral("toes_pointed"), 0.15 },
                                              { QStringLiteral("front"), 0.15 } });
    const bool weekend = night.dayOfWeek() >= 5;
    e.exercise = chance(random, weekend ? 0.35 : 0.15);
    e.longSitting = !e.exercise && chance(random, weekend ? 0.15 : 0.45);
    e.alcohol = chance(random, weekend ? 0.4 : 0.12);
    e.caffeine = chance(random, 0.3);
    e.magnesiumFood = chance(random, 0.35);
    e.potassiumFood = chance(random, 0.45);
    e.vitaminD = chance(random, 0.2);
    const int month = night.month();
    e.sun = chance(random, (month >= 5 && month <= 9) ? 0.55 : 0.15);
    e.stress = std::clamp(std::round(normal(random, 4, 2)), 0.0, 10.0);
    return e;
}

double crampProbability(const Evening &e, bool onDiuretic)
{
    double p = 0.16;
    if (e.waterMl < 1200)
        p += 0.22;
    if (e.stretchMinutes > 0)
        p -= 0.07;
    if (e.exercise)
        p += 0.14;
    if (e.longSitting)
        p += 0.06;
    if (e.sleepPosition == QLatin1StringView("toes_pointed"))
        p += 0.08;
    if (onDiuretic)
        p += 0.15;
    return std::clamp(p, 0.02, 0.9);
}

Episode makeEpisode(QRandomGenerator &random, QDate night, const QTimeZone &zone)
{
    Episode ep;
    // Most night cramps come in the small hours.
    const double hourAfterMidnight = std::clamp(normal(random, 3.0, 1.4), -1.5, 6.5);
    const int minutes = int(std::round(hourAfterMidnight * 60));
    const QDateTime local(night.addDays(1), QTime(0, 0), zone);
    ep.start = withFixedOffset(local.addSecs(qint64(minutes) * 60 + random.bounded(60)));
    ep.durationSeconds = int(std::clamp(std::exp(normal(random, std::log(90.0), 0.8)), 10.0, 900.0));
    ep.severity = int(std::clamp(std::round(normal(random, 6, 1.8)), 1.0, 10.0));
    ep.leg = pickWeighted<Leg>(random, { { Leg::Right, 0.45 }, { Leg::Left, 0.4 }, { Leg::Both, 0.15 } });
    ep.muscle = pickWeighted<Muscle>(random,
                                     { { Muscle::Calf, 0.72 },
                                       { Muscle::Foot, 0.14 },
                                       { Muscle::Toes, 0.06 },
                                       { Muscle::ThighBack, 0.05 },
                                       { Muscle::ThighFront, 0.03 } });
    ep.wokeFromSleep = chance(random, 0.85);
    ep.sleepDisturbance = std::clamp(*ep.severity + int(random.bounded(-3, 2)), 0, 10);
    if (chance(random, 0.85))
        ep.reliefs.append({ Relief::Stretch, chance(random, 0.75) });
    if (chance(random, 0.35))
        ep.reliefs.append({ Relief::StandOnLeg, chance(random, 0.7) });
    if (chance(random, 0.2))
        ep.reliefs.append({ Relief::Walk, chance(random, 0.6) });
    if (chance(random, 0.25))
        ep.reliefs.append({ Relief::Massage, chance(random, 0.55) });
    if (chance(random, 0.08))
        ep.reliefs.append({ Relief::Heat, chance(random, 0.5) });
    ep.sorenessAfter = chance(random, 0.4);
    if (chance(random, 0.006))
        ep.warningSigns.append(WarningSign::NumbnessOrTingling);
    if (chance(random, 0.12))
        ep.notes = demoText(SampleNotes[random.bounded(int(std::size(SampleNotes)))]);
    return ep;
}

} // namespace

DemoDiaryGenerator::Summary DemoDiaryGenerator::generate(DiaryRepository &repository, const Options &options)
{
    QRandomGenerator random(options.seed);
    Summary summary;
    const QDate firstNight = options.lastNight.addDays(1 - options.nights);
    const QDate diureticStart = firstNight.addDays(options.nights * 55 / 100);
    // A week away in longer histories, marked as not tracked.
    const bool hasTrip = options.nights >= 120;
    const QDate tripStart = firstNight.addDays(options.nights * 30 / 100);
    const QDate tripEnd = tripStart.addDays(6);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<Experiment> experiment;
    if (options.experiment && options.nights >= 28) {
        experiment = Experiment {};
        experiment->change = { ExperimentChange::Stretching, ExperimentChange::DefaultStretchMinutes, 0, {} };
        experiment->design.start = options.lastNight.addDays(-27);
        experiment->design.seed = options.seed;
        experiment->plan = ExperimentPlanner::draw(experiment->design);
        experiment->plannedAt = QDateTime(experiment->design.start, QTime(20, 0), options.zone).toUTC();
    }
    repository.runAsOneAction([&] {
        QHash<QString, qint64> factorIds;
        for (const Factor &factor : repository.factors())
            factorIds.insert(factor.builtinKey, factor.id);

        Medication statin { 0,
                            QStringLiteral("Atorvastatin"),
                            DrugClass::Statin,
                            demoText(QT_TRANSLATE_NOOP("DemoDiaryGenerator", "20 mg at night")),
                            { { firstNight.addDays(-400), std::nullopt } } };
        const qint64 statinId = repository.addMedication(statin);
        Medication diuretic { 0,
                              QStringLiteral("Indapamide"),
                              DrugClass::Diuretic,
                              demoText(QT_TRANSLATE_NOOP("DemoDiaryGenerator", "2.5 mg each morning")),
                              { { diureticStart, std::nullopt } } };
        const qint64 diureticId = repository.addMedication(diuretic);
        summary.medications = 2;
        if (hasTrip) {
            repository.addUntrackedPeriod(
                    { 0, tripStart, tripEnd,
                      demoText(QT_TRANSLATE_NOOP("DemoDiaryGenerator", "Holiday, diary left at home")) });
        }

        for (QDate night = firstNight; night <= options.lastNight; night = night.addDays(1)) {
            ++summary.nights;
            Evening evening = makeEvening(random, night);
            const auto planned = experiment ? experiment->planFor(night) : std::nullopt;
            // Kept to the plan on 9 nights in 10; the stretching is what was done, not what was planned.
            const bool followed = planned && chance(random, 0.9);
            const bool stretched = planned ? (planned->arm == Arm::Change) == followed : evening.stretchMinutes > 0;
            if (planned)
                evening.stretchMinutes = stretched ? ExperimentChange::DefaultStretchMinutes : 0.0;
            if (hasTrip && night >= tripStart && night <= tripEnd)
                continue;
            const bool onDiuretic = night >= diureticStart;
            // Check-ins lapse now and then, more often at weekends.
            const bool checkedIn = chance(random, night.dayOfWeek() >= 6 ? 0.6 : 0.82);
            if (checkedIn) {
                NightLog log;
                log.night = night;
                log.checkedInAt = QDateTime(night, QTime(21, 30), options.zone).addSecs(random.bounded(5400));
                log.values.insert(factorIds.value(QStringLiteral("water_ml")), evening.waterMl);
                log.values.insert(factorIds.value(QStringLiteral("stretch_minutes")), evening.stretchMinutes);
                log.values.insert(factorIds.value(QStringLiteral("sleep_position")), evening.sleepPosition);
                log.values.insert(factorIds.value(QStringLiteral("exercise")), evening.exercise);
                log.values.insert(factorIds.value(QStringLiteral("long_sitting")), evening.longSitting);
                log.values.insert(factorIds.value(QStringLiteral("alcohol")), evening.alcohol);
                log.values.insert(factorIds.value(QStringLiteral("caffeine")), evening.caffeine);
                log.values.insert(factorIds.value(QStringLiteral("magnesium_food")), evening.magnesiumFood);
                log.values.insert(factorIds.value(QStringLiteral("potassium_food")), evening.potassiumFood);
                log.values.insert(factorIds.value(QStringLiteral("supplement_vitamin_d")), evening.vitaminD);
                log.values.insert(factorIds.value(QStringLiteral("sun_exposure")), evening.sun);
                log.values.insert(factorIds.value(QStringLiteral("stress")), evening.stress);
                log.medicationIds.append(statinId);
                if (onDiuretic)
                    log.medicationIds.append(diureticId);
                repository.saveNightLog(log);
                ++summary.checkIns;
                if (planned)
                    experiment->followed.insert(night, followed);
            }
            // In the experiment the stretching's whole effect is the known one.
            Evening base = evening;
            if (planned)
                base.stretchMinutes = 0;
            const double effect = planned && stretched ? ExperimentEffect : 1.0;
            if (!chance(random, crampProbability(base, onDiuretic) * effect))
                continue;
            const int cramps = pickWeighted<int>(random, { { 1, 0.7 }, { 2, 0.22 }, { 3, 0.08 } });
            QList<Episode> episodes;
            for (int i = 0; i < cramps; ++i)
                episodes.append(makeEpisode(random, night, options.zone));
            std::sort(episodes.begin(), episodes.end(),
                      [](const Episode &a, const Episode &b) { return a.start < b.start; });
            // Cramps of one night come at least a quarter of an hour apart.
            for (qsizetype i = 1; i < episodes.size(); ++i) {
                const QDateTime earliest = episodes[i - 1].start.addSecs(15 * 60 + random.bounded(45 * 60));
                if (episodes[i].start < earliest)
                    episodes[i].start = earliest;
            }
            for (const Episode &episode : std::as_const(episodes)) {
                if (episode.start > now)
                    continue; // last night's small hours may not have come yet
                repository.addEpisode(episode);
                ++summary.episodes;
            }
        }
        if (experiment)
            repository.startExperiment(*experiment);
    });
    summary.experiment = experiment.has_value();
    return summary;
}
