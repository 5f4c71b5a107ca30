#include "core/settings/NightRule.h"

#include "core/settings/AppSettings.h"

NightRule::NightRule(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(settings.nightBoundaryHour(), settings.wakeUpHour())
    , m_firstDayOfWeek(settings.firstDayOfWeek())
{
}

QDate NightRule::tonight() const
{
    return m_clock.tonight(QDateTime::currentDateTime());
}

QDate NightRule::lastSleptNight() const
{
    return m_clock.lastSleptNight(QDateTime::currentDateTime());
}

QDate NightRule::weekStart(QDate night) const
{
    return weekStartOf(night, m_firstDayOfWeek);
}

void NightRule::change(int boundaryHour, int wakeUpHour, Qt::DayOfWeek firstDayOfWeek)
{
    const NightClock clock(boundaryHour, wakeUpHour);
    m_settings.setNightBoundaryHour(clock.boundaryHour());
    m_settings.setWakeUpHour(clock.wakeUpHour());
    m_settings.setFirstDayOfWeek(firstDayOfWeek);
    if (clock.boundaryHour() == m_clock.boundaryHour() && clock.wakeUpHour() == m_clock.wakeUpHour()
        && firstDayOfWeek == m_firstDayOfWeek)
        return;
    m_clock = clock;
    m_firstDayOfWeek = firstDayOfWeek;
    emit changed();
}
