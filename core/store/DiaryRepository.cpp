#include "core/store/DiaryRepository.h"

#include "core/domain/EpisodeValidator.h"
#include "core/domain/FactorValueCheck.h"
#include "core/domain/TextLimits.h"
#include "core/store/DiaryFile.h"
#include "core/store/EpisodeRecords.h"
#include "core/store/ExperimentRecords.h"
#include "core/store/FactorRecords.h"
#include "core/store/MedicationRecords.h"
#include "core/store/NightLogRecords.h"
#include "core/store/NoCrampNightRecords.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "core/store/UntrackedPeriodRecords.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QHash>
#include <QSignalBlocker>

// The rules a write must satisfy live here; the *Records classes only map rows. Each
// public write is one transaction, and its signal is sent only after the commit.

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiaryRepository)
};

[[noreturn]] void reject(const QString &message)
{
    throw StoreError(StoreError::Kind::Rejected, message);
}

void rejectIfInvalid(const Episode &episode)
{
    const QList<FieldProblem> problems = EpisodeValidator::validate(episode, QDateTime::currentDateTimeUtc());
    if (!problems.isEmpty())
        reject(joinedMessages(problems));
}

void rejectIfLonger(const QString &text, int limit, const QString &what)
{
    if (text.size() > limit)
        reject(TextLimits::tooLong(what, limit));
}

void rejectIfInvalid(const Medication &medication)
{
    if (medication.name.trimmed().isEmpty())
        reject(Text::tr("A medicine needs a name."));
    rejectIfLonger(medication.name, TextLimits::Name, Text::tr("The medicine's name"));
    rejectIfLonger(medication.dose, TextLimits::Dose, Text::tr("The dose"));
    for (const MedicationPeriod &period : medication.periods) {
        if (!period.started.isValid())
            reject(Text::tr("Each period of a medicine needs a start date."));
        if (period.stopped && *period.stopped < period.started)
            reject(Text::tr("A medicine cannot be stopped before it was started."));
    }
}
} // namespace

