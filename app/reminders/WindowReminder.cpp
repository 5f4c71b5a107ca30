#include "app/reminders/WindowReminder.h"

#include "app/reminders/DesktopNotification.h"
#include "app/reminders/ReminderCheck.h"
#include "core/settings/AppSettings.h"
#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"

#include <QSystemTrayIcon>

WindowReminder::WindowReminder(AppSettings &settings, const NightRule &nightRule, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_nightRule(nightRule)
{
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &WindowReminder::check);
    m_timer.start();
}

WindowReminder::~WindowReminder() = default;

bool WindowReminder::check()
{
    if (!m_diary)
        return false;
    const NightClock clock = m_nightRule.clock();
    const QDateTime now = QDateTime::currentDateTime();
    const QDate night = EveningReminder::nightFor(now, clock);
    const auto decision = EveningReminder::decide(now, clock, ReminderCheck::facts(*m_diary, m_settings, night));
    if (decision != EveningReminder::Decision::Due)
        return false;
    delete m_notification;
    m_notification = new DesktopNotification(this);
    connect(m_notification, &DesktopNotification::actionInvoked, this, [this](const QString &key) {
        if (key == QLatin1StringView("checkin"))
            emit checkinRequested();
    });
    bool shown = m_notification->show(ReminderCheck::summary(), ReminderCheck::body(*m_diary, night),
                                      QStringLiteral("checkin"), ReminderCheck::actionLabel());
    if (!shown && m_tray && m_tray->isVisible()) {
        // Without a notification service: the tray's balloon; a click on it opens the check-in.
        m_tray->showMessage(ReminderCheck::summary(), ReminderCheck::body(*m_diary, night));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &WindowReminder::checkinRequested,
                Qt::UniqueConnection);
        shown = true;
    }
    if (shown)
        m_settings.setRemindedNight(night);
    return shown;
}
