#include "ui/charts/WeeklyCrampsChart.h"

#include "core/domain/DateText.h"
#include "ui/charts/ChartStyle.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

WeeklyCrampsChart::WeeklyCrampsChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Cramps per week"));
    ChartStyle::keepLinesHigh(this, 22); // its bars, and a band for each medicine
}

QString WeeklyCrampsChart::describeWeek(int index) const
{
    const PeriodFigures &w = m_weeks.at(index);
    const QLocale locale;
    QString text = tr("Week of %1").arg(DateText::date(w.first));
    if (w.nightsTracked == 0)
        return text + QLatin1Char('\n') + tr("Not tracked");
    text += QLatin1Char('\n') + tr("%n cramp(s)", nullptr, w.cramps) + tr(" on %n night(s)", nullptr, w.crampNights);
    text += QLatin1Char('\n') + tr("%n night(s) tracked", nullptr, w.nightsTracked)
            + tr(", %1 checked in").arg(w.nightsCheckedIn);
    if (!w.isScaledToAWeek())
        text += QLatin1Char('\n')
                + tr("Fewer than %1 nights tracked: the bar is the count itself, not scaled to a week")
                          .arg(PeriodFigures::NightsToScaleAWeek);
    else if (w.isPartial())
        text += QLatin1Char('\n')
                + tr("Partly tracked: %1 cramps per week at this rate")
                          .arg(locale.toString(*w.crampsPerWeek(), 'f', 1));
    if (w.severityMax)
        text += QLatin1Char('\n') + tr("Worst severity %1/10").arg(*w.severityMax);
    return text;
}

namespace {
// About five labels whatever the scale (2, 4, 5, 10, 20, 50...): many more are drawn so
// close together that the axis elides every one of them.
int labelStep(double highest)
{
    int step = 1;
    for (const int nice : { 1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000 }) {
        step = nice;
        if (highest / nice <= 6)
            break;
    }
    return step;
}
} // namespace

