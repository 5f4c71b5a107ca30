#pragma once

#include "core/settings/ReminderTimer.h"

#include <QWidget>

class AppSettings;
class QCheckBox;
class QTimeEdit;

// "Remind me at HH:MM if tonight has no check-in": the setting, and the per-user timer that
// makes it work with the window closed, installed or removed when the setting is applied.
// Shared by Settings and the first-start welcome.
class ReminderEditor : public QWidget
{
    Q_OBJECT

public:
    ReminderEditor(const AppSettings &settings, QWidget *parent = nullptr);

    QCheckBox *enabled() const { return m_enabled; }
    QTimeEdit *time() const { return m_time; }
    // Tests point the timer at a folder of their own.
    void useTimer(const ReminderTimer &timer) { m_timer = timer; }

    // Saves the choice and installs or removes the timer; false with `problem` if the timer
    // could not be written (the setting is kept: the open window still reminds).
    bool apply(AppSettings &settings, const QString &diaryPath, QString *problem) const;

private:
    QCheckBox *m_enabled = nullptr;
    QTimeEdit *m_time = nullptr;
    ReminderTimer m_timer = ReminderTimer::forThisUser();
};
