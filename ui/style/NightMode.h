#pragma once

#include <QObject>
#include <QPalette>
#include <QTimer>

class AppSettings;

// The dark, dim palette for 3 a.m.: easy on eyes adjusted to the dark, warm rather than
// blue. On demand, or automatically during the night hours chosen in the settings.
class NightMode : public QObject
{
    Q_OBJECT

public:
    explicit NightMode(AppSettings &settings, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    // Forces night mode on or off until the settings change again.
    void setActive(bool active);
    // The person switched night mode on or off: saved as "Always on" or "Off".
    void chooseByHand(bool active);
    // Re-reads the settings (after the settings dialog) and applies what they say now.
    void followSettings();

    static QPalette dayPalette();
    static QPalette nightPalette();
    static bool isNightHour(int hour, int startHour, int endHour);

signals:
    void activeChanged(bool active);

private:
    void apply(bool active);

    AppSettings &m_settings;
    QPalette m_dayPalette;
    QTimer m_clock;
    bool m_active = false;
};
