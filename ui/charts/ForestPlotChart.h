#pragma once

#include "core/analysis/FactorLink.h"

#include <QChartView>

// Every compared factor at a glance: each row is a factor's ratio of cramp-night rates
// (the dot) with its 95% interval (the line), on a log scale so that "twice as common"
// and "half as common" lie equally far from 1 (the vertical line, no difference).
class ForestPlotChart : public QChartView
{
    Q_OBJECT

public:
    explicit ForestPlotChart(QWidget *parent = nullptr);
    // `links` in the order to draw them, top first.
    void setLinks(const QList<FactorLink> &links);
    QSize sizeHint() const override; // tall enough for every row

private:
    int m_preferredHeight = 240;
};
