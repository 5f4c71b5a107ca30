#include "app/window/TrayIcon.h"

#include "ui/window/MainWindow.h"

#include <QAction>
#include <QMenu>

TrayIcon::TrayIcon(QObject *parent)
    : QSystemTrayIcon(QIcon(QStringLiteral(":/icons/org.crampdiary.CrampDiary.svg")), parent)
{
    setToolTip(tr("Cramp Diary"));
    auto *menu = new QMenu;
    connect(this, &QObject::destroyed, menu, &QObject::deleteLater);
    menu->addAction(tr("Log a cramp"), this, [this] {
        emit openRequested();
        if (m_window)
            m_window->logCrampAction()->trigger();
    });
    menu->addAction(tr("Evening check-in"), this, [this] {
        emit openRequested();
        if (m_window)
            m_window->checkinAction()->trigger();
    });
    menu->addSeparator();
    menu->addAction(tr("Open Cramp Diary"), this, &TrayIcon::openRequested);
    setContextMenu(menu);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            emit openRequested();
    });
}

void TrayIcon::setWindow(MainWindow *window)
{
    m_window = window;
}
