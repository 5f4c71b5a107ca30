#pragma once

#include <QDate>
#include <QWidget>

class ChartFigureTables;
class ChartLegend;
class LegMuscleChart;
class LiveAnalysis;
class NightCalendarChart;
class QCheckBox;
class QLabel;
class QStackedWidget;
class RangeSelector;
class SeverityChart;
class TimeOfNightChart;
class WeeklyCrampsChart;

// All the charts for one shared range, redrawn when the diary, the range or the palette
// (night mode) changes.
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsView(LiveAnalysis &analysis, QWidget *parent = nullptr);

    RangeSelector *range() const { return m_range; }
    WeeklyCrampsChart *weekly() const { return m_weekly; }
    ChartLegend *weeklyLegend() const { return m_weeklyLegend; }
    QCheckBox *asTablesBox() const { return m_asTables; }
    ChartFigureTables *tables() const { return m_tables; }
    QString summaryText() const;
    void refresh();

signals:
    void showNightsRequested(QDate first, QDate last);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    LiveAnalysis &m_analysis;
    RangeSelector *m_range = nullptr;
    QLabel *m_summary = nullptr;
    WeeklyCrampsChart *m_weekly = nullptr;
    ChartLegend *m_weeklyLegend = nullptr; // below the chart, in words that wrap
    SeverityChart *m_severity = nullptr;
    TimeOfNightChart *m_timeOfNight = nullptr;
    LegMuscleChart *m_legMuscle = nullptr;
    NightCalendarChart *m_calendar = nullptr;
    QCheckBox *m_asTables = nullptr;
    QStackedWidget *m_shown = nullptr; // the charts, or their figures as tables
    ChartFigureTables *m_tables = nullptr;
    bool m_stale = true;
};
