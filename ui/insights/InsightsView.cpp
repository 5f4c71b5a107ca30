#include "ui/insights/InsightsView.h"

#include "core/domain/DisplayNames.h"
#include "core/guidance/GuidanceLibrary.h"
#include "ui/analysis/LiveAnalysis.h"
#include "ui/analysis/RangeSelector.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString percent(int part, int whole)
{
    return QLocale().toString(whole ? 100.0 * part / whole : 0.0, 'f', 0) + QLatin1Char('%');
}

QString pText(double p)
{
    return p < 0.001 ? QStringLiteral("< 0.001") : QLocale().toString(p, 'f', 3);
}
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
    m_splitLayout = new QHBoxLayout(m_splits);
    m_splitLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splits);
    auto *compare = new QHBoxLayout;
    auto *compareBox = new QCheckBox(tr("Compare cramps &before and after"), this);
    compareBox->setAccessibleName(tr("Compare cramps before and after a date"));
    m_compareDate = new QDateEdit(QDate::currentDate().addDays(-28), this);
    m_compareDate->setCalendarPopup(true);
    m_compareDate->setEnabled(false);
    m_compareDate->setAccessibleName(tr("Date to compare before and after"));
    compare->addWidget(compareBox);
    compare->addWidget(m_compareDate);
    compare->addWidget(new QLabel(tr("(for example a change of routine)"), this));
    compare->addStretch();
    layout->addLayout(compare);
    const auto updateComparison = [this, compareBox] {
        m_compareDate->setEnabled(compareBox->isChecked());
        setComparisonDate(compareBox->isChecked() ? m_compareDate->date() : QDate());
    };
    connect(compareBox, &QCheckBox::toggled, this, updateComparison);
    connect(m_compareDate, &QDateEdit::dateChanged, this, updateComparison);
    m_page = new QTextBrowser(this);
    m_page->setOpenLinks(false);
    m_page->setOpenExternalLinks(false);
    m_page->setAccessibleName(tr("Insights, clearest first"));
    m_page->document()->setDocumentMargin(12);
    layout->addWidget(m_page, 1);
    connect(m_page, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { emit guidanceRequested(url.path()); });
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

void InsightsView::chooseSplit(qint64 factorId, std::optional<double> splitAt)
{
    emit splitChosen(factorId, splitAt);
}

QString InsightsView::describe(const FactorLink &link, int testsMade)
{
    const QLocale locale;
    const QString factor = DisplayNames::of(link.factor);
    QString group, other;
    switch (link.factor.kind) {
    case FactorKind::YesNo:
        group = tr("with \u201c%1\u201d").arg(factor);
        other = tr("without it");
        break;
    case FactorKind::Number:
        group = tr("with \u201c%1\u201d %2").arg(factor, link.groupLabel);
        other = tr("with %1").arg(link.otherLabel);
        break;
    case FactorKind::Choice:
        group = tr("with \u201c%1\u201d: %2").arg(factor, link.groupLabel);
        other = tr("with any other answer");
        break;
    }
    QString text = tr("On %1 nights %2 you had cramps on %3 (%4); on the %5 nights %6, on %7 (%8).")
                           .arg(link.groupNights)
                           .arg(group)
                           .arg(link.groupCrampNights)
                           .arg(percent(link.groupCrampNights, link.groupNights))
                           .arg(link.otherNights)
                           .arg(other)
                           .arg(link.otherCrampNights)
                           .arg(percent(link.otherCrampNights, link.otherNights));
    text += QLatin1Char(' ')
            + tr("Cramp nights were %1 times as frequent (95% interval %2 to %3).")
                      .arg(locale.toString(link.ratio, 'f', 2), locale.toString(link.ratioLow, 'f', 2),
                           locale.toString(link.ratioHigh, 'f', 2));
    text += QLatin1Char(' ')
            + tr("Fisher's exact test: p = %1; allowing for %2 comparisons, q = %3.")
                      .arg(pText(link.pValue))
                      .arg(testsMade)
                      .arg(pText(link.qValue));
    text += QLatin1Char(' ')
            + (link.qValue < 0.05 ? tr("A difference this large is unlikely to be chance alone; it shows the two go "
                                       "together, not that one causes the other.")
                                  : tr("A difference like this could well be chance; keep checking in."));
    return text;
}

