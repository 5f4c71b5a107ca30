#include "core/settings/NightRule.h"

#include "core/settings/AppSettings.h"

NightRule::NightRule(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(settings.nightBoundaryHour())
    , m_firstDayOfWeek(settings.firstDayOfWeek())
{
}

QDate NightRule::tonight() const
{
    return m_clock.tonight(QDateTime::currentDateTime());
}

QDate NightRule::currentNight() const
{
    return m_clock.nightOf(QDateTime::currentDateTime());
}

QDate NightRule::lastEndedNight() const
{
    return m_clock.lastEndedNight(QDateTime::currentDateTime());
}

QDate NightRule::weekStart(QDate night) const
{
    return weekStartOf(night, m_firstDayOfWeek);
}

void NightRule::change(int boundaryHour, Qt::DayOfWeek firstDayOfWeek)
{
    m_settings.setNightBoundaryHour(boundaryHour);
    m_settings.setFirstDayOfWeek(firstDayOfWeek);
    if (boundaryHour == m_clock.boundaryHour() && firstDayOfWeek == m_firstDayOfWeek)
        return;
    m_clock = NightClock(boundaryHour);
    m_firstDayOfWeek = firstDayOfWeek;
    emit changed();
}
