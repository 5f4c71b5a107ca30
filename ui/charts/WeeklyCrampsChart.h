#pragma once

#include "core/analysis/PeriodFigures.h"
#include "core/domain/Medication.h"

#include <QChartView>

// Cramps per week as bars (a partly tracked week is scaled to a whole week and drawn in
// a lighter shade, never as a low week), nights checked in as a line, and each medicine's
// periods as a band under the bars. Hovering shows a week's figures; clicking opens it.
class WeeklyCrampsChart : public QChartView
{
    Q_OBJECT

public:
    explicit WeeklyCrampsChart(QWidget *parent = nullptr);

    // The same weeks, medicines and scale as last time: the bars and the line change in place.
    void setData(const QList<PeriodFigures> &weeks, const QList<Medication> &medications);
    // For the printed report: always the light palette, whatever the screen shows.
    void setPrintStyle(bool print) { m_print = print; }
    QString describeWeek(int index) const;
    int weekCount() const { return int(m_weeks.size()); }

    // The weeks named under the bars: every one when their names fit side by side, else
    // every second (or third...) one, as the text size and the chart's width allow.
    QStringList namedWeeks() const;

signals:
    void weekClicked(QDate first, QDate last);

private:
    void nameWeeksThatFit();

    // The top of the scale moves the bands and the axis labels; nothing else depends on it.
    void setScale(double highest);

    QList<PeriodFigures> m_weeks;
    bool m_print = false;
    class QBarSet *m_full = nullptr;
    class QBarSet *m_partial = nullptr;
    class QLineSeries *m_checkins = nullptr;
    class QCategoryAxis *m_y = nullptr;
    class QCategoryAxis *m_weekAxis = nullptr; // only when each week has its own name
    QStringList m_weekNames;
    QList<std::pair<class QAreaSeries *, int>> m_bands; // each period's band and its row
    QStringList m_bandNames; // by row, the first medicine's row nearest the bars
    double m_highest = 0;
    QList<Medication> m_medications;
    QList<qint64> m_shape; // weeks, first week, print, palette
};
