#pragma once

#include <QChartView>

// When in the night cramps come: cramps per clock hour, from the evening to the morning.
class TimeOfNightChart : public QChartView
{
    Q_OBJECT

public:
    explicit TimeOfNightChart(QWidget *parent = nullptr);
    // `byHour[h]` counts cramps h hours after the night boundary.
    // Same hours shown as last time: the bars take their new heights in place (a new chart
    // costs milliseconds; a cramp logged while the charts show should not).
    void setData(const QList<int> &byHour, int boundaryHour);

private:
    class QBarSet *m_set = nullptr;
    class QValueAxis *m_y = nullptr;
    QList<int> m_shape; // first hour, last hour, boundary, palette
};
