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
    void setData(const QList<const Episode *> &episodes, const QList<PeriodFigures> &weeks, QDate first, QDate last);
};
