// DiaryRepository's reads of many nights at once: the snapshots the analysis works on,
// whole or for a range, and the diary's first night.
#include "core/store/DiaryFile.h"
#include "core/store/DiaryRepository.h"
#include "core/store/EpisodeRecords.h"
#include "core/store/NightLogRecords.h"

DiarySnapshot DiaryRepository::snapshot() const
{
    DiarySnapshot whole = snapshot(QDate(), QDate(), NightClock());
    whole.episodes = allEpisodes();
    whole.nightLogs = nightLogs(QDate(1900, 1, 1), QDate(9999, 12, 31));
    whole.firstNight = QDate(); // found among the entries
    return whole;
}

// Invalid dates read no nights (the whole snapshot above reads them all its own way).
DiarySnapshot DiaryRepository::snapshot(QDate first, QDate last, const NightClock &clock) const
{
    DiarySnapshot s;
    if (first.isValid() && last.isValid()) {
        s.episodes = episodesInNights(first, last, clock);
        s.nightLogs = nightLogs(first, last);
        s.firstNight = firstNight(clock).value_or(QDate());
    }
    s.factors = factors(true);
    s.medications = medications();
    s.untracked = untrackedPeriods();
    s.experiment = experiment();
    return s;
}

std::optional<QDate> DiaryRepository::firstNight(const NightClock &clock) const
{
    std::optional<QDate> first;
    if (const auto start = EpisodeRecords(m_file->database()).earliestStart())
        first = clock.nightOf(*start);
    if (const auto night = NightLogRecords(m_file->database()).earliestNight(); night && (!first || *night < *first))
        first = night;
    return first;
}