void WeeklyCrampsChart::setData(const QList<PeriodFigures> &weeks, const QList<Medication> &medications)
{
    m_weeks = weeks;
    double top = 1;
    for (const PeriodFigures &week : weeks)
        top = std::max(top, week.weekBar().value_or(0));
    // The top of the scale, in whole cramps a week: at least 7, always above the highest bar.
    const double highest = std::max(std::ceil(top) + 1, 7.0);
    const QList<qint64> shape = { weeks.size(), weeks.isEmpty() ? 0 : weeks.first().first.toJulianDay(), m_print,
                                  qint64(QApplication::palette().cacheKey()) };
    if (m_full && shape == m_shape && medications == m_medications) {
        // A new cramp changes values and at most the scale: building the chart anew would
        // take longer than a frame.
        if (highest != m_highest)
            setScale(highest);
        // Only what changed: each replace makes the chart lay out its series again, and a
        // new cramp changes one week of the dozen shown.
        for (int i = 0; i < weeks.size(); ++i) {
            const double bar = weeks[i].weekBar().value_or(0);
            const double full = weeks[i].isPartial() ? 0 : bar;
            const double partial = weeks[i].isPartial() ? bar : 0;
            const QPointF checkins(i, weeks[i].nightsCheckedIn);
            if (m_full->at(i) != full)
                m_full->replace(i, full);
            if (m_partial->at(i) != partial)
                m_partial->replace(i, partial);
            if (m_checkins->at(i) != checkins)
                m_checkins->replace(i, checkins);
        }
        return;
    }
    m_shape = shape;
    m_medications = medications;
    auto *chart = new QChart;
    chart->setTitle(tr("Cramps per week"));
    auto *full = new QBarSet(tr("Cramps per week"));
    auto *partial = new QBarSet(tr("Partly tracked week (4-6 nights scaled to 7; fewer: the count itself)"));
    full->setColor(ChartStyle::crampColour());
    full->setBorderColor(ChartStyle::crampColour());
    partial->setColor(ChartStyle::partialColour());
    partial->setBorderColor(ChartStyle::crampColour());
    auto *checkins = new QLineSeries;
    checkins->setName(tr("Nights checked in (of 7)"));
    for (int i = 0; i < weeks.size(); ++i) {
        const double bar = weeks[i].weekBar().value_or(0);
        full->append(weeks[i].isPartial() ? 0 : bar);
        partial->append(weeks[i].isPartial() ? bar : 0);
        checkins->append(i, weeks[i].nightsCheckedIn);
    }
    auto *bars = new QStackedBarSeries;
    bars->append(full);
    bars->append(partial);
    bars->setBarWidth(0.8);
    chart->addSeries(bars);
    chart->addSeries(checkins);

    // Medicine bands sit below zero, one row each, named on the axis; setScale places them.
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_bandNames.clear();
    m_bands.clear();
    int row = 0;
    QList<QAreaSeries *> bands;
    for (const Medication &medication : medications) {
        bool any = false;
        for (const MedicationPeriod &period : medication.periods) {
            const QDate stop = period.stopped.value_or(weeks.isEmpty() ? period.started : weeks.last().last);
            if (weeks.isEmpty() || stop < weeks.first().first || period.started > weeks.last().last)
                continue;
            const double from = weeks.first().first.daysTo(std::max(period.started, weeks.first().first)) / 7.0 - 0.5;
            const double to = weeks.first().first.daysTo(std::min(stop, weeks.last().last)) / 7.0 + 0.5;
            auto *upper = new QLineSeries;
            auto *lower = new QLineSeries;
            upper->append({ { from, 0 }, { to, 0 } });
            lower->append({ { from, 0 }, { to, 0 } });
            auto *band = new QAreaSeries(upper, lower);
            // An area series does not own its boundary lines; the band does.
            upper->setParent(band);
            lower->setParent(band);
            band->setName(medication.name);
            band->setColor(ChartStyle::medicineColour(row));
            band->setBorderColor(ChartStyle::medicineColour(row).darker(130));
            chart->addSeries(band);
            bands.append(band);
            m_bands.append({ band, row });
            any = true;
        }
        if (any) {
            m_bandNames.append(medication.name);
            ++row;
        }
    }
    y->setTitleText(tr("cramps per week"));

    // Month labels along the bottom, at the first week of each month (or each year, for long ranges).
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-0.5);
    const bool yearly = weeks.size() > 104;
    const int monthStep = weeks.size() > 52 ? 3 : 1;
    for (int i = 0; i < weeks.size(); ++i) {
        const QDate day = weeks[i].first;
        const QDate previous = i ? weeks[i - 1].first : QDate();
        const bool newPeriod = yearly ? (!previous.isValid() || day.year() != previous.year())
                                      : (!previous.isValid() || day.month() != previous.month());
        if (newPeriod && (yearly || (day.month() - 1) % monthStep == 0 || weeks.size() <= 16))
            x->append(yearly ? DateText::year(day) : DateText::monthYear(day), i - 0.5);
    }
    m_weekAxis = nullptr;
    m_weekNames.clear();
    if (weeks.size() <= 16) { // few weeks: name each one, or as many as fit (nameWeeksThatFit)
        delete x;
        x = new QCategoryAxis;
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        x->setStartValue(-0.5);
        m_weekAxis = x;
        for (const PeriodFigures &week : weeks)
            m_weekNames.append(DateText::axisDayMonth(week.first));
    }
    x->setRange(-0.5, std::max<double>(weeks.size() - 0.5, 0.5));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto *nights = new QCategoryAxis;
    nights->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A band row is a seventh of the scale whatever its top: on this axis, one check-in.
    nights->setStartValue(-row);
    nights->append(tr("0"), 0);
    nights->append(tr("7 check-ins"), 7);
    nights->setRange(-row, 7.0); // the same zero line as the bars
    nights->setGridLineVisible(false);
    chart->addAxis(nights, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(y);
    checkins->attachAxis(x);
    checkins->attachAxis(nights);
    QPen line(QColor(0x4a, 0x78, 0x9c));
    line.setWidthF(1.5);
    checkins->setPen(line);
    for (QAreaSeries *band : std::as_const(bands)) {
        band->attachAxis(x);
        band->attachAxis(y);
    }
    // One legend entry per medicine, not per period.
    QStringList named;
    for (QAreaSeries *band : std::as_const(bands)) {
        const auto markers = chart->legend()->markers(band);
        if (named.contains(band->name()))
            for (auto *marker : markers)
                marker->setVisible(false);
        named.append(band->name());
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    QPalette printPalette(QColor(0xee, 0xee, 0xee));
    printPalette.setColor(QPalette::Base, Qt::white);
    printPalette.setColor(QPalette::WindowText, QColor(0x22, 0x22, 0x22));
    ChartStyle::apply(chart, m_print ? printPalette : QApplication::palette());

    for (QBarSet *set : { full, partial }) {
        connect(set, &QBarSet::hovered, this, [this](bool over, int index) {
            if (over)
                QToolTip::showText(QCursor::pos(), describeWeek(index), this);
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this,
                [this](int index) { emit weekClicked(m_weeks[index].first, m_weeks[index].last); });
    }
    m_full = full;
    m_partial = partial;
    m_checkins = checkins;
    m_y = y;
    setScale(highest);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    // The names follow the plot's width: a new window size, a new text size.
    connect(chart, &QChart::plotAreaChanged, this, &WeeklyCrampsChart::nameWeeksThatFit);
    nameWeeksThatFit();
}

void WeeklyCrampsChart::nameWeeksThatFit()
{
    if (!m_weekAxis || m_weekNames.isEmpty())
        return;
    const QFontMetrics metrics(m_weekAxis->labelsFont());
    int widest = 0;
    for (const QString &name : std::as_const(m_weekNames))
        widest = std::max(widest, metrics.horizontalAdvance(name) + metrics.averageCharWidth());
    // The plot's width once laid out; before that, most of the view's. Paper is wide enough.
    const double plot = chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width() * 0.75;
    const int step = m_print ? 1 : std::max(1, int(std::ceil(widest * m_weekNames.size() / std::max(plot, 1.0))));
    QStringList wanted;
    for (qsizetype i = 0; i < m_weekNames.size(); i += step)
        wanted.append(m_weekNames[i]);
    if (wanted == m_weekAxis->categoriesLabels())
        return;
    const QStringList shown = m_weekAxis->categoriesLabels();
    for (const QString &label : shown)
        m_weekAxis->remove(label);
    for (qsizetype i = 0; i < m_weekNames.size(); i += step)
        m_weekAxis->append(m_weekNames[i], double(i));
}

QStringList WeeklyCrampsChart::namedWeeks() const
{
    return m_weekAxis ? m_weekAxis->categoriesLabels() : QStringList();
}

void WeeklyCrampsChart::setScale(double highest)
{
    m_highest = highest;
    const double rowHeight = highest / 7.0;
    for (const auto &[band, row] : std::as_const(m_bands)) {
        const auto place = [](QLineSeries *line, double y) {
            line->replace({ { line->at(0).x(), y }, { line->at(1).x(), y } });
        };
        place(band->upperSeries(), (-row - 0.15) * rowHeight);
        place(band->lowerSeries(), (-row - 0.85) * rowHeight);
    }
    for (const QString &label : m_y->categoriesLabels())
        m_y->remove(label);
    const auto rows = int(m_bandNames.size());
    m_y->setStartValue(-rows * rowHeight);
    // QCategoryAxis takes labels in increasing order: the lowest band first.
    for (int row = rows - 1; row >= 0; --row)
        m_y->append(m_bandNames[row], (-row - 0.5) * rowHeight);
    const int step = labelStep(highest);
    for (int v = 0; v <= int(highest); v += step)
        m_y->append(QString::number(v), v);
    m_y->setRange(-rows * rowHeight, highest);
}
