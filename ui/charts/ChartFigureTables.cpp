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
    weeksLayout->addWidget(m_weeks, 1);
    addTab(weeksPage, tr("&Weeks"));
    m_hours = newTable(tr("Time of night"), { tr("Hour"), tr("Cramps starting in that hour") }, this);
    addTab(m_hours, tr("Time of &night"));
    m_places = newTable(tr("Which leg and which muscle"), { tr("Where"), tr("Cramps") }, this);
    addTab(m_places, tr("Leg and &muscle"));
    connect(m_weeks, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (index.row() >= 0 && index.row() < m_shownWeeks.size())
            emit weekChosen(m_shownWeeks.at(index.row()).first, m_shownWeeks.at(index.row()).last);
    });
}

void ChartFigureTables::setData(const QList<PeriodFigures> &weeks, const QList<int> &byHourOfNight, int boundaryHour,
                                const QMap<QString, int> &byLeg, const QMap<QString, int> &byMuscle)
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
