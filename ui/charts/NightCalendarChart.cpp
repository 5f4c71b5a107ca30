#include "ui/charts/NightCalendarChart.h"

#include "core/domain/DateText.h"
#include "ui/charts/ChartStyle.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QCursor>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>

NightCalendarChart::NightCalendarChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Calendar of nights"));
    ChartStyle::keepLinesHigh(this, 22); // seven rows of weekday names need room to be read
}

QList<QList<QPointF>> NightCalendarChart::squares(const QMap<QDate, int> &cramps, QDate origin)
{
    QList<QList<QPointF>> byShade(4);
    for (auto it = cramps.cbegin(); it != cramps.cend(); ++it) {
        const qint64 offset = origin.daysTo(it.key());
        byShade[std::min(it.value(), 3)].append({ double(offset / 7), double(6 - offset % 7) });
    }
    return byShade;
}

void NightCalendarChart::setData(const QMap<QDate, int> &cramps, QDate first, QDate last, Qt::DayOfWeek firstDayOfWeek)
{
    m_cramps = cramps;
    m_origin = first.addDays(-((first.dayOfWeek() - int(firstDayOfWeek) + 7) % 7));
    m_weeks = int(m_origin.daysTo(last) / 7) + 1;
    const QList<qint64> shape
            = { m_origin.toJulianDay(), m_weeks, int(firstDayOfWeek), qint64(QApplication::palette().cacheKey()) };
    const QList<QList<QPointF>> byShade = squares(cramps, m_origin);
    if (!m_series.isEmpty() && shape == m_shape) {
        for (int level = 0; level < 4; ++level)
            m_series[level]->replace(byShade[level]);
        return;
    }
    m_shape = shape;
    auto *chart = new QChart;
    chart->setTitle(tr("Calendar of nights"));
    const QStringList levels = { tr("No cramp"), tr("1 cramp"), tr("2 cramps"), tr("3 or more") };
    QList<QScatterSeries *> series;
    for (int level = 0; level < 4; ++level) {
        auto *s = new QScatterSeries;
        s->setName(levels[level]);
        s->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        s->setColor(ChartStyle::heatColour(level, QApplication::palette()));
        s->setBorderColor(Qt::transparent);
        series.append(s);
    }
    for (int level = 0; level < 4; ++level)
        series[level]->append(byShade[level]);
    m_series = series;
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-0.5);
    const int monthStep = m_weeks > 60 ? 6 : (m_weeks > 20 ? 2 : 1);
    for (int week = 0; week < m_weeks; ++week) {
        const QDate day = m_origin.addDays(week * 7);
        const QDate before = m_origin.addDays((week - 1) * 7);
        if (week == 0 || (day.month() != before.month() && (day.month() - 1) % monthStep == 0))
            x->append(m_weeks > 60 ? DateText::monthYear(day) : DateText::month(day), week - 0.5);
    }
    x->setRange(-0.5, m_weeks - 0.5);
    x->setGridLineVisible(false);
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setStartValue(-0.5);
    for (int row = 6; row >= 0; --row) // top row is the first day of the week
        y->append(QLocale().dayName(((int(firstDayOfWeek) - 1 + row) % 7) + 1, QLocale::ShortFormat), 6 - row);
    y->setRange(-0.5, 6.5);
    y->setGridLineVisible(false);
    for (QScatterSeries *s : std::as_const(series))
        chart->addSeries(s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries *s : std::as_const(series)) {
        s->attachAxis(x);
        s->attachAxis(y);
        connect(s, &QScatterSeries::hovered, this, [this](const QPointF &point, bool over) {
            if (!over)
                return QToolTip::hideText();
            const QDate night = m_origin.addDays(qRound(point.x()) * 7 + (6 - qRound(point.y())));
            QToolTip::showText(QCursor::pos(),
                               tr("Night of %1: %n cramp(s)", nullptr, m_cramps.value(night))
                                       .arg(DateText::shortDayWithYear(night)),
                               this);
        });
        connect(s, &QScatterSeries::clicked, this, [this](const QPointF &point) {
            emit nightClicked(m_origin.addDays(qRound(point.x()) * 7 + (6 - qRound(point.y()))));
        });
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    ChartStyle::apply(chart, QApplication::palette());
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    sizeMarkers();
}

void NightCalendarChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    sizeMarkers();
}

void NightCalendarChart::sizeMarkers()
{
    // Squares as large as a week's column and a day's row allow, with a small gap.
    const QRectF area = chart()->plotArea();
    const double side = std::max(2.0, std::min(area.width() / std::max(m_weeks, 1), area.height() / 7.0) - 2.0);
    for (QAbstractSeries *s : chart()->series())
        if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            scatter->setMarkerSize(side);
}
