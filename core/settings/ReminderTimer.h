#pragma once

#include <QString>
#include <QTime>

// Makes the evening reminder work while the window is closed: a per-user systemd timer
// (~/.config/systemd/user/cramp-diary-reminder.timer) that runs `cramp-diary remind` at the
// chosen time each day. The setting installs it and removes it; nothing outside the
// user's own configuration folder is touched.
class ReminderTimer
{
public:
    // `configHome`: the user's configuration folder (XDG_CONFIG_HOME, usually ~/.config).
    explicit ReminderTimer(QString configHome);
    static ReminderTimer forThisUser();

    // Writes and enables the timer; false with `problem` set if a file cannot be written.
    bool install(const QString &program, const QString &diaryPath, QTime at, QString *problem = nullptr) const;
    void remove() const;
    bool isInstalled() const;

    QString timerPath() const;
    QString servicePath() const;
    QString enabledLinkPath() const;

private:
    QString m_unitFolder;
};
