#include "DiaryRepository.h"

#include "DiaryFile.h"
#include "EpisodeValidator.h"
#include "FactorValueCheck.h"
#include "Statement.h"
#include "StoreError.h"
#include "Transaction.h"

#include <limits>

#include <QCoreApplication>
#include <QHash>
#include <QSignalBlocker>
#include <QTimeZone>

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiaryRepository)
};

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate dateFrom(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

template<typename E>
std::optional<QString> optionalKey(const std::optional<E> &value)
{
    return value ? std::optional<QString>(toKey(*value)) : std::nullopt;
}

template<typename E>
std::optional<E> optionalEnum(const std::optional<QString> &key)
{
    return key ? fromKey<E>(*key) : std::nullopt;
}

std::optional<int> optionalBoolAsInt(const std::optional<bool> &value)
{
    return value ? std::optional<int>(*value ? 1 : 0) : std::nullopt;
}

void bindEpisodeColumns(Statement &statement, const Episode &e)
{
    statement.bind(1, e.start.toSecsSinceEpoch())
            .bind(2, e.start.offsetFromUtc())
            .bind(3, e.durationSeconds)
            .bind(4, e.severity)
            .bind(5, optionalKey(e.leg))
            .bind(6, optionalKey(e.muscle))
            .bind(7, optionalBoolAsInt(e.wokeFromSleep))
            .bind(8, e.sleepDisturbance)
            .bind(9, optionalBoolAsInt(e.sorenessAfter))
            .bind(10, e.notes)
            .bind(11, QDateTime::currentSecsSinceEpoch());
}

void rejectIfInvalid(const Episode &episode)
{
    const QList<FieldProblem> problems = EpisodeValidator::validate(episode, QDateTime::currentDateTimeUtc());
    if (!problems.isEmpty())
        throw StoreError(StoreError::Kind::Rejected, joinedMessages(problems));
}

void rejectIfInvalid(const Medication &medication)
{
    if (medication.name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Rejected, Text::tr("A medicine needs a name."));
    for (const MedicationPeriod &period : medication.periods) {
        if (!period.started.isValid())
            throw StoreError(StoreError::Kind::Rejected, Text::tr("Each period of a medicine needs a start date."));
        if (period.stopped && *period.stopped < period.started)
            throw StoreError(StoreError::Kind::Rejected,
                             Text::tr("A medicine cannot be stopped before it was started."));
    }
}

Factor readFactor(const Statement &s)
{
    Factor factor;
    factor.id = s.int64(0);
    factor.builtinKey = s.optionalText(1).value_or(QString());
    factor.name = s.text(2);
    factor.kind = fromKey<FactorKind>(s.text(3)).value_or(FactorKind::YesNo);
    factor.unit = s.text(4);
    const QString choices = s.text(5);
    if (!choices.isEmpty())
        factor.choices = choices.split(QLatin1Char('\n'));
    factor.retired = s.int64(6) != 0;
    return factor;
}

constexpr const char *FactorColumns = "SELECT id, builtin_key, name, kind, unit, choices, retired FROM factors ";
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

QString DiaryRepository::path() const
{
    return m_file->path();
}

bool DiaryRepository::isReadOnly() const
{
    return m_file->isReadOnly();
}

QString DiaryRepository::readOnlyReason() const
{
    return m_file->readOnlyReason();
}

void DiaryRepository::requireWritable() const
{
    if (isReadOnly())
        throw StoreError(StoreError::Kind::ReadOnly,
                         Text::tr("This diary is open for viewing only; the change was not saved."));
}

void DiaryRepository::runAsOneAction(const std::function<void()> &work)
{
    requireWritable();
    Transaction transaction(m_file->database());
    {
        // Listeners hear one reset after the commit instead of thousands of half-done steps.
        const QSignalBlocker quiet(this);
        work();
    }
    transaction.commit();
    emit diaryReset();
}

// ---- Episodes ----

qint64 DiaryRepository::addEpisode(const Episode &episode)
{
    requireWritable();
    rejectIfInvalid(episode);
    Database &db = m_file->database();
    Transaction transaction(db);
    Statement insert(db,
                     "INSERT INTO episodes (start_utc, utc_offset_s, duration_s, severity, leg, muscle, "
                     "woke_from_sleep, sleep_disturbance, soreness_after, notes, created_utc, updated_utc, id) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12)");
    bindEpisodeColumns(insert, episode);
    // An id is given only when undo brings a deleted episode back; it keeps its identity.
    insert.bind(12, episode.id > 0 ? std::optional<qint64>(episode.id) : std::nullopt);
    insert.run();
    const qint64 id = db.lastInsertId();
    writeEpisodeDetails(episode, id);
    transaction.commit();
    emit episodeAdded(id);
    return id;
}

void DiaryRepository::updateEpisode(const Episode &episode)
{
    requireWritable();
    rejectIfInvalid(episode);
    Database &db = m_file->database();
    Transaction transaction(db);
    Statement update(db,
                     "UPDATE episodes SET start_utc = ?1, utc_offset_s = ?2, duration_s = ?3, severity = ?4, "
                     "leg = ?5, muscle = ?6, woke_from_sleep = ?7, sleep_disturbance = ?8, "
                     "soreness_after = ?9, notes = ?10, updated_utc = ?11 WHERE id = ?12");
    bindEpisodeColumns(update, episode);
    update.bind(12, episode.id);
    update.run();
    if (db.changes() == 0)
        throw StoreError(StoreError::Kind::Rejected,
                         Text::tr("The episode no longer exists (it may have been deleted); nothing was changed."));
    Statement(db, "DELETE FROM episode_reliefs WHERE episode_id = ?1").bind(1, episode.id).run();
    Statement(db, "DELETE FROM episode_warning_signs WHERE episode_id = ?1").bind(1, episode.id).run();
    writeEpisodeDetails(episode, episode.id);
    transaction.commit();
    emit episodeUpdated(episode.id);
}

void DiaryRepository::writeEpisodeDetails(const Episode &episode, qint64 id)
{
    Database &db = m_file->database();
    for (const ReliefTried &r : episode.reliefs) {
        Statement insert(db, "INSERT INTO episode_reliefs (episode_id, relief, helped) VALUES (?1, ?2, ?3)");
        insert.bind(1, id).bind(2, toKey(r.relief)).bind(3, optionalBoolAsInt(r.helped)).run();
    }
    for (WarningSign sign : episode.warningSigns) {
        Statement insert(db, "INSERT INTO episode_warning_signs (episode_id, sign) VALUES (?1, ?2)");
        insert.bind(1, id).bind(2, toKey(sign)).run();
    }
}

void DiaryRepository::removeEpisode(qint64 id)
{
    requireWritable();
    Database &db = m_file->database();
    Transaction transaction(db);
    Statement(db, "DELETE FROM episodes WHERE id = ?1").bind(1, id).run();
    const bool removed = db.changes() > 0;
    transaction.commit();
    if (removed)
        emit episodeRemoved(id);
}

std::optional<Episode> DiaryRepository::episode(qint64 id) const
{
    const QList<Episode> found
            = readEpisodes("SELECT id, start_utc, utc_offset_s, duration_s, severity, leg, muscle, woke_from_sleep, "
                           "sleep_disturbance, soreness_after, notes FROM episodes WHERE id BETWEEN ?1 AND ?2",
                           id, id);
    return found.isEmpty() ? std::nullopt : std::optional<Episode>(found.first());
}

QList<Episode> DiaryRepository::episodesInNights(QDate first, QDate last, const NightClock &clock) const
{
    return readEpisodes("SELECT id, start_utc, utc_offset_s, duration_s, severity, leg, muscle, woke_from_sleep, "
                        "sleep_disturbance, soreness_after, notes FROM episodes "
                        "WHERE start_utc + utc_offset_s >= ?1 AND start_utc + utc_offset_s < ?2",
                        clock.nightBeginWallSeconds(first), clock.nightBeginWallSeconds(last.addDays(1)));
}

QList<Episode> DiaryRepository::allEpisodes() const
{
    return readEpisodes("SELECT id, start_utc, utc_offset_s, duration_s, severity, leg, muscle, woke_from_sleep, "
                        "sleep_disturbance, soreness_after, notes FROM episodes "
                        "WHERE start_utc + utc_offset_s >= ?1 AND start_utc + utc_offset_s <= ?2",
                        std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
}

// `sql` selects episodes with two parameters; details are fetched for the same rows in
// two more queries rather than one per episode, which matters for a decade of nights.
QList<Episode> DiaryRepository::readEpisodes(const char *sql, qint64 from, qint64 to) const
{
    Database &db = m_file->database();
    QList<Episode> episodes;
    QHash<qint64, qsizetype> indexById;
    Statement select(db, QByteArray(QByteArray(sql) + " ORDER BY start_utc, id").constData());
    select.bind(1, from).bind(2, to);
    while (select.step()) {
        Episode e;
        e.id = select.int64(0);
        e.start = QDateTime::fromSecsSinceEpoch(select.int64(1), Qt::OffsetFromUTC, select.integer(2));
        e.durationSeconds = select.optionalInt(3);
        e.severity = select.optionalInt(4);
        e.leg = optionalEnum<Leg>(select.optionalText(5));
        e.muscle = optionalEnum<Muscle>(select.optionalText(6));
        e.wokeFromSleep = select.optionalBool(7);
        e.sleepDisturbance = select.optionalInt(8);
        e.sorenessAfter = select.optionalBool(9);
        e.notes = select.text(10);
        indexById.insert(e.id, episodes.size());
        episodes.append(e);
    }
    if (episodes.isEmpty())
        return episodes;

    const QByteArray subquery = QByteArray("SELECT id FROM (" + QByteArray(sql) + ")");
    Statement reliefs(db,
                      QByteArray("SELECT episode_id, relief, helped FROM episode_reliefs WHERE episode_id IN ("
                                 + subquery + ") ORDER BY rowid")
                              .constData());
    reliefs.bind(1, from).bind(2, to);
    while (reliefs.step()) {
        if (const auto relief = fromKey<Relief>(reliefs.text(1)))
            episodes[indexById.value(reliefs.int64(0))].reliefs.append({ *relief, reliefs.optionalBool(2) });
    }
    Statement signs(db,
                    QByteArray("SELECT episode_id, sign FROM episode_warning_signs WHERE episode_id IN (" + subquery
                               + ") ORDER BY rowid")
                            .constData());
    signs.bind(1, from).bind(2, to);
    while (signs.step()) {
        if (const auto sign = fromKey<WarningSign>(signs.text(1)))
            episodes[indexById.value(signs.int64(0))].warningSigns.append(*sign);
    }
    return episodes;
}

int DiaryRepository::episodeCount() const
{
    Statement count(m_file->database(), "SELECT count(*) FROM episodes");
    count.step();
    return count.integer(0);
}

std::optional<QDate> DiaryRepository::firstNight(const NightClock &clock) const
{
    Database &db = m_file->database();
    std::optional<QDate> first;
    Statement earliestEpisode(db,
                              "SELECT start_utc, utc_offset_s FROM episodes "
                              "ORDER BY start_utc + utc_offset_s LIMIT 1");
    if (earliestEpisode.step())
        first = clock.nightOf(
                QDateTime::fromSecsSinceEpoch(earliestEpisode.int64(0), Qt::OffsetFromUTC, earliestEpisode.integer(1)));
    Statement earliestLog(db, "SELECT min(night) FROM night_logs");
    if (earliestLog.step() && !earliestLog.isNull(0)) {
        const QDate night = dateFrom(earliestLog.text(0));
        if (!first || night < *first)
            first = night;
    }
    return first;
}

// ---- Night logs ----

void DiaryRepository::saveNightLog(const NightLog &log)
{
    requireWritable();
    if (!log.night.isValid())
        throw StoreError(StoreError::Kind::Rejected, Text::tr("A check-in needs the date of its night."));
    QHash<qint64, Factor> factorsById;
    for (const Factor &factor : factors(true))
        factorsById.insert(factor.id, factor);
    for (auto it = log.values.cbegin(); it != log.values.cend(); ++it) {
        const auto factor = factorsById.constFind(it.key());
        if (factor == factorsById.cend())
            throw StoreError(StoreError::Kind::Rejected, Text::tr("The check-in names a factor that does not exist."));
        if (const QString problem = FactorValueCheck::problem(*factor, it.value()); !problem.isEmpty())
            throw StoreError(StoreError::Kind::Rejected, problem);
    }

    Database &db = m_file->database();
    Transaction transaction(db);
    const QString night = isoDate(log.night);
    Statement(db, "DELETE FROM night_logs WHERE night = ?1").bind(1, night).run();
    const QDateTime checkedIn = log.checkedInAt.isValid() ? log.checkedInAt : QDateTime::currentDateTimeUtc();
    Statement(db, "INSERT INTO night_logs (night, checked_in_utc, notes) VALUES (?1, ?2, ?3)")
            .bind(1, night)
            .bind(2, checkedIn.toSecsSinceEpoch())
            .bind(3, log.notes)
            .run();
    for (auto it = log.values.cbegin(); it != log.values.cend(); ++it) {
        Statement insert(db,
                         "INSERT INTO night_factor_values (night, factor_id, number_value, choice_value) "
                         "VALUES (?1, ?2, ?3, ?4)");
        insert.bind(1, night).bind(2, it.key());
        if (const auto *flag = std::get_if<bool>(&it.value()))
            insert.bind(3, *flag ? 1.0 : 0.0).bindNull(4);
        else if (const auto *number = std::get_if<double>(&it.value()))
            insert.bind(3, *number).bindNull(4);
        else
            insert.bindNull(3).bind(4, std::get<QString>(it.value()));
        insert.run();
    }
    for (qint64 medicationId : log.medicationIds) {
        Statement(db, "INSERT INTO night_medications (night, medication_id) VALUES (?1, ?2)")
                .bind(1, night)
                .bind(2, medicationId)
                .run();
    }
    transaction.commit();
    emit nightLogChanged(log.night);
}

void DiaryRepository::removeNightLog(QDate night)
{
    requireWritable();
    Database &db = m_file->database();
    Transaction transaction(db);
    Statement(db, "DELETE FROM night_logs WHERE night = ?1").bind(1, isoDate(night)).run();
    const bool removed = db.changes() > 0;
    transaction.commit();
    if (removed)
        emit nightLogChanged(night);
}

std::optional<NightLog> DiaryRepository::nightLog(QDate night) const
{
    const QList<NightLog> logs = nightLogs(night, night);
    return logs.isEmpty() ? std::nullopt : std::optional<NightLog>(logs.first());
}

QList<NightLog> DiaryRepository::nightLogs(QDate first, QDate last) const
{
    Database &db = m_file->database();
    const QString from = isoDate(first);
    const QString to = isoDate(last);
    QList<NightLog> logs;
    QHash<QString, qsizetype> indexByNight;
    Statement select(db,
                     "SELECT night, checked_in_utc, notes FROM night_logs "
                     "WHERE night BETWEEN ?1 AND ?2 ORDER BY night");
    select.bind(1, from).bind(2, to);
    while (select.step()) {
        NightLog log;
        log.night = dateFrom(select.text(0));
        log.checkedInAt = QDateTime::fromSecsSinceEpoch(select.int64(1), QTimeZone::utc());
        log.notes = select.text(2);
        indexByNight.insert(select.text(0), logs.size());
        logs.append(log);
    }
    QHash<qint64, FactorKind> kinds;
    for (const Factor &factor : factors(true))
        kinds.insert(factor.id, factor.kind);
    Statement values(db,
                     "SELECT night, factor_id, number_value, choice_value FROM night_factor_values "
                     "WHERE night BETWEEN ?1 AND ?2");
    values.bind(1, from).bind(2, to);
    while (values.step()) {
        NightLog &log = logs[indexByNight.value(values.text(0))];
        const qint64 factorId = values.int64(1);
        if (!values.isNull(3))
            log.values.insert(factorId, values.text(3));
        else if (kinds.value(factorId) == FactorKind::YesNo)
            log.values.insert(factorId, values.real(2) != 0.0);
        else
            log.values.insert(factorId, values.real(2));
    }
    Statement medications(db,
                          "SELECT night, medication_id FROM night_medications "
                          "WHERE night BETWEEN ?1 AND ?2 ORDER BY night, medication_id");
    medications.bind(1, from).bind(2, to);
    while (medications.step())
        logs[indexByNight.value(medications.text(0))].medicationIds.append(medications.int64(1));
    return logs;
}

// ---- Factors ----

QList<Factor> DiaryRepository::factors(bool includeRetired) const
{
    QList<Factor> result;
    Statement select(
            m_file->database(),
            QByteArray(QByteArray(FactorColumns) + "WHERE retired = 0 OR ?1 ORDER BY sort_order, id").constData());
    select.bind(1, includeRetired ? 1 : 0);
    while (select.step())
        result.append(readFactor(select));
    return result;
}

std::optional<Factor> DiaryRepository::factorByKey(const QString &builtinKey) const
{
    Statement select(m_file->database(), QByteArray(QByteArray(FactorColumns) + "WHERE builtin_key = ?1").constData());
    select.bind(1, builtinKey);
    return select.step() ? std::optional<Factor>(readFactor(select)) : std::nullopt;
}

qint64 DiaryRepository::addFactor(const Factor &factor)
{
    requireWritable();
    if (factor.name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Rejected, Text::tr("A factor needs a name."));
    if (factor.kind == FactorKind::Choice && factor.choices.size() < 2)
        throw StoreError(StoreError::Kind::Rejected, Text::tr("A choice factor needs at least two choices."));
    if (factor.kind != FactorKind::Choice && !factor.choices.isEmpty())
        throw StoreError(StoreError::Kind::Rejected, Text::tr("Only choice factors have choices."));
    for (const Factor &existing : factors(true)) {
        if (existing.name.compare(factor.name.trimmed(), Qt::CaseInsensitive) == 0)
            throw StoreError(StoreError::Kind::Rejected,
                             Text::tr("There is already a factor called %1.").arg(factor.name));
    }
    Database &db = m_file->database();
    Transaction transaction(db);
    Statement(db,
              "INSERT INTO factors (builtin_key, name, kind, unit, choices, retired, sort_order) "
              "VALUES (NULL, ?1, ?2, ?3, ?4, 0, (SELECT coalesce(max(sort_order), 0) + 10 FROM factors))")
            .bind(1, factor.name.trimmed())
            .bind(2, toKey(factor.kind))
            .bind(3, factor.unit.trimmed())
            .bind(4, factor.choices.join(QLatin1Char('\n')))
            .run();
    const qint64 id = db.lastInsertId();
    transaction.commit();
    emit factorsChanged();
    return id;
}

void DiaryRepository::renameFactor(qint64 id, const QString &name)
{
    requireWritable();
    if (name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Rejected, Text::tr("A factor needs a name."));
    Database &db = m_file->database();
    Transaction transaction(db);
    Statement(db, "UPDATE factors SET name = ?1 WHERE id = ?2 AND builtin_key IS NULL")
            .bind(1, name.trimmed())
            .bind(2, id)
            .run();
    if (db.changes() == 0)
        throw StoreError(StoreError::Kind::Rejected, Text::tr("Only your own factors can be renamed."));
    transaction.commit();
    emit factorsChanged();
}

void DiaryRepository::restoreFactor(const Factor &factor)
{
    requireWritable();
    Database &db = m_file->database();
    Transaction transaction(db);
    if (factor.isBuiltin()) {
        Statement(db, "UPDATE factors SET retired = ?1 WHERE builtin_key = ?2")
                .bind(1, factor.retired ? 1 : 0)
                .bind(2, factor.builtinKey)
                .run();
        if (db.changes() == 0)
            throw StoreError(StoreError::Kind::Rejected,
                             tr("The backup names a built-in factor this version does not know."));
    } else {
        Statement(db,
                  "INSERT INTO factors (id, builtin_key, name, kind, unit, choices, retired, sort_order) "
                  "VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?6, (SELECT coalesce(max(sort_order), 0) + 10 FROM factors))")
                .bind(1, factor.id)
                .bind(2, factor.name)
                .bind(3, toKey(factor.kind))
                .bind(4, factor.unit)
                .bind(5, factor.choices.join(QLatin1Char('\n')))
                .bind(6, factor.retired ? 1 : 0)
                .run();
    }
    transaction.commit();
    emit factorsChanged();
}

void DiaryRepository::setFactorRetired(qint64 id, bool retired)
{
    requireWritable();
    Database &db = m_file->database();
    Transaction transaction(db);
    Statement(db, "UPDATE factors SET retired = ?1 WHERE id = ?2").bind(1, retired ? 1 : 0).bind(2, id).run();
    if (db.changes() == 0)
        throw StoreError(StoreError::Kind::Rejected, Text::tr("That factor does not exist."));
    transaction.commit();
    emit factorsChanged();
}

// ---- Medications ----

QList<Medication> DiaryRepository::medications() const
{
    Database &db = m_file->database();
    QList<Medication> result;
    QHash<qint64, qsizetype> indexById;
    Statement select(db, "SELECT id, name, drug_class, dose FROM medications ORDER BY name COLLATE NOCASE, id");
    while (select.step()) {
        Medication m;
        m.id = select.int64(0);
        m.name = select.text(1);
        m.drugClass = fromKey<DrugClass>(select.text(2)).value_or(DrugClass::Other);
        m.dose = select.text(3);
        indexById.insert(m.id, result.size());
        result.append(m);
    }
    Statement periods(db, "SELECT medication_id, started, stopped FROM medication_periods ORDER BY started, id");
    while (periods.step()) {
        MedicationPeriod period { dateFrom(periods.text(1)), std::nullopt };
        if (!periods.isNull(2))
            period.stopped = dateFrom(periods.text(2));
        result[indexById.value(periods.int64(0))].periods.append(period);
    }
    return result;
}

qint64 DiaryRepository::addMedication(const Medication &medication)
{
    requireWritable();
    rejectIfInvalid(medication);
    Database &db = m_file->database();
    Transaction transaction(db);
    Statement(db, "INSERT INTO medications (name, drug_class, dose, id) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, medication.name.trimmed())
            .bind(2, toKey(medication.drugClass))
            .bind(3, medication.dose.trimmed())
            .bind(4, medication.id > 0 ? std::optional<qint64>(medication.id) : std::nullopt) // kept when restoring
            .run();
    const qint64 id = db.lastInsertId();
    writeMedicationPeriods(medication, id);
    transaction.commit();
    emit medicationsChanged();
    return id;
}

void DiaryRepository::updateMedication(const Medication &medication)
{
    requireWritable();
    rejectIfInvalid(medication);
    Database &db = m_file->database();
    Transaction transaction(db);
    Statement(db, "UPDATE medications SET name = ?1, drug_class = ?2, dose = ?3 WHERE id = ?4")
            .bind(1, medication.name.trimmed())
            .bind(2, toKey(medication.drugClass))
            .bind(3, medication.dose.trimmed())
            .bind(4, medication.id)
            .run();
    if (db.changes() == 0)
        throw StoreError(StoreError::Kind::Rejected, Text::tr("That medicine no longer exists; nothing was changed."));
    Statement(db, "DELETE FROM medication_periods WHERE medication_id = ?1").bind(1, medication.id).run();
    writeMedicationPeriods(medication, medication.id);
    transaction.commit();
    emit medicationsChanged();
}

void DiaryRepository::writeMedicationPeriods(const Medication &medication, qint64 id)
{
    for (const MedicationPeriod &period : medication.periods) {
        Statement(m_file->database(),
                  "INSERT INTO medication_periods (medication_id, started, stopped) "
                  "VALUES (?1, ?2, ?3)")
                .bind(1, id)
                .bind(2, isoDate(period.started))
                .bind(3, period.stopped ? std::optional<QString>(isoDate(*period.stopped)) : std::nullopt)
                .run();
    }
}

void DiaryRepository::removeMedication(qint64 id)
{
    requireWritable();
    Database &db = m_file->database();
    Transaction transaction(db);
    Statement(db, "DELETE FROM medications WHERE id = ?1").bind(1, id).run();
    transaction.commit();
    emit medicationsChanged();
}

// ---- Untracked periods ----

QList<UntrackedPeriod> DiaryRepository::untrackedPeriods() const
{
    QList<UntrackedPeriod> result;
    Statement select(m_file->database(),
                     "SELECT id, first_night, last_night, reason FROM untracked_periods ORDER BY first_night");
    while (select.step())
        result.append({ select.int64(0), dateFrom(select.text(1)), dateFrom(select.text(2)), select.text(3) });
    return result;
}

qint64 DiaryRepository::addUntrackedPeriod(const UntrackedPeriod &period)
{
    requireWritable();
    if (!period.firstNight.isValid() || !period.lastNight.isValid() || period.lastNight < period.firstNight)
        throw StoreError(StoreError::Kind::Rejected,
                         Text::tr("A period not tracked needs a first and a last night, in that order."));
    Database &db = m_file->database();
    Transaction transaction(db);
    Statement(db, "INSERT INTO untracked_periods (first_night, last_night, reason, id) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, isoDate(period.firstNight))
            .bind(2, isoDate(period.lastNight))
            .bind(3, period.reason)
            .bind(4, period.id > 0 ? std::optional<qint64>(period.id) : std::nullopt) // kept when restoring
            .run();
    const qint64 id = db.lastInsertId();
    transaction.commit();
    emit untrackedPeriodsChanged();
    return id;
}

void DiaryRepository::removeUntrackedPeriod(qint64 id)
{
    requireWritable();
    Database &db = m_file->database();
    Transaction transaction(db);
    Statement(db, "DELETE FROM untracked_periods WHERE id = ?1").bind(1, id).run();
    transaction.commit();
    emit untrackedPeriodsChanged();
}
