#include "ui/charts/TimeOfNightChart.h"

#include "ui/charts/ChartStyle.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QToolTip>
#include <QValueAxis>

TimeOfNightChart::TimeOfNightChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Time of night"));
    ChartStyle::keepLinesHigh(this, 17);
}

void TimeOfNightChart::setData(const QList<int> &byHour, int boundaryHour)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Time of night"));
    // Only the hours from the first to the last cramp, widened to at least 18:00-08:00.
    int from = 6, to = 20; // hours after a noon boundary
    from = std::min(from,
                    int(std::find_if(byHour.cbegin(), byHour.cend(), [](int c) { return c > 0; }) - byHour.cbegin()));
    for (int h = 23; h > to; --h)
        if (byHour.value(h) > 0) {
            to = h;
            break;
        }
    const QList<int> shape = { from, to, boundaryHour, int(QApplication::palette().cacheKey()) };
    if (m_set && shape == m_shape) {
        int highest = 1;
        for (int h = from; h <= to; ++h) {
            m_set->replace(h - from, byHour.value(h));
            highest = std::max(highest, byHour.value(h));
        }
        if (highest > m_y->max() || highest * 2 < m_y->max()) { // the scale moves only when it must
            m_y->setRange(0, highest);
            m_y->applyNiceNumbers();
        }
        return;
    }
    m_shape = shape;
    auto *set = new QBarSet(tr("Cramps starting in that hour"));
    set->setColor(ChartStyle::crampColour());
    set->setBorderColor(ChartStyle::crampColour());
    QStringList hours;
    int highest = 1;
    for (int h = from; h <= to; ++h) {
        set->append(byHour.value(h));
        highest = std::max(highest, byHour.value(h));
        hours.append(QStringLiteral("%1").arg((boundaryHour + h) % 24, 2, 10, QLatin1Char('0')));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.85);
    chart->addSeries(series);
    // Every hour is a bar; with more than 12 of them only every second or third hour is
    // labelled, so a narrow chart writes "02 04 06" rather than eliding them all to "...".
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int every = (int(hours.size()) + 11) / 12;
    for (int i = 0; i < hours.size(); ++i) {
        if (i % every == 0)
            x->append(hours[i], i);
    }
    x->setRange(-0.5, hours.size() - 0.5);
    x->setGridLineVisible(false);
    x->setTitleText(tr("hour of the clock"));
    auto *y = new QValueAxis;
    y->setRange(0, highest);
    y->applyNiceNumbers(); // whole, round ticks
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    m_set = set;
    m_y = y;
    ChartStyle::apply(chart, QApplication::palette());
    connect(set, &QBarSet::hovered, this, [this, set, hours](bool over, int index) {
        if (over)
            QToolTip::showText(QCursor::pos(),
                               tr("%1:00-%1:59: %n cramp(s)", nullptr, int(set->at(index))).arg(hours[index]), this);
        else
            QToolTip::hideText();
    });
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}
