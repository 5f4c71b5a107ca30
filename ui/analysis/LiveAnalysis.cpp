#include "ui/analysis/LiveAnalysis.h"

#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"

LiveAnalysis::LiveAnalysis(DiaryRepository &diary, const NightRule &nightRule, QObject *parent)
    : QObject(parent)
    , m_diary(diary)
    , m_nightRule(nightRule)
{
    for (auto signal :
         { &DiaryRepository::episodeAdded, &DiaryRepository::episodeUpdated, &DiaryRepository::episodeRemoved })
        connect(&m_diary, signal, this, &LiveAnalysis::invalidate);
    for (auto signal : { &DiaryRepository::factorsChanged, &DiaryRepository::medicationsChanged,
                         &DiaryRepository::untrackedPeriodsChanged, &DiaryRepository::diaryReset })
        connect(&m_diary, signal, this, &LiveAnalysis::invalidate);
    connect(&m_diary, &DiaryRepository::nightLogChanged, this, &LiveAnalysis::invalidate);
    connect(&m_diary, &DiaryRepository::experimentChanged, this, &LiveAnalysis::invalidate);
    connect(&m_nightRule, &NightRule::changed, this, &LiveAnalysis::invalidate);
    m_nightEnds.setSingleShot(true);
    connect(&m_nightEnds, &QTimer::timeout, this, &LiveAnalysis::invalidate);
}

void LiveAnalysis::invalidate()
{
    m_analysis.reset();
    emit changed();
}

const DiaryAnalysis &LiveAnalysis::analysis()
{
    if (!m_analysis) {
        // Only nights that have ended count; the one in progress joins when it ends.
        const QDateTime now = QDateTime::currentDateTime();
        m_analysis = DiaryAnalysis(m_diary.snapshot(), m_nightRule.clock(), m_nightRule.firstDayOfWeek(),
                                   m_nightRule.clock().lastEndedNight(now));
        m_nightEnds.start(std::chrono::milliseconds(now.msecsTo(m_nightRule.clock().endOfNight(now)) + 1000));
    }
    return *m_analysis;
}

Qt::DayOfWeek LiveAnalysis::firstDayOfWeek() const
{
    return m_nightRule.firstDayOfWeek();
}

int LiveAnalysis::boundaryHour() const
{
    return m_nightRule.boundaryHour();
}
