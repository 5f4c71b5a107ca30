#include "MainWindow.h"

#include "AppSettings.h"
#include "DiaryRepository.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(DiaryRepository &diary, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_diary(diary)
    , m_settings(settings)
{
    setWindowTitle(tr("Cramp Diary"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    layout->addWidget(m_summary);
    setCentralWidget(central);
    statusBar()->showMessage(m_diary.path());
    refresh();
    resize(900, 640);
}

void MainWindow::setNightMode(bool) {}

bool MainWindow::saveScreenshot(const QString &file, const QString &)
{
    return grab().save(file, "PNG");
}

void MainWindow::refresh()
{
    m_summary->setText(tr("%n cramp(s) in this diary.", nullptr, m_diary.episodeCount()));
}
