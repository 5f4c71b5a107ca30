#pragma once

#include <QSystemTrayIcon>

class MainWindow;

// Where the desktop has a tray: the app's icon with Log a cramp, Evening check-in and Open.
class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    // The window whose actions the menu runs; replaced when another diary is opened.
    void setWindow(MainWindow *window);

signals:
    void openRequested();

private:
    MainWindow *m_window = nullptr;
};
