#pragma once

#include "core/analysis/PeriodFigures.h"

#include <QMap>
#include <QTabWidget>

class QTableWidget;

// The charts' figures as tables, for the keyboard and screen readers: weeks (Enter opens a
// week's nights in the diary, as clicking its bar does), the time of night, and which leg
// and muscle.
class ChartFigureTables : public QTabWidget
{
    Q_OBJECT

public:
    explicit ChartFigureTables(QWidget *parent = nullptr);

    void setData(const QList<PeriodFigures> &weeks, const QList<int> &byHourOfNight, int boundaryHour,
                 const QMap<QString, int> &byLeg, const QMap<QString, int> &byMuscle);
    QTableWidget *weeksTable() const { return m_weeks; }

signals:
    void weekChosen(QDate first, QDate last);

private:
    QTableWidget *m_weeks = nullptr;
    QTableWidget *m_hours = nullptr;
    QTableWidget *m_places = nullptr;
    QList<PeriodFigures> m_shownWeeks; // newest first, as the rows
};
