#include "app/reminders/DesktopNotification.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QVariantMap>

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

DesktopNotification::DesktopNotification(QObject *parent)
    : QObject(parent)
{
}

bool DesktopNotification::serviceAvailable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QDBusReply<bool> registered = bus.interface()->isServiceRegistered(Service);
    return registered.isValid() && registered.value();
}

bool DesktopNotification::show(const QString &summary, const QString &body, const QString &actionKey,
                               const QString &actionLabel)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!serviceAvailable())
        return false;
    bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
    QDBusInterface notifications(Service, Path, Interface, bus);
    // "default" is the action of a click on the notification itself.
    const QStringList actions { actionKey, actionLabel, QStringLiteral("default"), actionLabel };
    // Like a calendar reminder it stays until answered: it never expires (timeout 0), at
    // normal urgency, for daemons that otherwise drop it after a few seconds.
    const QVariantMap hints { { QStringLiteral("desktop-entry"), QStringLiteral("org.crampdiary.CrampDiary") },
                              { QStringLiteral("category"), QStringLiteral("reminder") },
                              { QStringLiteral("urgency"), QVariant::fromValue(uchar(1)) } };
    constexpr int NeverExpires = 0;
    const QDBusReply<uint> reply = notifications.call(QStringLiteral("Notify"), QStringLiteral("Cramp Diary"), uint(0),
                                                      QStringLiteral("org.crampdiary.CrampDiary"), summary, body,
                                                      actions, hints, NeverExpires);
    if (!reply.isValid())
        return false;
    m_id = reply.value();
    m_actionKey = actionKey;
    return true;
}

void DesktopNotification::onActionInvoked(uint id, const QString &actionKey)
{
    if (id != m_id)
        return;
    emit actionInvoked(actionKey == QLatin1StringView("default") ? m_actionKey : actionKey);
}

void DesktopNotification::onClosed(uint id, uint)
{
    if (id == m_id)
        emit closed();
}
