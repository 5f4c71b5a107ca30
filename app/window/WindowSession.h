#pragma once

#include "core/settings/NightRule.h"

#include <memory>

#include <QJsonObject>
#include <QObject>

namespace SingleInstance {
class Server;
}
class AppSettings;
class DiaryRepository;
class MainWindow;
class TrayIcon;
class WindowReminder;

// Owns the open diary and its window. Opening another diary file replaces both, but
// only once the new file has opened: on failure the current diary stays open and the
// person is told why.
class WindowSession : public QObject
{
    Q_OBJECT

public:
    // Hidden: the window is built but waits for showWindow(), so that a first start paints
    // its welcome first rather than a window the welcome then covers.
    enum class Window { Shown, Hidden };
    WindowSession(AppSettings &settings, std::unique_ptr<DiaryRepository> diary, Window window = Window::Shown,
                  QObject *parent = nullptr);
    ~WindowSession() override;

    MainWindow *window() const { return m_window.get(); }
    DiaryRepository *diary() const { return m_diary.get(); }
    bool switchTo(const QString &path);
    // Brings the window to the front (a second launch, the reminder, the tray).
    void raiseWindow();
    void showWindow();
    // Whether other processes can reach this window (see SingleInstance).
    bool isServing() const;
    WindowReminder *reminder() const { return m_reminder; }
    // The tray icon, where the desktop has a tray; once is enough. Called once the window is
    // up (after a first start's welcome): asking for a tray is a round trip on the session
    // bus that the first paint need not wait for.
    void addTrayIcon();

signals:
    // Another process asked for the window; for tests and the tray.
    void raiseRequested();
    // The other diary could not be opened; the current one is still open.
    void switchFailed(const QString &message);

private:
    void createWindow(Window window);
    QJsonObject answer(const QJsonObject &request);

    AppSettings &m_settings;
    NightRule m_nightRule; // shared by every window this session opens
    std::unique_ptr<DiaryRepository> m_diary;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SingleInstance::Server> m_server;
    WindowReminder *m_reminder = nullptr;
    TrayIcon *m_tray = nullptr; // only where the desktop has a tray
};
