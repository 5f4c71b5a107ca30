#pragma once

#include "core/analysis/PeriodFigures.h"
#include "core/domain/Medication.h"

#include <QDateTime>
#include <QMap>
#include <QTabWidget>

class QTableWidget;

// The charts' figures as tables, for the keyboard and screen readers, one per chart: weeks
// (Enter opens a week's nights in the diary, as clicking its bar does) with the medicine
// bands under them, each night of the calendar, each cramp's severity, the time of night,
// and which leg and muscle.
class ChartFigureTables : public QTabWidget
{
    Q_OBJECT

public:
    // What the charts show for the range.
    struct Figures {
        QDate first, last; // the range
        QList<PeriodFigures> weeks;
        QList<Medication> bands; // the weekly chart's bands: medicines and the self-experiment
        QMap<QDate, int> crampsPerNight; // tracked nights only
        QList<std::pair<QDateTime, int>> severities; // each cramp with a severity, in time order
        QList<int> byHourOfNight;
        int boundaryHour = 12;
        QMap<QString, int> byLeg, byMuscle;
    };

    explicit ChartFigureTables(QWidget *parent = nullptr);

    void setData(const Figures &figures);
    QTableWidget *weeksTable() const { return m_weeks; }
    QTableWidget *bandsTable() const { return m_bands; }
    QTableWidget *nightsTable() const { return m_nights; }
    QTableWidget *severityTable() const { return m_severity; }

signals:
    void weekChosen(QDate first, QDate last);

private:
    void showWeeks(const QList<PeriodFigures> &weeks);
    void showBands(const QList<Medication> &bands, QDate first, QDate last);
    void showNights(const QMap<QDate, int> &crampsPerNight, QDate first, QDate last);
    void showSeverities(const QList<std::pair<QDateTime, int>> &severities);
    void showHours(const QList<int> &byHourOfNight, int boundaryHour);
    void showPlaces(const QMap<QString, int> &byLeg, const QMap<QString, int> &byMuscle);

    QTableWidget *m_weeks = nullptr;
    QTableWidget *m_bands = nullptr;
    QTableWidget *m_nights = nullptr;
    QTableWidget *m_severity = nullptr;
    QTableWidget *m_hours = nullptr;
    QTableWidget *m_places = nullptr;
    QList<PeriodFigures> m_shownWeeks; // newest first, as the rows
};
