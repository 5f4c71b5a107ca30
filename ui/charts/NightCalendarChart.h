#pragma once

#include <QChartView>
#include <QDate>
#include <QMap>

// A calendar of nights: one square per tracked night, by week and weekday, shaded by the
// number of cramps. Hovering shows the night; clicking opens it in the diary.
class NightCalendarChart : public QChartView
{
    Q_OBJECT

public:
    explicit NightCalendarChart(QWidget *parent = nullptr);
    // The same weeks as last time: the squares are redrawn in place rather than a new chart made.
    void setData(const QMap<QDate, int> &cramps, QDate first, QDate last, Qt::DayOfWeek firstDayOfWeek);

signals:
    void nightClicked(QDate night);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void sizeMarkers();

    static QList<QList<QPointF>> squares(const QMap<QDate, int> &cramps, QDate origin); // per shade
    QDate m_origin; // the first day of the first week shown
    int m_weeks = 1;
    QMap<QDate, int> m_cramps;
    QList<class QScatterSeries *> m_series; // a series per shade
    QList<qint64> m_shape; // origin, weeks, first day of the week, palette
};
