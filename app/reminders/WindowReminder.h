#pragma once

#include <QObject>
#include <QTimer>

class AppSettings;
class DesktopNotification;
class DiaryRepository;
class NightRule;
class QSystemTrayIcon;

// The evening reminder while the window is open: checks every half minute and, when due,
// shows a desktop notification (or, without a notification service, a tray message) whose
// "Check in" opens the check-in. The `remind` command does the same with the window closed;
// the night reminded is kept in the settings, so the two never remind twice.
class WindowReminder : public QObject
{
    Q_OBJECT

public:
    WindowReminder(AppSettings &settings, const NightRule &nightRule, QObject *parent = nullptr);
    ~WindowReminder() override;

    void setDiary(DiaryRepository *diary) { m_diary = diary; }
    void setTray(QSystemTrayIcon *tray) { m_tray = tray; }
    // Checks now; true if a reminder went out.
    bool check();

signals:
    void checkinRequested();

private:
    AppSettings &m_settings;
    const NightRule &m_nightRule;
    DiaryRepository *m_diary = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotification *m_notification = nullptr;
    QTimer m_timer;
};
