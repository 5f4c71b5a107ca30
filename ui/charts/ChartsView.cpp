#include "ui/charts/ChartsView.h"

#include "core/domain/DateText.h"
#include "ui/analysis/LiveAnalysis.h"
#include "ui/analysis/RangeSelector.h"
#include "ui/charts/ChartFigureTables.h"
#include "ui/charts/ChartLegend.h"
#include "ui/charts/LegMuscleChart.h"
#include "ui/charts/NightCalendarChart.h"
#include "ui/charts/SeverityChart.h"
#include "ui/charts/TimeOfNightChart.h"
#include "ui/charts/WeeklyCrampsChart.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

ChartsView::ChartsView(LiveAnalysis &analysis, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
{
    setAccessibleName(tr("Charts"));
    auto *layout = new QVBoxLayout(this);
    m_range = new RangeSelector(this);
    m_asTables = new QCheckBox(tr("Show as &tables"), this);
    m_asTables->setToolTip(tr("The charts' figures as tables, for the keyboard and screen readers"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_range, 1);
    top->addWidget(m_asTables);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleDescription(tr("Figures for the range"));
    layout->addWidget(m_summary);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // each chart is a Tab stop, and Tab scrolls it into view
    auto *page = new QWidget(scroll);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    m_weekly = new WeeklyCrampsChart(page);
    m_severity = new SeverityChart(page);
    m_timeOfNight = new TimeOfNightChart(page);
    m_legMuscle = new LegMuscleChart(page);
    m_calendar = new NightCalendarChart(page);
    m_weeklyLegend = new ChartLegend(page);
    grid->addWidget(m_weekly, 0, 0, 1, 2);
    grid->addWidget(m_weeklyLegend, 1, 0, 1, 2);
    grid->addWidget(m_calendar, 2, 0, 1, 2);
    grid->addWidget(m_severity, 3, 0);
    grid->addWidget(m_timeOfNight, 3, 1);
    grid->addWidget(m_legMuscle, 4, 0, 1, 2);
    scroll->setWidget(page);
    m_tables = new ChartFigureTables(this);
    m_shown = new QStackedWidget(this);
    m_shown->addWidget(scroll);
    m_shown->addWidget(m_tables);
    layout->addWidget(m_shown, 1);
    for (QWidget *chart : page->findChildren<QChartView *>())
        chart->setAccessibleDescription(tr("Its figures are in the tables: Show as tables (Alt+T)."));
    connect(m_asTables, &QCheckBox::toggled, m_shown, &QStackedWidget::setCurrentIndex);
    connect(m_asTables, &QCheckBox::toggled, this, [this](bool tables) {
        if (tables)
            refresh(); // the tables are filled only while they are shown
    });

    connect(m_range, &RangeSelector::rangeChanged, this, &ChartsView::refresh);
    connect(&m_analysis, &LiveAnalysis::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(m_weekly, &WeeklyCrampsChart::weekClicked, this, &ChartsView::showNightsRequested);
    connect(m_tables, &ChartFigureTables::weekChosen, this, &ChartsView::showNightsRequested);
    connect(m_calendar, &NightCalendarChart::nightClicked, this,
            [this](QDate night) { emit showNightsRequested(night, night); });
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ChartsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Charts take their colours from the palette; redraw once every widget has the new one.
    if (event->type() == QEvent::PaletteChange && !m_stale)
        QTimer::singleShot(0, this, &ChartsView::refresh);
}

QString ChartsView::summaryText() const
{
    return m_summary->text();
}

void ChartsView::refresh()
{
    m_stale = false;
    {
        // New diary data may move "all" or the presets; the range is redrawn right here.
        const DiaryAnalysis span = m_analysis.span();
        const QSignalBlocker quiet(m_range);
        m_range->setBounds(span.firstNight(), span.lastNight());
    }
    const QDate first = m_range->first();
    const QDate last = m_range->last();
    const DiaryAnalysis &analysis = m_analysis.analysis(first, last); // only the nights shown are read
    const PeriodFigures f = analysis.figures(first, last);
    const QLocale locale;
    QString summary = tr("%1 to %2: ").arg(DateText::date(first), DateText::date(last))
            + tr("%n night(s) tracked", nullptr, f.nightsTracked) + tr(", %1 with a check-in. ").arg(f.nightsCheckedIn);
    if (f.crampsPerWeek()) {
        summary += tr("%n cramp(s)", nullptr, f.cramps)
                + tr(", %1 per week; cramps on %2 nights a week")
                          .arg(locale.toString(*f.crampsPerWeek(), 'f', 1),
                               locale.toString(*f.crampNightsPerWeek(), 'f', 1));
        if (f.severityMedian)
            summary += tr("; severity median %1 (%2 to %3)")
                               .arg(locale.toString(*f.severityMedian, 'g', 3))
                               .arg(*f.severityMin)
                               .arg(*f.severityMax);
        summary += QLatin1Char('.');
    } else {
        summary += tr("No tracked nights in this range yet.");
    }
    m_summary->setText(summary);

    const QList<PeriodFigures> weeks = analysis.weeks(first, last);
    // The experiment's nights are marked like a medicine's period, as a band under the weeks.
    QList<Medication> bands = analysis.snapshot().medications;
    if (const auto &experiment = analysis.snapshot().experiment)
        bands.append({ 0,
                       tr("Self-experiment"),
                       DrugClass::Other,
                       {},
                       { { experiment->firstNight(), experiment->lastCountedNight() } } });
    m_weekly->setData(weeks, bands);
    m_weeklyLegend->follow(m_weekly->chart());
    QList<const Episode *> episodes;
    for (const Episode &e : analysis.snapshot().episodes) {
        const QDate night = analysis.clock().nightOf(e.start);
        if (night >= first && night <= last && analysis.isTracked(night))
            episodes.append(&e);
    }
    m_severity->setData(episodes, weeks, first, last);
    ChartFigureTables::Figures figures { first,
                                         last,
                                         weeks,
                                         bands,
                                         analysis.crampsPerNight(first, last),
                                         {},
                                         analysis.crampsByHourOfNight(first, last),
                                         m_analysis.boundaryHour(),
                                         analysis.crampsByLeg(first, last),
                                         analysis.crampsByMuscle(first, last) };
    m_timeOfNight->setData(figures.byHourOfNight, figures.boundaryHour);
    m_legMuscle->setData(figures.byLeg, figures.byMuscle);
    m_calendar->setData(figures.crampsPerNight, first, last, m_analysis.firstDayOfWeek());
    if (m_asTables->isChecked()) { // the tables are filled only while they are shown
        for (const Episode *e : std::as_const(episodes))
            if (e->severity)
                figures.severities.append({ e->start, *e->severity });
        m_tables->setData(figures);
    }
}
