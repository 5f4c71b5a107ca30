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
constexpr int RowHeight = 22;
} // namespace

ForestPlotChart::ForestPlotChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Cramp-night ratio of each factor, with its 95% interval"));
    setAccessibleDescription(tr("The same figures are in the table shown by Show as a table."));
}

QSize ForestPlotChart::sizeHint() const
{
    return { QChartView::sizeHint().width(), m_preferredHeight };
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
    x->setBase(2); // ticks at 0.25, 0.5, 1, 2, 4: halves and doubles
    x->setRange(low, high);
    x->setLabelFormat(QStringLiteral("%.2g"));
    x->setMinorTickCount(0);
    x->setMinorGridLineVisible(false);
    // Two lines, so that a longer language is not cut off at the chart's edge.
    x->setTitleText(tr("Ratio of cramp-night rates (1 = no difference; log scale)") + QStringLiteral("<br>")
                    + tr("Strong colour: a clear link"));
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
    // A category axis takes its labels bottom up; the first link is drawn on top.
    for (qsizetype i = links.size() - 1; i >= 0; --i)
        y->append(LinkWording::groupName(links[i]), double(links.size() - 1 - i));
    for (qsizetype i = 0; i < links.size(); ++i) {
        const FactorLink &link = links[i];
        const double row = links.size() - 1 - i;
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
    setMinimumHeight(int(std::min<qsizetype>(links.size(), 6)) * RowHeight + 110);
    m_preferredHeight = int(links.size()) * RowHeight + 120;
}
