#include "LiveAnalysis.h"

#include "AppSettings.h"
#include "DiaryRepository.h"

LiveAnalysis::LiveAnalysis(DiaryRepository &diary, AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_diary(diary)
    , m_settings(settings)
{
    for (auto signal :
         { &DiaryRepository::episodeAdded, &DiaryRepository::episodeUpdated, &DiaryRepository::episodeRemoved })
        connect(&m_diary, signal, this, &LiveAnalysis::invalidate);
    for (auto signal : { &DiaryRepository::factorsChanged, &DiaryRepository::medicationsChanged,
                         &DiaryRepository::untrackedPeriodsChanged, &DiaryRepository::diaryReset })
        connect(&m_diary, signal, this, &LiveAnalysis::invalidate);
    connect(&m_diary, &DiaryRepository::nightLogChanged, this, &LiveAnalysis::invalidate);
}

void LiveAnalysis::invalidate()
{
    m_analysis.reset();
    emit changed();
}

const DiaryAnalysis &LiveAnalysis::analysis()
{
    if (!m_analysis) {
        const NightClock clock(m_settings.nightBoundaryHour());
        m_analysis = DiaryAnalysis::fromRepository(m_diary, clock, m_settings.firstDayOfWeek(),
                                                   clock.nightOf(QDateTime::currentDateTime()));
    }
    return *m_analysis;
}

Qt::DayOfWeek LiveAnalysis::firstDayOfWeek() const
{
    return m_settings.firstDayOfWeek();
}

int LiveAnalysis::boundaryHour() const
{
    return m_settings.nightBoundaryHour();
}
