#include "ui/charts/SeverityChart.h"

#include "core/domain/DateText.h"
#include "ui/charts/ChartStyle.h"

#include <QApplication>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

SeverityChart::SeverityChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Severity over time"));
    ChartStyle::keepLinesHigh(this, 17);
}

void SeverityChart::setData(const QList<const Episode *> &episodes, const QList<PeriodFigures> &weeks, QDate first,
                            QDate last)
{
    QList<QPointF> cramps, medians;
    for (const Episode *e : episodes) {
        if (e->severity)
            cramps.append(
                    { double(QDateTime(e->start.date(), e->start.time()).toMSecsSinceEpoch()), double(*e->severity) });
    }
    for (const PeriodFigures &week : weeks) {
        if (week.severityMedian)
            medians.append({ double(QDateTime(week.first.addDays(3), QTime(12, 0)).toMSecsSinceEpoch()),
                             *week.severityMedian });
    }
    const QList<qint64> shape = { first.toJulianDay(), last.toJulianDay(), episodes.size() > 400,
                                  qint64(QApplication::palette().cacheKey()) };
    if (m_points && shape == m_shape) {
        m_points->replace(cramps);
        m_median->replace(medians);
        return;
    }
    m_shape = shape;
    auto *chart = new QChart;
    chart->setTitle(tr("Severity over time (0-10)"));
    auto *points = new QScatterSeries;
    points->setName(tr("A cramp"));
    points->setMarkerSize(episodes.size() > 400 ? 5 : 8);
    QColor dot = ChartStyle::crampColour();
    dot.setAlpha(150);
    points->setColor(dot);
    points->setBorderColor(Qt::transparent);
    points->append(cramps);
    auto *median = new QLineSeries;
    median->setName(tr("Weekly median"));
    median->append(medians);
    m_points = points;
    m_median = median;
    QPen pen(ChartStyle::crampColour().darker(140));
    pen.setWidthF(2);
    median->setPen(pen);
    chart->addSeries(points);
    chart->addSeries(median);
    auto *x = new QDateTimeAxis;
    x->setFormat(first.daysTo(last) > 400 ? QStringLiteral("yyyy") : DateText::dayMonthPattern());
    chart->setLocale(QLocale()); // month names in the app's language
    x->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last.addDays(1), QTime(12, 0)));
    x->setTickCount(first.daysTo(last) > 400 ? 6 : 7);
    auto *y = new QValueAxis;
    y->setRange(0, 10);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    ChartStyle::apply(chart, QApplication::palette());
    connect(points, &QScatterSeries::hovered, this, [this](const QPointF &point, bool over) {
        if (!over)
            return QToolTip::hideText();
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(point.x()));
        QToolTip::showText(QCursor::pos(), tr("%1: severity %2/10").arg(DateText::dateTime(when)).arg(point.y()), this);
    });
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}
