#include "app/window/WindowSession.h"

#include "app/cli/CommandLineTool.h"
#include "app/instance/SingleInstance.h"
#include "app/reminders/WindowReminder.h"
#include "app/window/TrayIcon.h"
#include "core/settings/AppSettings.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QJsonArray>
#include <QTextStream>
#include <QTimer>

WindowSession::WindowSession(AppSettings &settings, std::unique_ptr<DiaryRepository> diary, Window window,
                             QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_nightRule(settings)
    , m_diary(std::move(diary))
    , m_reminder(new WindowReminder(settings, m_nightRule, this))
{
    connect(m_reminder, &WindowReminder::checkinRequested, this, [this] {
        raiseWindow();
        m_window->checkinAction()->trigger();
    });
    createWindow(window);
}

WindowSession::~WindowSession()
{
    m_reminder->setDiary(nullptr);
    if (m_tray)
        m_tray->setWindow(nullptr);
    m_server.reset();
    m_window.reset(); // the window refers to the diary
}

void WindowSession::createWindow(Window window)
{
    m_window = std::make_unique<MainWindow>(*m_diary, m_settings, m_nightRule);
    connect(m_window.get(), &MainWindow::diaryFileChosen, this, &WindowSession::switchTo);
    if (window == Window::Shown)
        m_window->show();
    m_reminder->setDiary(m_diary.get());
    if (m_tray)
        m_tray->setWindow(m_window.get());
    m_server.reset(); // the old diary's name is released before the new one is taken
    m_server = std::make_unique<SingleInstance::Server>(m_diary->path(),
                                                        [this](const QJsonObject &request) { return answer(request); });
}

void WindowSession::showWindow()
{
    m_window->show();
}

void WindowSession::addTrayIcon()
{
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::openRequested, this, &WindowSession::raiseWindow);
    m_tray->setWindow(m_window.get());
    m_tray->show();
    m_reminder->setTray(m_tray);
}

bool WindowSession::isServing() const
{
    return m_server && m_server->isListening();
}

void WindowSession::raiseWindow()
{
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    emit raiseRequested();
}

QJsonObject WindowSession::answer(const QJsonObject &request)
{
    const QString kind = request.value(QStringLiteral("kind")).toString();
    QJsonObject reply { { QStringLiteral("ok"), true } };
    if (kind == QLatin1StringView("raise")) {
        raiseWindow();
    } else if (kind == QLatin1StringView("checkin")) {
        raiseWindow();
        // After the reply: the check-in is a modal dialog with its own event loop.
        QTimer::singleShot(0, m_window.get(), [this] { m_window->checkinAction()->trigger(); });
    } else if (kind == QLatin1StringView("command")) {
        // A writing command from another process runs here, on the diary this window holds,
        // so the window shows the change at once and nobody waits for a lock.
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const QString before = QDir::currentPath();
        QDir::setCurrent(request.value(QStringLiteral("cwd")).toString(before)); // relative file names
        QStringList arguments;
        for (const QJsonValue &value : request.value(QStringLiteral("args")).toArray())
            arguments.append(value.toString());
        const int exitCode = CommandLineTool::run(arguments, out, err, m_diary.get());
        QDir::setCurrent(before);
        out.flush();
        err.flush();
        reply = { { QStringLiteral("exit"), exitCode },
                  { QStringLiteral("out"), outText },
                  { QStringLiteral("err"), errText } };
    } else if (kind != QLatin1StringView("ping")) {
        reply = { { QStringLiteral("ok"), false } };
    }
    return reply;
}

bool WindowSession::switchTo(const QString &path)
{
    std::unique_ptr<DiaryRepository> next;
    try {
        // The old diary's lock is held until the switch succeeds; the same file is simply reopened.
        if (path == m_diary->path())
            return true;
        next = DiaryRepository::open(path);
    } catch (const StoreError &error) {
        emit switchFailed(tr("%1\n\nYour current diary is still open.").arg(error.message()));
        return false;
    }
    const QByteArray geometry = m_window->saveGeometry();
    m_reminder->setDiary(nullptr);
    if (m_tray)
        m_tray->setWindow(nullptr);
    m_window.reset();
    m_diary = std::move(next);
    m_settings.setDiaryPath(m_diary->path());
    m_settings.sync();
    createWindow(Window::Shown);
    m_window->restoreGeometry(geometry);
    return true;
}
