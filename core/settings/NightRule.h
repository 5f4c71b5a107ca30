#pragma once

#include "core/domain/NightClock.h"

#include <QObject>

class AppSettings;

// The night rule of this person: which night a time belongs to (the boundary hour) and
// where a week begins. Built once from the settings and passed to every view and command
// that counts nights, so none rebuilds it; changed() tells them when the person changes it.
class NightRule : public QObject
{
    Q_OBJECT

public:
    explicit NightRule(AppSettings &settings, QObject *parent = nullptr);

    const NightClock &clock() const { return m_clock; }
    int boundaryHour() const { return m_clock.boundaryHour(); }
    Qt::DayOfWeek firstDayOfWeek() const { return m_firstDayOfWeek; }

    QDate currentNight() const; // the night in progress: not counted by any figure yet
    QDate tonight() const; // the person's tonight (NightClock::tonight)
    QDate lastEndedNight() const; // the newest night every figure counts
    QDate weekStart(QDate night) const;

    // Saves the new rule in the settings; changed() follows when it differs.
    void change(int boundaryHour, Qt::DayOfWeek firstDayOfWeek);

signals:
    void changed();

private:
    AppSettings &m_settings;
    NightClock m_clock;
    Qt::DayOfWeek m_firstDayOfWeek;
};
