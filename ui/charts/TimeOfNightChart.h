#pragma once

#include <QChartView>

// When in the night cramps come: cramps per clock hour, from the evening to the morning.
class TimeOfNightChart : public QChartView
{
    Q_OBJECT

public:
    explicit TimeOfNightChart(QWidget *parent = nullptr);
    // `byHour[h]` counts cramps h hours after the night boundary.
    void setData(const QList<int> &byHour, int boundaryHour);
};
