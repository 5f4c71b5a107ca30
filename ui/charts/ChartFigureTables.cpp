#include "ui/charts/ChartFigureTables.h"

#include "core/domain/DateText.h"
#include "ui/charts/LegMuscleChart.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *newTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setAccessibleName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    table->verticalHeader()->hide();
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

QString optionalNumber(const std::optional<double> &value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QString();
}
} // namespace

ChartFigureTables::ChartFigureTables(QWidget *parent)
    : QTabWidget(parent)
{
    setAccessibleName(tr("The charts' figures as tables"));
    auto *weeksPage = new QWidget(this);
    auto *weeksLayout = new QVBoxLayout(weeksPage);
    auto *hint
            = new QLabel(tr("Press Enter on a week (or double-click it) to open its nights in the diary."), weeksPage);
    hint->setWordWrap(true);
    m_weeks = newTable(tr("Cramps per week"),
                       { tr("Week from"), tr("Nights tracked"), tr("Cramps"), tr("Cramps per week"),
                         tr("Nights with cramps"), tr("Check-ins"), tr("Median severity"), tr("Worst severity") },
                       weeksPage);
    weeksLayout->addWidget(hint);
    weeksLayout->addWidget(m_weeks, 2);
    m_bands = newTable(tr("Medicines and the self-experiment under the weeks"), { tr("Band"), tr("From"), tr("To") },
                       weeksPage);
    weeksLayout->addWidget(m_bands, 1);
    addTab(weeksPage, tr("&Weeks"));
    m_nights = newTable(tr("Cramps each night"), { tr("Night"), tr("Cramps") }, this);
    addTab(m_nights, tr("Each ni&ght"));
    m_severity = newTable(tr("Severity of each cramp"), { tr("Cramp"), tr("Severity (0 to 10)") }, this);
    addTab(m_severity, tr("Se&verity"));
    m_hours = newTable(tr("Time of night"), { tr("Hour"), tr("Cramps starting in that hour") }, this);
    addTab(m_hours, tr("Time of &night"));
    m_places = newTable(tr("Which leg and which muscle"), { tr("Where"), tr("Cramps") }, this);
    addTab(m_places, tr("Leg and &muscle"));
    connect(m_weeks, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (index.row() >= 0 && index.row() < m_shownWeeks.size())
            emit weekChosen(m_shownWeeks.at(index.row()).first, m_shownWeeks.at(index.row()).last);
    });
}

void ChartFigureTables::setData(const Figures &figures)
{
    showWeeks(figures.weeks);
    showBands(figures.bands, figures.first, figures.last);
    showNights(figures.crampsPerNight, figures.first, figures.last);
    showSeverities(figures.severities);
    showHours(figures.byHourOfNight, figures.boundaryHour);
    showPlaces(figures.byLeg, figures.byMuscle);
}

void ChartFigureTables::showWeeks(const QList<PeriodFigures> &weeks)
{
    m_shownWeeks = QList<PeriodFigures>(weeks.crbegin(), weeks.crend());
    m_weeks->setRowCount(int(m_shownWeeks.size()));
    const QLocale locale;
    for (int row = 0; row < m_shownWeeks.size(); ++row) {
        const PeriodFigures &w = m_shownWeeks.at(row);
        QString week = DateText::date(w.first);
        if (w.isPartial())
            week = tr("%1 (partly tracked)").arg(week);
        // Below four tracked nights no rate is given: the count is all the week can say.
        setRow(m_weeks, row,
               { week, locale.toString(w.nightsTracked), locale.toString(w.cramps),
                 w.isScaledToAWeek() ? optionalNumber(w.crampsPerWeek(), 1) : QString(), locale.toString(w.crampNights),
                 locale.toString(w.nightsCheckedIn), optionalNumber(w.severityMedian, 1),
                 w.severityMax ? locale.toString(*w.severityMax) : QString() });
    }
    m_weeks->resizeColumnsToContents();
}

// Each period a band draws under the weeks, cut to the range as the chart cuts it.
void ChartFigureTables::showBands(const QList<Medication> &bands, QDate first, QDate last)
{
    m_bands->setRowCount(0);
    for (const Medication &band : bands) {
        for (const MedicationPeriod &period : band.periods) {
            const QDate stop = period.stopped.value_or(last);
            if (!first.isValid() || stop < first || period.started > last)
                continue;
            const int row = m_bands->rowCount();
            m_bands->insertRow(row);
            setRow(m_bands, row,
                   { band.name, DateText::date(std::max(period.started, first)),
                     period.stopped && *period.stopped <= last
                             ? DateText::date(*period.stopped)
                             : tr("%1 (end of the range)").arg(DateText::date(last)) });
        }
    }
    m_bands->resizeColumnsToContents();
    m_bands->setVisible(m_bands->rowCount() > 0);
}

// Every night of the calendar, newest first; a night not tracked says so rather than 0.
void ChartFigureTables::showNights(const QMap<QDate, int> &crampsPerNight, QDate first, QDate last)
{
    const QLocale locale;
    const int nights = first.isValid() ? int(first.daysTo(last)) + 1 : 0;
    m_nights->setRowCount(nights);
    for (int row = 0; row < nights; ++row) {
        const QDate night = last.addDays(-row);
        const auto cramps = crampsPerNight.constFind(night);
        setRow(m_nights, row,
               { DateText::date(night),
                 cramps == crampsPerNight.cend() ? tr("not tracked") : locale.toString(*cramps) });
    }
    m_nights->resizeColumnsToContents();
}

void ChartFigureTables::showSeverities(const QList<std::pair<QDateTime, int>> &severities)
{
    const QLocale locale;
    m_severity->setRowCount(int(severities.size()));
    for (int row = 0; row < severities.size(); ++row) {
        const auto &[start, severity] = severities.at(severities.size() - 1 - row); // newest first
        setRow(m_severity, row, { DateText::dateTime(start), locale.toString(severity) });
    }
    m_severity->resizeColumnsToContents();
}

void ChartFigureTables::showHours(const QList<int> &byHourOfNight, int boundaryHour)
{
    const QLocale locale;
    m_hours->setRowCount(0);
    for (int h = 0; h < byHourOfNight.size(); ++h) {
        if (byHourOfNight.at(h) == 0)
            continue;
        const int row = m_hours->rowCount();
        m_hours->insertRow(row);
        const QTime from((boundaryHour + h) % 24, 0);
        const QString hour = tr("%1 to %2")
                                     .arg(locale.toString(from, QLocale::ShortFormat),
                                          locale.toString(from.addSecs(3600), QLocale::ShortFormat));
        setRow(m_hours, row, { hour, locale.toString(byHourOfNight.at(h)) });
    }
    m_hours->resizeColumnsToContents();
}

void ChartFigureTables::showPlaces(const QMap<QString, int> &byLeg, const QMap<QString, int> &byMuscle)
{
    const QLocale locale;
    m_places->setRowCount(0);
    for (auto it = byLeg.cbegin(); it != byLeg.cend(); ++it) {
        m_places->insertRow(m_places->rowCount());
        setRow(m_places, m_places->rowCount() - 1,
               { tr("Leg: %1").arg(LegMuscleChart::legName(it.key())), locale.toString(it.value()) });
    }
    for (auto it = byMuscle.cbegin(); it != byMuscle.cend(); ++it) {
        m_places->insertRow(m_places->rowCount());
        setRow(m_places, m_places->rowCount() - 1,
               { tr("Muscle: %1").arg(LegMuscleChart::muscleName(it.key())), locale.toString(it.value()) });
    }
    m_places->resizeColumnsToContents();
}
