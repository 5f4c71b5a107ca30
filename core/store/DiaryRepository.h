#pragma once

#include "core/domain/DiarySnapshot.h"
#include "core/domain/Episode.h"
#include "core/domain/Factor.h"
#include "core/domain/Medication.h"
#include "core/domain/NightClock.h"
#include "core/domain/NightLog.h"
#include "core/domain/UntrackedPeriod.h"

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QUuid>

class DiaryFile;

// Everything the UI, the analysis and the reports read from or write to a diary. Each
// call that writes is one transaction and, once committed, announces itself by a signal
// so models can update. Errors are thrown as StoreError; a failed write changes nothing.
class DiaryRepository : public QObject
{
    Q_OBJECT

public:
    explicit DiaryRepository(std::unique_ptr<DiaryFile> file, QObject *parent = nullptr);
    // Opens (or creates) the diary at `path`; throws StoreError. See DiaryFile.
    static std::unique_ptr<DiaryRepository> open(const QString &path, bool readOnly = false);
    ~DiaryRepository() override;

    QString path() const;
    // Everything written so far into the file itself, the log emptied (DiaryFile::writeOutLog).
    void writeOutLog();
    bool isReadOnly() const;
    QString readOnlyReason() const;
    // The random identity drawn when the diary was made; exports derive entry ids from it.
    QUuid identity() const;
    void setIdentity(const QUuid &identity); // restore: the backup's diary keeps its identity
    // The person's questions for their next visit, printed on the report's first page;
    // empty when none are written. Saved trimmed; an empty text removes them.
    QString visitQuestions() const;
    void setVisitQuestions(const QString &questions);

    // Runs many writes (a generated history, an import) as one all-or-nothing action.
    // Per-item signals are held back; diaryReset() follows a successful commit.
    void runAsOneAction(const std::function<void()> &work);

    // Episodes. addEpisode() assigns a new id unless the episode has one (undoing a
    // delete), in which case that id must be free.
    qint64 addEpisode(const Episode &episode);
    void updateEpisode(const Episode &episode);
    void removeEpisode(qint64 id);
    std::optional<Episode> episode(qint64 id) const;
    // Episodes of the nights first..last inclusive, oldest first.
    QList<Episode> episodesInNights(QDate first, QDate last, const NightClock &clock) const;
    QList<Episode> allEpisodes() const;
    // Every episode in the order of the nights, read a season at a time: a backup or an
    // export of any size in the memory of one season.
    void forEachEpisode(const NightClock &clock, const std::function<void(const Episode &)> &visit) const;
    int episodeCount() const;
    // The wall-clock span the diary covers, from its first entry of any kind.
    std::optional<QDate> firstNight(const NightClock &clock) const;

    // Evening check-ins
    void saveNightLog(const NightLog &log); // replaces the night's log as a whole
    void removeNightLog(QDate night);
    std::optional<NightLog> nightLog(QDate night) const;
    QList<NightLog> nightLogs(QDate first, QDate last) const;

    // Factor catalog
    QList<Factor> factors(bool includeRetired = false) const;
    std::optional<Factor> factorByKey(const QString &builtinKey) const;
    qint64 addFactor(const Factor &factor);
    void renameFactor(qint64 id, const QString &name);
    void setFactorRetired(qint64 id, bool retired);
    // Where a number factor is split for comparing nights; none restores the default.
    void setFactorSplit(qint64 id, std::optional<double> splitAt);
    // Recreates a factor exactly as a backup holds it: a built-in's state, or the person's
    // own factor under its id. Only for restoring into a new diary.
    void restoreFactor(const Factor &factor);

    // Medications
    QList<Medication> medications() const;
    qint64 addMedication(const Medication &medication);
    void updateMedication(const Medication &medication);
    void removeMedication(qint64 id);

    // Nights not tracked
    QList<UntrackedPeriod> untrackedPeriods() const;
    qint64 addUntrackedPeriod(const UntrackedPeriod &period);
    void removeUntrackedPeriod(qint64 id);

    // Nights the person said had no cramps ("No cramps" on the morning card). Each change
    // is announced as nightLogChanged(night): both say what a night holds.
    QList<QDate> noCrampNights() const;
    void recordNoCramps(QDate night); // refused for a night not yet begun
    void removeNoCramps(QDate night);

    // Self-experiments, one at a time: the latest is the one shown; its plan never changes.
    std::optional<Experiment> experiment() const;
    qint64 startExperiment(const Experiment &experiment); // refused while another counts nights
    void setExperimentFollowed(QDate night, std::optional<bool> followed);
    void stopExperiment(QDate lastCountedNight);

    // The whole diary as plain values, for the analysis.
    DiarySnapshot snapshot() const;
    // Only the cramps and check-ins of the nights first..last (with everything else, and
    // the diary's first night), so a range costs what the range holds.
    DiarySnapshot snapshot(QDate first, QDate last, const NightClock &clock) const;

signals:
    void diaryReset();
    void episodeAdded(qint64 id);
    void episodeUpdated(qint64 id);
    void episodeRemoved(qint64 id);
    void nightLogChanged(QDate night);
    void factorsChanged();
    void medicationsChanged();
    void untrackedPeriodsChanged();
    void experimentChanged();
    void visitQuestionsChanged();

private:
    void requireWritable() const;
    // Runs `write` as one transaction of a writable diary; the caller signals after it.
    template<typename Write>
    auto transact(Write &&write);

    std::unique_ptr<DiaryFile> m_file;
};
