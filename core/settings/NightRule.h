#pragma once

#include "core/domain/NightClock.h"

#include <QObject>

class AppSettings;

// The night rule of this person: which night a time belongs to (the boundary hour), when
// a night counts (the wake-up hour) and where a week begins. Built once from the settings and passed to every view and
// command that counts nights, so none rebuilds it; changed() tells them when the person changes it.
class NightRule : public QObject
{
    Q_OBJECT

public:
    explicit NightRule(AppSettings &settings, QObject *parent = nullptr);

    const NightClock &clock() const { return m_clock; }
    int boundaryHour() const { return m_clock.boundaryHour(); }
    int wakeUpHour() const { return m_clock.wakeUpHour(); }
    Qt::DayOfWeek firstDayOfWeek() const { return m_firstDayOfWeek; }

    QDate tonight() const; // the person's tonight (NightClock::tonight)
    QDate lastSleptNight() const; // the newest night every figure counts
    QDate weekStart(QDate night) const;

    // Saves the new rule in the settings; changed() follows when it differs. The wake-up hour
    // is kept no later than the boundary.
    void change(int boundaryHour, int wakeUpHour, Qt::DayOfWeek firstDayOfWeek);

signals:
    void changed();

private:
    AppSettings &m_settings;
    NightClock m_clock;
    Qt::DayOfWeek m_firstDayOfWeek;
};
