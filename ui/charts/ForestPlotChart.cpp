#include "ui/charts/ForestPlotChart.h"

#include "core/analysis/LinkWording.h"
#include "ui/charts/ChartStyle.h"

#include <algorithm>

#include <QApplication>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>

namespace {
constexpr int RowHeight = 24;
} // namespace

ForestPlotChart::ForestPlotChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Cramp-night ratio of each factor, with its 95% interval"));
    setAccessibleDescription(tr("The same figures are in the table shown by Show as a table."));
}

void ForestPlotChart::setLinks(const QList<FactorLink> &links)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Cramp nights with each factor, as a ratio to nights without it"));
    chart->legend()->hide();
    double low = 0.5, high = 2.0;
    for (const FactorLink &link : links) {
        low = std::min(low, link.ratioLow);
        high = std::max(high, link.ratioHigh);
    }
    low = std::max(low * 0.8, 0.01);
    high = std::min(high * 1.25, 100.0);

    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setRange(-0.5, std::max<qsizetype>(links.size(), 1) - 0.5);
    auto *x = new QLogValueAxis;
    x->setBase(10);
    x->setRange(low, high);
    x->setLabelFormat(QStringLiteral("%.2g"));
    x->setMinorTickCount(8);
    x->setTitleText(tr("Ratio of cramp-night rates (1 = no difference; log scale)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    const auto add = [&](QAbstractSeries *series) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    auto *noDifference = new QLineSeries;
    noDifference->append(1.0, -0.5);
    noDifference->append(1.0, links.size() - 0.5);
    QPen dashed(QApplication::palette().color(QPalette::WindowText));
    dashed.setStyle(Qt::DashLine);
    noDifference->setPen(dashed);
    add(noDifference);

    auto *clear = new QScatterSeries, *other = new QScatterSeries;
    for (QScatterSeries *dots : { clear, other }) {
        dots->setMarkerSize(11);
        dots->setBorderColor(Qt::transparent);
    }
    clear->setColor(ChartStyle::crampColour());
    other->setColor(ChartStyle::partialColour());
    for (qsizetype i = 0; i < links.size(); ++i) {
        const FactorLink &link = links[i];
        const double row = links.size() - 1 - i; // the first link on top
        y->append(LinkWording::groupName(link), row);
        auto *interval = new QLineSeries;
        interval->append(std::max(link.ratioLow, low), row);
        interval->append(std::min(link.ratioHigh, high), row);
        QPen pen(LinkWording::strength(link) == LinkWording::Strength::Clear ? ChartStyle::crampColour()
                                                                             : ChartStyle::partialColour());
        pen.setWidthF(3);
        interval->setPen(pen);
        add(interval);
        (LinkWording::strength(link) == LinkWording::Strength::Clear ? clear : other)
                ->append(std::clamp(link.ratio, low, high), row);
    }
    add(clear);
    add(other);
    ChartStyle::apply(chart, QApplication::palette());
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    setMinimumHeight(int(std::min<qsizetype>(links.size(), 8)) * RowHeight + 120);
}
