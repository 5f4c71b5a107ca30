#pragma once

#include <QObject>
#include <QString>

// A desktop notification through the freedesktop.org notification service on the session
// bus (org.freedesktop.Notifications), with one action button. Local only: D-Bus is a
// socket on this computer, never the network.
class DesktopNotification : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotification(QObject *parent = nullptr);

    // Whether a notification service answers on the session bus.
    static bool serviceAvailable();

    // Shows the notification; false if no service took it.
    bool show(const QString &summary, const QString &body, const QString &actionKey, const QString &actionLabel);

signals:
    void actionInvoked(const QString &actionKey);
    void closed();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    uint m_id = 0;
    QString m_actionKey;
};
