#include "ui/insights/InsightsView.h"

#include "core/analysis/ChangeWording.h"
#include "core/analysis/LinkWording.h"
#include "core/analysis/ReportFigures.h"
#include "core/analysis/Significance.h"
#include "core/domain/DateText.h"
#include "core/domain/DisplayNames.h"
#include "core/guidance/GuidanceLibrary.h"
#include "ui/analysis/LiveAnalysis.h"
#include "ui/analysis/RangeSelector.h"
#include "ui/charts/ForestPlotChart.h"
#include "ui/insights/LinkFocusBrowser.h"
#include "ui/style/FlowLayout.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
} // namespace

InsightsView::InsightsView(LiveAnalysis &analysis, const GuidanceLibrary &guidance, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
    , m_guidance(guidance)
{
    setAccessibleName(tr("Insights"));
    auto *layout = new QVBoxLayout(this);
    m_range = new RangeSelector(this);
    m_range->setPreset(RangeSelector::All); // links need many nights
    layout->addWidget(m_range);
    m_splits = new QWidget(this);
    m_splitLayout = new FlowLayout(m_splits); // wraps at large text rather than widening the page
    m_splitLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splits);
    auto *compare = new FlowLayout;
    auto *compareBox = new QCheckBox(tr("Compare cramps &before and after"), this);
    compareBox->setAccessibleName(tr("Compare cramps before and after a date"));
    m_compareDate = new QDateEdit(QDate::currentDate().addDays(-28), this);
    m_compareDate->setCalendarPopup(true);
    m_compareDate->setEnabled(false);
    m_compareDate->setAccessibleName(tr("Date to compare before and after"));
    compare->addWidget(FlowLayout::together(this, { compareBox, m_compareDate }));
    compare->addWidget(new QLabel(tr("(for example a change of routine)"), this));
    layout->addLayout(compare);
    const auto updateComparison = [this, compareBox] {
        m_compareDate->setEnabled(compareBox->isChecked());
        setComparisonDate(compareBox->isChecked() ? m_compareDate->date() : QDate());
    };
    connect(compareBox, &QCheckBox::toggled, this, updateComparison);
    connect(m_compareDate, &QDateEdit::dateChanged, this, updateComparison);
    auto *findingsBar = new QHBoxLayout;
    m_showNumbers = new QCheckBox(tr("Show the &numbers"), this);
    m_showNumbers->setToolTip(tr("The chart of every finding, and each finding's nights, ratio, interval, p and q"));
    connect(m_showNumbers, &QCheckBox::toggled, this, &InsightsView::refresh);
    m_asTable = new QCheckBox(tr("Show as a &table"), this);
    m_asTable->setToolTip(tr("The chart's figures as a table"));
    findingsBar->addWidget(m_showNumbers);
    findingsBar->addWidget(m_asTable);
    findingsBar->addStretch();
    layout->addLayout(findingsBar);
    // The chart and the findings' words scroll together, each as tall as it needs.
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // A Tab stop, so that the keys can scroll the findings' words; named, as every stop is.
    m_scroll->setAccessibleName(tr("Insights page: the arrow keys scroll it"));
    auto *content = new QWidget(m_scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_findings = new QStackedWidget(content);
    m_forest = new ForestPlotChart(m_findings);
    m_table = new QTableWidget(m_findings);
    m_table->setAccessibleName(tr("Findings as a table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_findings->addWidget(m_forest);
    m_findings->addWidget(m_table);
    connect(m_asTable, &QCheckBox::toggled, this, [this](bool on) { m_findings->setCurrentIndex(on ? 1 : 0); });
    m_page = new LinkFocusBrowser(content);
    m_page->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_page->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_page->setOpenLinks(false);
    m_page->setOpenExternalLinks(false);
    m_page->setAccessibleName(tr("Insights, clearest first"));
    m_page->document()->setDocumentMargin(12);
    // Plain words first; the chart (or its table) with the numbers, when asked for.
    contentLayout->addWidget(m_page);
    contentLayout->addWidget(m_findings);
    contentLayout->addStretch();
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);
    connect(m_page, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { emit guidanceRequested(url.path()); });
    // Tab walks the guidance links inside the words. The words are as tall as they need and
    // scroll with the page, so the page follows the link.
    connect(m_page, &LinkFocusBrowser::linkFocused, this, [this](const QRect &link) {
        const QPoint at = m_page->viewport()->mapTo(m_scroll->widget(), link.center());
        m_scroll->ensureVisible(at.x(), at.y(), 0, link.height() * 3);
    });
    connect(m_range, &RangeSelector::rangeChanged, this, &InsightsView::refresh);
    connect(&m_analysis, &LiveAnalysis::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

void InsightsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void InsightsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &InsightsView::fitPageHeight);
}

void InsightsView::fitPageHeight()
{
    QTextDocument *document = m_page->document();
    document->setTextWidth(m_page->viewport()->width());
    m_page->setFixedHeight(int(document->size().height()) + 2 * m_page->frameWidth() + 4);
}

void InsightsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_stale)
        QTimer::singleShot(0, this, &InsightsView::refresh);
}

