#pragma once

#include <QChartView>
#include <QMap>

// Which leg and which muscle: two pies side by side, not-recorded shown as such.
class LegMuscleChart : public QChartView
{
    Q_OBJECT

public:
    explicit LegMuscleChart(QWidget *parent = nullptr);
    // The same legs and muscles as last time: the slices change size in place.
    void setData(const QMap<QString, int> &legCounts, const QMap<QString, int> &muscleCounts);
    // "Left", "Calf", or "Not recorded" for the key "unknown".
    static QString legName(const QString &key);
    static QString muscleName(const QString &key);

private:
    QList<class QPieSeries *> m_pies;
    QList<QStringList> m_shape; // the keys of each pie, and the palette
};