QString InsightsView::describe(const QString &medication, bool started, const BeforeAfter &change)
{
    const QLocale locale;
    return tr("%1 %2 on %3: %4 cramps a week in the %5 tracked nights before, %6 a week in the %7 after "
              "(exact test of the change: p = %8). %9")
            .arg(medication, started ? tr("started") : tr("stopped"),
                 locale.toString(change.date, QStringLiteral("d MMM yyyy")),
                 locale.toString(change.perWeekBefore(), 'f', 1))
            .arg(change.nightsBefore)
            .arg(locale.toString(change.perWeekAfter(), 'f', 1))
            .arg(change.nightsAfter)
            .arg(pText(change.pValue),
                 change.pValue < 0.05 ? tr("The rate changed more than chance alone would explain. Talk it over with "
                                           "your prescriber; do not stop a medicine on your own.")
                                      : tr("No clear change so far."));
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
        split->setRange(0, 1e6);
        split->setSingleStep(link.factor.builtinKey == QLatin1StringView("water_ml") ? 100 : 1);
        split->setValue(*link.threshold);
        split->setSuffix(link.factor.unit.isEmpty() ? QString() : QLatin1Char(' ') + link.factor.unit);
        split->setAccessibleName(tr("Where to split %1").arg(factor));
        split->setKeyboardTracking(false);
        label->setBuddy(split);
        const qint64 id = link.factor.id;
        connect(split, &QDoubleSpinBox::valueChanged, this, [this, id](double value) { chooseSplit(id, value); });
        m_splitLayout->addWidget(label);
        m_splitLayout->addWidget(split);
        if (link.splitChosen) {
            auto *reset = new QToolButton(m_splits);
            reset->setText(tr("Default"));
            reset->setAccessibleName(tr("Use the default split for %1").arg(factor));
            reset->setToolTip(reset->accessibleName());
            connect(reset, &QToolButton::clicked, this, [this, id] { chooseSplit(id, std::nullopt); });
            m_splitLayout->addWidget(reset);
        }
    }
    m_splitLayout->addStretch();
}