void InsightsView::setComparisonDate(QDate date)
{
    m_comparison = date;
    refresh();
}

void InsightsView::showNumbers(bool on)
{
    m_showNumbers->setChecked(on);
}

void InsightsView::chooseSplit(qint64 factorId, std::optional<double> splitAt)
{
    emit splitChosen(factorId, splitAt);
}

QString InsightsView::card(const QString &title, const QString &text, const QString &topicId)
{
    m_cardTexts.append(title + QLatin1Char('\n') + text);
    const QString panel = QApplication::palette().color(QPalette::Base).name();
    const QString border = QApplication::palette().color(QPalette::Mid).name();
    QString html = QStringLiteral("<table width='100%' cellpadding='10' style='background:%1; border: 1px solid %2;'>"
                                  "<tr><td><b style='font-size:large'>%3</b><br/>%4")
                           .arg(panel, border, title.toHtmlEscaped(),
                                text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    if (const GuidanceTopic *topic = m_guidance.topic(topicId))
        html += QStringLiteral("<br/><a href='guidance:%1'>%2</a>")
                        .arg(topicId, tr("What the guidance says: %1").arg(topic->title).toHtmlEscaped());
    return html + QStringLiteral("</td></tr></table><p></p>");
}

QStringList InsightsView::cardTexts() const
{
    return m_cardTexts;
}

void InsightsView::fillTable(const QList<FactorLink> &links, int comparisons)
{
    const QLocale locale;
    const QStringList headers = { tr("Factor"),
                                  tr("Cramp nights in the group"),
                                  tr("Cramp nights otherwise"),
                                  tr("Ratio"),
                                  tr("95% interval"),
                                  tr("p"),
                                  tr("q"),
                                  tr("Strength") };
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(links.size()));
    for (int row = 0; row < links.size(); ++row) {
        const FactorLink &link = links[row];
        const QStringList cells = {
            LinkWording::groupName(link),
            tr("%1 of %2").arg(link.groupCrampNights).arg(link.groupNights),
            tr("%1 of %2").arg(link.otherCrampNights).arg(link.otherNights),
            locale.toString(link.ratio, 'f', 2),
            tr("%1 to %2").arg(locale.toString(link.ratioLow, 'f', 2), locale.toString(link.ratioHigh, 'f', 2)),
            Significance::value(link.pValue),
            Significance::value(link.qValue),
            LinkWording::strengthText(link, comparisons),
        };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
}

void InsightsView::rebuildSplits(const QList<FactorLink> &links)
{
    qDeleteAll(m_splits->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    while (QLayoutItem *item = m_splitLayout->takeAt(0))
        delete item;
    bool any = false;
    for (const FactorLink &link : links) {
        if (!link.threshold)
            continue;
        if (!any)
            m_splitLayout->addWidget(new QLabel(tr("Split numbers at:"), m_splits));
        any = true;
        const QString factor = DisplayNames::of(link.factor);
        auto *label = new QLabel(factor, m_splits);
        auto *split = new QDoubleSpinBox(m_splits);
        split->setDecimals(0);
        split->setGroupSeparatorShown(true); // 2,000 ml; German 2.000 ml
        split->setRange(0, 1e6);
        split->setSingleStep(link.factor.builtinKey == QLatin1StringView("water_ml") ? 100 : 1);
        split->setValue(*link.threshold);
        split->setSuffix(link.factor.unit.isEmpty() ? QString() : QLatin1Char(' ') + link.factor.unit);
        split->setAccessibleName(tr("Where to split %1").arg(factor));
        split->setKeyboardTracking(false);
        label->setBuddy(split);
        const qint64 id = link.factor.id;
        connect(split, &QDoubleSpinBox::valueChanged, this, [this, id](double value) { chooseSplit(id, value); });
        QList<QWidget *> together { label, split };
        if (link.splitChosen) {
            auto *reset = new QToolButton(m_splits);
            reset->setText(tr("Default"));
            reset->setAccessibleName(tr("Use the default split for %1").arg(factor));
            reset->setToolTip(reset->accessibleName());
            connect(reset, &QToolButton::clicked, this, [this, id] { chooseSplit(id, std::nullopt); });
            together.append(reset);
        }
        m_splitLayout->addWidget(FlowLayout::together(m_splits, together));
    }
    // Made after the rest of the page, the splits would come last in the Tab order; they
    // follow the range above them instead, as they are seen.
    QWidget *previous = nullptr;
    for (QWidget *widget : m_range->findChildren<QWidget *>())
        if ((widget->focusPolicy() & Qt::TabFocus) && !widget->isWindow() && widget->window() == m_range->window()
            && !widget->focusProxy())
            previous = widget;
    for (QWidget *widget : m_splits->findChildren<QWidget *>()) { // in the order they are seen
        if (!(widget->focusPolicy() & Qt::TabFocus) || !previous)
            continue;
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

void InsightsView::refresh()
{
    m_stale = false;
    {
        const DiaryAnalysis span = m_analysis.span();
        const QSignalBlocker quiet(m_range);
        m_range->setBounds(span.firstNight(), span.lastNight());
    }
    const QDate first = m_range->first(), last = m_range->last();
    const DiaryAnalysis &analysis = m_analysis.analysis(first, last); // only the nights shown are read
    m_cardTexts.clear();

    const QList<FactorLink> links = analysis.factorLinks(first, last);
    QList<FactorLink> ready, waiting;
    for (const FactorLink &link : links)
        (link.hasEnoughNights() ? ready : waiting).append(link);
    // Findings first: the clearest on top, and in the chart the biggest ratio on top.
    std::sort(ready.begin(), ready.end(), [](const FactorLink &a, const FactorLink &b) {
        return std::pair(int(LinkWording::strength(a)), a.pValue) < std::pair(int(LinkWording::strength(b)), b.pValue);
    });
    QList<FactorLink> ranked = ready;
    std::sort(ranked.begin(), ranked.end(), [](const FactorLink &a, const FactorLink &b) { return a.ratio > b.ratio; });
    m_forest->setLinks(ranked);
    m_findings->setFixedHeight(m_forest->sizeHint().height());
    fillTable(ranked, int(ready.size()));
    m_findings->setVisible(!ready.isEmpty() && m_showNumbers->isChecked());
    m_showNumbers->setEnabled(!ready.isEmpty());
    m_asTable->setEnabled(!ready.isEmpty() && m_showNumbers->isChecked());
    const int tests = int(ready.size());
    const PeriodFigures figures = analysis.figures(first, last);
    if (!m_splits->hasFocus() && !m_splits->isAncestorOf(QApplication::focusWidget()))
        rebuildSplits(links);

    QString html = QStringLiteral("<p>%1</p>")
                           .arg(tr("How your cramps go with the evening factors you check in, over the %n night(s) "
                                   "with a check-in in this range. A link shows that two things tend to happen on "
                                   "the same nights, not that one causes the other.",
                                   nullptr, figures.nightsCheckedIn)
                                        .toHtmlEscaped());
    // What the findings say, in a few plain sentences, before each finding in detail.
    if (const QStringList summary = LinkWording::summary(ready); !summary.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(summary.join(QLatin1Char(' ')).toHtmlEscaped());
    for (const FactorLink &link : std::as_const(ready))
        html += card(LinkWording::groupName(link), LinkWording::describe(link, tests, m_showNumbers->isChecked()),
                     m_guidance.topicForFactor(link.factor.builtinKey));
    if (ready.isEmpty()) {
        // One line for a young diary instead of a "needs more nights" line per factor.
        const int more = std::max(1, 2 * FactorLink::MinimumNightsPerGroup - figures.nightsCheckedIn);
        html += QStringLiteral("<p><b>%1</b></p>")
                        .arg(tr("Comparisons start once a factor has %1 checked-in nights with it and %1 without: "
                                "at least %n more evening check-in(s), so by about %2 if you check in every evening.",
                                nullptr, more)
                                     .arg(FactorLink::MinimumNightsPerGroup)
                                     .arg(DateText::longDay(QDate::currentDate().addDays(more)))
                                     .toHtmlEscaped());
        waiting.clear();
    }

    if (m_comparison.isValid()) {
        const QLocale locale;
        const BeforeAfter change = analysis.beforeAfter(m_comparison, first, last);
        const QString text = change.hasBothSides()
                ? ChangeWording::beforeAfter(change) + QLatin1Char(' ')
                        + (Significance::isClear(change.pValue)
                                   ? tr("The rate changed more than chance alone would explain.")
                                   : tr("No clear change so far."))
                : tr("Choose a date inside the range shown, with tracked nights on both sides.");
        html += card(tr("Before and after %1").arg(DateText::date(m_comparison)), text, QString());
    }

    for (const ReportFigures::MedicineChange &c : ReportFigures::medicineChangesIn(analysis, first, last)) {
        if (!c.change.hasBothSides())
            continue;
        html += card((c.started ? tr("Cramps before and after starting %1") : tr("Cramps before and after stopping %1"))
                             .arg(c.medication.name),
                     ChangeWording::medicine(c.medication.name, c.started, c.change),
                     m_guidance.topicForDrugClass(c.medication.drugClass));
    }

    if (!waiting.isEmpty()) {
        QStringList lines;
        for (const FactorLink &link : std::as_const(waiting))
            lines.append(tr("%1 \u2014 %2.").arg(LinkWording::groupName(link), LinkWording::needs(link)));
        html += card(tr("Not enough nights yet"), lines.join(QLatin1Char('\n')), QString());
    }
    const int scroll = m_scroll->verticalScrollBar()->value();
    m_page->setHtml(html);
    fitPageHeight();
    m_scroll->verticalScrollBar()->setValue(scroll);
}

QString InsightsView::pageText() const
{
    return m_page->toPlainText();
}
