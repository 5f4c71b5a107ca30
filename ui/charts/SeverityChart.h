#pragma once

#include "core/analysis/PeriodFigures.h"
#include "core/domain/Episode.h"

#include <QChartView>

// How bad each cramp was (0-10) over time, with each week's median as a line.
class SeverityChart : public QChartView
{
    Q_OBJECT

public:
    explicit SeverityChart(QWidget *parent = nullptr);
    // Same range as last time: the points are replaced in place rather than a new chart made.
    void setData(const QList<const Episode *> &episodes, const QList<PeriodFigures> &weeks, QDate first, QDate last);

private:
    class QScatterSeries *m_points = nullptr;
    class QLineSeries *m_median = nullptr;
    QList<qint64> m_shape; // first, last, marker size, palette
};
