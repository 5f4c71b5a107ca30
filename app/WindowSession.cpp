#include "WindowSession.h"

#include "core/settings/AppSettings.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/window/MainWindow.h"

WindowSession::WindowSession(AppSettings &settings, std::unique_ptr<DiaryRepository> diary, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_nightRule(settings)
    , m_diary(std::move(diary))
{
    createWindow();
}

WindowSession::~WindowSession()
{
    m_window.reset(); // the window refers to the diary
}

void WindowSession::createWindow()
{
    m_window = std::make_unique<MainWindow>(*m_diary, m_settings, m_nightRule);
    connect(m_window.get(), &MainWindow::diaryFileChosen, this, &WindowSession::switchTo);
    m_window->show();
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
    m_window.reset();
    m_diary = std::move(next);
    m_settings.setDiaryPath(m_diary->path());
    m_settings.sync();
    createWindow();
    m_window->restoreGeometry(geometry);
    return true;
}
