// DiaryRepository's reads of many nights at once: the snapshots the analysis works on,
// whole or for a range, the diary's first night, and every episode a season at a time.
#include "core/store/DiaryFile.h"
#include "core/store/DiaryRepository.h"
#include "core/store/EpisodeRecords.h"
#include "core/store/NightLogRecords.h"
#include "core/store/NoCrampNightRecords.h"

namespace {
// What every snapshot holds whatever its nights: the factors, medicines, nights not
// tracked, the nights said to have had no cramps and the self-experiment (a few rows
// each).
DiarySnapshot withoutNights(const DiaryRepository &diary)
{
    DiarySnapshot s;
    s.factors = diary.factors(true);
    s.medications = diary.medications();
    s.untracked = diary.untrackedPeriods();
    s.noCrampNights = diary.noCrampNights();
    s.experiment = diary.experiment();
    return s;
}
} // namespace

DiarySnapshot DiaryRepository::snapshot() const
{
    DiarySnapshot whole = withoutNights(*this);
    whole.episodes = allEpisodes();
    whole.nightLogs = nightLogs(QDate(1900, 1, 1), QDate(9999, 12, 31));
    return whole; // its first night is found among the entries
}

DiarySnapshot DiaryRepository::snapshot(QDate first, QDate last, const NightClock &clock) const
{
    DiarySnapshot ranged = withoutNights(*this);
    ranged.episodes = episodesInNights(first, last, clock);
    ranged.nightLogs = nightLogs(first, last);
    ranged.firstNight = firstNight(clock).value_or(QDate());
    return ranged;
}

std::optional<QDate> DiaryRepository::firstNight(const NightClock &clock) const
{
    std::optional<QDate> first;
    if (const auto start = EpisodeRecords(m_file->database()).earliestStart())
        first = clock.nightOf(*start);
    if (const auto night = NightLogRecords(m_file->database()).earliestNight(); night && (!first || *night < *first))
        first = night;
    const QList<QDate> noCramps = NoCrampNightRecords(m_file->database()).all();
    if (!noCramps.isEmpty() && (!first || noCramps.first() < *first))
        first = noCramps.first();
    return first;
}

void DiaryRepository::forEachEpisode(const NightClock &clock, const std::function<void(const Episode &)> &visit) const
{
    constexpr int SeasonNights = 92;
    const EpisodeRecords records(m_file->database());
    const auto earliest = records.earliestStart();
    if (!earliest)
        return;
    const QDate last = clock.nightOf(*records.latestStart());
    for (QDate first = clock.nightOf(*earliest); first <= last; first = first.addDays(SeasonNights))
        for (const Episode &episode : records.inNights(first, std::min(last, first.addDays(SeasonNights - 1)), clock))
            visit(episode);
}
