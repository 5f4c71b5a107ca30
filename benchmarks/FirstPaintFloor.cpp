// The floor for the first-paint benchmark (benchmarks/first-paint.sh): a bare main window
// of the app's size holding one Qt Charts chart of 52 bars, ended at its first paint like
// `cramp-diary --quit-at-first-paint`. Whatever the app takes beyond this is its own work.
#include "ui/window/FirstPaintExit.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QMainWindow>
#include <QRandomGenerator>
#include <QValueAxis>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *set = new QBarSet(QStringLiteral("Cramps per week"));
    QStringList weeks;
    QRandomGenerator random(1);
    for (int week = 0; week < 52; ++week) {
        set->append(random.bounded(8));
        weeks.append(QString::number(week + 1));
    }
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(weeks);
    auto *y = new QValueAxis;
    y->setRange(0, 8);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    window.setCentralWidget(new QChartView(chart));
    window.resize(1180, 720);
    FirstPaintExit::install(&window);
    window.show();
    return app.exec();
}