void InsightsView::refresh()
{
    m_stale = false;
    const DiaryAnalysis &analysis = m_analysis.analysis();
    {
        const QSignalBlocker quiet(m_range);
        m_range->setBounds(analysis.firstNight(), analysis.lastNight());
    }
    const QDate first = m_range->first(), last = m_range->last();
    m_cardTexts.clear();

    const QList<FactorLink> links = analysis.factorLinks(first, last);
    QList<FactorLink> ready, waiting;
    for (const FactorLink &link : links)
        (link.hasEnoughNights() ? ready : waiting).append(link);
    std::sort(ready.begin(), ready.end(), [](const FactorLink &a, const FactorLink &b) { return a.pValue < b.pValue; });
    const int tests = int(ready.size());
    const PeriodFigures figures = analysis.figures(first, last);
    if (!m_splits->hasFocus() && !m_splits->isAncestorOf(QApplication::focusWidget()))
        rebuildSplits(links);

    QString html = QStringLiteral("<p>%1</p>")
                           .arg(tr("How your cramps go with the evening factors you check in, over the %1 nights with "
                                   "a check-in in this "
                                   "range. A link shows that two things tend to happen on the same nights, not that "
                                   "one causes the other.")
                                        .arg(figures.nightsCheckedIn)
                                        .toHtmlEscaped());
    for (const FactorLink &link : std::as_const(ready)) {
        const QString factor = DisplayNames::of(link.factor);
        const bool more = link.ratio > 1;
        const QString title = link.qValue < 0.05
                ? (more ? tr("%1 (%2) goes with more cramp nights") : tr("%1 (%2) goes with fewer cramp nights"))
                          .arg(factor, link.groupLabel)
                : tr("%1 (%2): no clear link so far").arg(factor, link.groupLabel);
        html += card(title, describe(link, tests), m_guidance.topicForFactor(link.factor.builtinKey));
    }
    if (ready.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                        .arg(tr("No factor has enough nights yet to compare. Each needs at least %1 "
                                "checked-in nights with it and %1 without.")
                                     .arg(FactorLink::MinimumNightsPerGroup)
                                     .toHtmlEscaped());

    if (m_comparison.isValid()) {
        const QLocale locale;
        const BeforeAfter change = analysis.beforeAfter(m_comparison, first, last);
        const QString text = change.hasBothSides()
                ? tr("%1 cramps a week in the %2 tracked nights before, %3 a week in the %4 from then on (exact test "
                     "of the "
                     "change: p = %5). %6")
                          .arg(locale.toString(change.perWeekBefore(), 'f', 1))
                          .arg(change.nightsBefore)
                          .arg(locale.toString(change.perWeekAfter(), 'f', 1))
                          .arg(change.nightsAfter)
                          .arg(pText(change.pValue),
                               change.pValue < 0.05 ? tr("The rate changed more than chance alone would explain.")
                                                    : tr("No clear change so far."))
                : tr("Choose a date inside the range shown, with tracked nights on both sides.");
        html += card(tr("Before and after %1").arg(locale.toString(m_comparison, QStringLiteral("d MMM yyyy"))), text,
                     QString());
    }

    for (const Medication &medication : analysis.snapshot().medications) {
        for (const MedicationPeriod &period : medication.periods) {
            QList<std::pair<QDate, bool>> changes = { { period.started, true } };
            if (period.stopped)
                changes.append({ period.stopped->addDays(1), false });
            for (const auto &[date, started] : changes) {
                if (date <= first || date > last)
                    continue;
                const BeforeAfter change = analysis.beforeAfter(date, first, last);
                if (!change.hasBothSides())
                    continue;
                html += card(tr("Cramps before and after %1 %2")
                                     .arg(started ? tr("starting") : tr("stopping"), medication.name),
                             describe(medication.name, started, change),
                             m_guidance.topicForDrugClass(medication.drugClass));
            }
        }
    }

    if (!waiting.isEmpty()) {
        QStringList lines;
        for (const FactorLink &link : std::as_const(waiting)) {
            if (link.singleValue) {
                lines.append(tr("%1: every night so far has the same value, so there is nothing to compare yet.")
                                     .arg(DisplayNames::of(link.factor)));
                continue;
            }
            QString need;
            if (link.moreGroupNightsNeeded() && link.moreOtherNightsNeeded())
                need = tr("%1 more nights with %2 and %3 more with %4")
                               .arg(link.moreGroupNightsNeeded())
                               .arg(link.groupLabel)
                               .arg(link.moreOtherNightsNeeded())
                               .arg(link.otherLabel);
            else if (link.moreGroupNightsNeeded())
                need = tr("%1 more nights with %2").arg(link.moreGroupNightsNeeded()).arg(link.groupLabel);
            else
                need = tr("%1 more nights with %2").arg(link.moreOtherNightsNeeded()).arg(link.otherLabel);
            lines.append(tr("%1 (%2): needs %3.").arg(DisplayNames::of(link.factor), link.groupLabel, need));
        }
        html += card(tr("Not enough nights yet"), lines.join(QLatin1Char('\n')), QString());
    }
    const int scroll = m_page->verticalScrollBar()->value();
    m_page->setHtml(html);
    m_page->verticalScrollBar()->setValue(scroll);
}
