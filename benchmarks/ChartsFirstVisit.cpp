// The first visit of the Charts page, from the key to its first full paint, in one process:
// the window opens on Home, then the Charts page is shown and painted. Prints the time in
// ms. benchmarks/charts-first-visit.sh runs it on the stress diary and on a copy holding
// only the nights the page shows.
//   charts_first_visit DIARY.sqlite
#include "core/settings/AppSettings.h"
#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"
#include "ui/window/MainWindow.h"

#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: charts_first_visit DIARY.sqlite\n", stderr);
        return 2;
    }
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    NightRule nightRule(settings);
    const auto diary = DiaryRepository::open(QString::fromLocal8Bit(argv[1]), true);
    MainWindow window(*diary, settings, nightRule);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    window.repaint();
    QElapsedTimer timer;
    timer.start();
    window.showPage(MainWindow::ChartsPage);
    QCoreApplication::processEvents();
    window.repaint();
    std::printf("%.2f\n", double(timer.nsecsElapsed()) / 1e6);
    return 0;
}