DiaryRepository::DiaryRepository(std::unique_ptr<DiaryFile> file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
{
}

DiaryRepository::~DiaryRepository() = default;

std::unique_ptr<DiaryRepository> DiaryRepository::open(const QString &path, bool readOnly)
{
    return std::make_unique<DiaryRepository>(
            std::make_unique<DiaryFile>(path, readOnly ? DiaryFile::Access::ReadOnly : DiaryFile::Access::ReadWrite));
}

void DiaryRepository::requireWritable() const
{
    if (isReadOnly())
        throw StoreError(StoreError::Kind::ReadOnly,
                         Text::tr("This diary is open for viewing only; the change was not saved.")
                                 + (readOnlyReason().isEmpty() ? QString() : QLatin1Char(' ') + readOnlyReason()));
}

template<typename Write>
auto DiaryRepository::transact(Write &&write)
{
    requireWritable();
    Database &db = m_file->database();
    Transaction transaction(db);
    if constexpr (std::is_void_v<decltype(write(db))>) {
        write(db);
        transaction.commit();
    } else {
        auto result = write(db);
        transaction.commit();
        return result;
    }
}

void DiaryRepository::runAsOneAction(const std::function<void()> &work)
{
    transact([&](Database &) {
        // Listeners hear one reset after the commit instead of thousands of half-done steps.
        const QSignalBlocker quiet(this);
        work();
    });
    emit diaryReset();
}

// ---- Episodes ----

qint64 DiaryRepository::addEpisode(const Episode &episode)
{
    requireWritable(); // a read-only diary says so before any other rule
    rejectIfInvalid(episode);
    const qint64 id = transact([&](Database &db) { return EpisodeRecords(db).insert(episode); });
    emit episodeAdded(id);
    return id;
}

void DiaryRepository::updateEpisode(const Episode &episode)
{
    requireWritable(); // a read-only diary says so before any other rule
    rejectIfInvalid(episode);
    transact([&](Database &db) {
        if (!EpisodeRecords(db).update(episode))
            reject(Text::tr("The episode no longer exists (it may have been deleted); nothing was changed."));
    });
    emit episodeUpdated(episode.id);
}

void DiaryRepository::removeEpisode(qint64 id)
{
    if (transact([&](Database &db) { return EpisodeRecords(db).remove(id); }))
        emit episodeRemoved(id);
}

std::optional<Episode> DiaryRepository::episode(qint64 id) const
{
    const QList<Episode> found = EpisodeRecords(m_file->database()).byId(id);
    return found.isEmpty() ? std::nullopt : std::optional<Episode>(found.first());
}

QList<Episode> DiaryRepository::episodesInNights(QDate first, QDate last, const NightClock &clock) const
{
    return EpisodeRecords(m_file->database()).inNights(first, last, clock);
}

QList<Episode> DiaryRepository::allEpisodes() const
{
    return EpisodeRecords(m_file->database()).all();
}

int DiaryRepository::episodeCount() const
{
    return EpisodeRecords(m_file->database()).count();
}

// ---- Night logs ----

void DiaryRepository::saveNightLog(const NightLog &log)
{
    requireWritable();
    if (!log.night.isValid())
        reject(Text::tr("A check-in needs the date of its night."));
    rejectIfLonger(log.notes, TextLimits::Notes, Text::tr("The notes"));
    QHash<qint64, Factor> factorsById;
    for (const Factor &factor : factors(true))
        factorsById.insert(factor.id, factor);
    for (auto it = log.values.cbegin(); it != log.values.cend(); ++it) {
        const auto factor = factorsById.constFind(it.key());
        if (factor == factorsById.cend())
            reject(Text::tr("The check-in names a factor that does not exist."));
        if (const QString problem = FactorValueCheck::problem(*factor, it.value()); !problem.isEmpty())
            reject(problem);
    }
    transact([&](Database &db) { NightLogRecords(db).replace(log); });
    emit nightLogChanged(log.night);
}

void DiaryRepository::removeNightLog(QDate night)
{
    if (transact([&](Database &db) { return NightLogRecords(db).remove(night); }))
        emit nightLogChanged(night);
}

std::optional<NightLog> DiaryRepository::nightLog(QDate night) const
{
    const QList<NightLog> logs = nightLogs(night, night);
    return logs.isEmpty() ? std::nullopt : std::optional<NightLog>(logs.first());
}

QList<NightLog> DiaryRepository::nightLogs(QDate first, QDate last) const
{
    QHash<qint64, FactorKind> kinds;
    for (const Factor &factor : factors(true))
        kinds.insert(factor.id, factor.kind);
    return NightLogRecords(m_file->database()).inNights(first, last, kinds);
}

// ---- Factors ----

QList<Factor> DiaryRepository::factors(bool includeRetired) const
{
    return FactorRecords(m_file->database()).all(includeRetired);
}

std::optional<Factor> DiaryRepository::factorByKey(const QString &builtinKey) const
{
    return FactorRecords(m_file->database()).byBuiltinKey(builtinKey);
}

qint64 DiaryRepository::addFactor(const Factor &factor)
{
    requireWritable();
    if (factor.name.trimmed().isEmpty())
        reject(Text::tr("A factor needs a name."));
    if (factor.kind == FactorKind::Choice && factor.choices.size() < 2)
        reject(Text::tr("A choice factor needs at least two choices."));
    if (factor.kind != FactorKind::Choice && !factor.choices.isEmpty())
        reject(Text::tr("Only choice factors have choices."));
    rejectIfLonger(factor.name, TextLimits::Name, Text::tr("The factor's name"));
    rejectIfLonger(factor.unit, TextLimits::Unit, Text::tr("The unit"));
    if (factor.choices.size() > TextLimits::Choices)
        reject(Text::tr("A factor offers at most %1 choices; nothing was saved.").arg(TextLimits::Choices));
    for (const QString &choice : factor.choices)
        rejectIfLonger(choice, TextLimits::Choice, Text::tr("A choice"));
    for (const Factor &existing : factors(true)) {
        if (existing.name.compare(factor.name.trimmed(), Qt::CaseInsensitive) == 0)
            reject(Text::tr("There is already a factor called %1.").arg(factor.name));
    }
    const qint64 id = transact([&](Database &db) { return FactorRecords(db).insert(factor); });
    emit factorsChanged();
    return id;
}

void DiaryRepository::renameFactor(qint64 id, const QString &name)
{
    requireWritable(); // a read-only diary says so before any other rule
    if (name.trimmed().isEmpty())
        reject(Text::tr("A factor needs a name."));
    rejectIfLonger(name, TextLimits::Name, Text::tr("The factor's name"));
    transact([&](Database &db) {
        if (!FactorRecords(db).rename(id, name))
            reject(Text::tr("Only your own factors can be renamed."));
    });
    emit factorsChanged();
}

void DiaryRepository::restoreFactor(const Factor &factor)
{
    transact([&](Database &db) {
        if (!factor.isBuiltin())
            FactorRecords(db).insertWithId(factor);
        else if (!FactorRecords(db).restoreBuiltin(factor.builtinKey, factor.retired, factor.splitAt))
            reject(tr("The backup names a built-in factor this version does not know."));
    });
    emit factorsChanged();
}

void DiaryRepository::setFactorRetired(qint64 id, bool retired)
{
    transact([&](Database &db) {
        if (!FactorRecords(db).setRetired(id, retired))
            reject(Text::tr("That factor does not exist."));
    });
    emit factorsChanged();
}

void DiaryRepository::setFactorSplit(qint64 id, std::optional<double> splitAt)
{
    requireWritable();
    const QList<Factor> all = factors(true);
    const auto factor = std::find_if(all.cbegin(), all.cend(), [id](const Factor &f) { return f.id == id; });
    if (factor == all.cend())
        reject(Text::tr("That factor does not exist."));
    if (factor->kind != FactorKind::Number)
        reject(Text::tr("Only number factors are split; yes/no and choice factors compare their answers."));
    if (splitAt && (!std::isfinite(*splitAt) || *splitAt < 0))
        reject(Text::tr("A split must be a number of zero or more."));
    transact([&](Database &db) {
        if (!FactorRecords(db).setSplit(id, splitAt))
            reject(Text::tr("That factor does not exist."));
    });
    emit factorsChanged();
}

// ---- Medications ----

QList<Medication> DiaryRepository::medications() const
{
    return MedicationRecords(m_file->database()).all();
}

qint64 DiaryRepository::addMedication(const Medication &medication)
{
    requireWritable(); // a read-only diary says so before any other rule
    rejectIfInvalid(medication);
    const qint64 id = transact([&](Database &db) { return MedicationRecords(db).insert(medication); });
    emit medicationsChanged();
    return id;
}

void DiaryRepository::updateMedication(const Medication &medication)
{
    requireWritable(); // a read-only diary says so before any other rule
    rejectIfInvalid(medication);
    transact([&](Database &db) {
        if (!MedicationRecords(db).update(medication))
            reject(Text::tr("That medicine no longer exists; nothing was changed."));
    });
    emit medicationsChanged();
}

void DiaryRepository::removeMedication(qint64 id)
{
    transact([&](Database &db) { MedicationRecords(db).remove(id); });
    emit medicationsChanged();
}

// ---- Untracked periods ----

QList<UntrackedPeriod> DiaryRepository::untrackedPeriods() const
{
    return UntrackedPeriodRecords(m_file->database()).all();
}

qint64 DiaryRepository::addUntrackedPeriod(const UntrackedPeriod &period)
{
    requireWritable(); // a read-only diary says so before any other rule
    if (!period.firstNight.isValid() || !period.lastNight.isValid() || period.lastNight < period.firstNight)
        reject(Text::tr("A period not tracked needs a first and a last night, in that order."));
    rejectIfLonger(period.reason, TextLimits::Reason, Text::tr("The reason"));
    const qint64 id = transact([&](Database &db) { return UntrackedPeriodRecords(db).insert(period); });
    emit untrackedPeriodsChanged();
    return id;
}

void DiaryRepository::removeUntrackedPeriod(qint64 id)
{
    transact([&](Database &db) { UntrackedPeriodRecords(db).remove(id); });
    emit untrackedPeriodsChanged();
}

// ---- Nights without cramps ----

QList<QDate> DiaryRepository::noCrampNights() const
{
    return NoCrampNightRecords(m_file->database()).all();
}

void DiaryRepository::recordNoCramps(QDate night)
{
    requireWritable();
    if (!night.isValid())
        reject(Text::tr("Say which night had no cramps."));
    if (night > QDate::currentDate())
        reject(Text::tr("The night of %1 has not begun yet; nothing was saved.").arg(night.toString(Qt::ISODate)));
    transact([&](Database &db) { NoCrampNightRecords(db).insert(night); });
    emit nightLogChanged(night);
}

void DiaryRepository::removeNoCramps(QDate night)
{
    transact([&](Database &db) { NoCrampNightRecords(db).remove(night); });
    emit nightLogChanged(night);
}

// ---- Self-experiments ----

std::optional<Experiment> DiaryRepository::experiment() const
{
    return ExperimentRecords(m_file->database()).latest();
}

qint64 DiaryRepository::startExperiment(const Experiment &e)
{
    requireWritable();
    if (const QString problem = e.design.problem(); !problem.isEmpty())
        reject(problem);
    if (e.plan.size() != e.design.totalNights() || e.plan.first().night != e.design.start)
        reject(Text::tr("The experiment's plan does not match its design; nothing was saved."));
    if (e.change.kind == ExperimentChange::OwnFactor) {
        const QList<Factor> all = factors();
        const auto own
                = std::find_if(all.cbegin(), all.cend(), [&](const Factor &f) { return f.id == e.change.ownFactorId; });
        if (own == all.cend() || own->kind != FactorKind::YesNo || own->isBuiltin())
            reject(Text::tr("An experiment with your own factor needs one of your yes/no factors."));
    }
    if (const auto running = experiment(); running && running->lastCountedNight() >= e.design.start)
        reject(Text::tr("The experiment on %1 counts nights until %2; stop it before planning another.")
                       .arg(running->change.name(), running->lastCountedNight().toString(Qt::ISODate)));
    const qint64 id = transact([&](Database &db) { return ExperimentRecords(db).insert(e); });
    emit experimentChanged();
    return id;
}

void DiaryRepository::setExperimentFollowed(QDate night, std::optional<bool> followed)
{
    const auto current = experiment();
    if (!current || !current->planFor(night))
        reject(Text::tr("The night of %1 is not part of an experiment.").arg(night.toString(Qt::ISODate)));
    transact([&](Database &db) { ExperimentRecords(db).setFollowed(current->id, night, followed); });
    emit experimentChanged();
}

void DiaryRepository::stopExperiment(QDate lastCountedNight)
{
    const auto current = experiment();
    if (!current || current->stoppedAfter)
        reject(Text::tr("There is no running experiment to stop."));
    const QDate last = std::clamp(lastCountedNight, current->firstNight().addDays(-1), current->lastNight());
    transact([&](Database &db) { ExperimentRecords(db).stop(current->id, last); });
    emit experimentChanged();
}
