#include "ui/experiment/ExperimentView.h"

#include "core/domain/DateText.h"
#include "core/experiment/ExperimentNights.h"
#include "core/experiment/ExperimentWording.h"
#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/experiment/ExperimentPlanDialog.h"
#include "ui/style/TextSize.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QLabel *paragraph(QWidget *parent, double scale = 1.0, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    TextSize::scaleFont(label, scale, bold);
    return label;
}
} // namespace

ExperimentView::ExperimentView(DiaryRepository &diary, const NightRule &nightRule, RunDialog runDialog, QWidget *parent)
    : QWidget(parent)
    , m_diary(diary)
    , m_nightRule(nightRule)
    , m_runDialog(std::move(runDialog))
{
    setAccessibleName(tr("Self-experiment"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    m_status = paragraph(page, 1.25, true);
    m_status->setAccessibleDescription(tr("The self-experiment"));
    m_tonight = paragraph(page, 1.1, true);
    m_tonight->setAccessibleDescription(tr("Tonight's self-experiment"));
    m_verdict = paragraph(page, 1.1, true);
    m_verdict->setAccessibleDescription(tr("What the experiment shows"));
    m_result = paragraph(page);
    m_result->setTextFormat(Qt::RichText);
    m_result->setAccessibleDescription(tr("The result"));
    m_showNumbers = new QCheckBox(tr("Show the &numbers"), page);
    m_showNumbers->setToolTip(tr("The difference, the randomisation test over the plans the scheme allows, and the "
                                 "nights as followed"));
    connect(m_showNumbers, &QCheckBox::toggled, this, &ExperimentView::refresh);
    auto *buttons = new QHBoxLayout;
    m_planButton = new QPushButton(tr("&Plan a self-experiment\u2026"), page);
    m_stopButton = new QPushButton(tr("S&top early\u2026"), page);
    m_stopButton->setAccessibleName(tr("Stop the experiment early"));
    buttons->addWidget(m_planButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch();
    m_nights = new QTableWidget(0, 4, page);
    m_nights->setAccessibleName(tr("The experiment's nights"));
    m_nights->setHorizontalHeaderLabels({ tr("Night"), tr("Plan"), tr("Kept to the plan"), tr("Cramps") });
    m_nights->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nights->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nights->setTabKeyNavigation(false);
    m_nights->verticalHeader()->hide();
    m_nights->horizontalHeader()->setStretchLastSection(true);
    m_nights->setMinimumHeight(260);
    for (QWidget *w :
         { static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_tonight), static_cast<QWidget *>(m_verdict),
           static_cast<QWidget *>(m_result), static_cast<QWidget *>(m_showNumbers) })
        layout->addWidget(w);
    layout->addLayout(buttons);
    layout->addWidget(m_nights, 100);
    layout->addStretch(1); // with no nights to list, the words stay together at the top
    scroll->setWidget(page);
    outer->addWidget(scroll);

    connect(m_planButton, &QPushButton::clicked, this, &ExperimentView::plan);
    connect(m_stopButton, &QPushButton::clicked, this, &ExperimentView::stop);
    // Hidden, the page reads nothing: it is filled when shown (the diary may have changed).
    for (auto signal : { &DiaryRepository::experimentChanged, &DiaryRepository::diaryReset })
        connect(&m_diary, signal, this, [this] {
            if (isVisible())
                refresh();
        });
}

void ExperimentView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // cramps and check-ins logged since change the result
}

QString ExperimentView::statusText() const
{
    return m_status->text();
}

QString ExperimentView::resultText() const
{
    return m_verdict->text() + QLatin1Char('\n') + m_result->text();
}

void ExperimentView::refresh()
{
    const auto experiment = m_diary.experiment();
    const NightClock clock = m_nightRule.clock();
    const QDate tonight = clock.tonight(QDateTime::currentDateTime());
    const bool running = experiment && !experiment->stoppedAfter && experiment->lastNight() >= tonight;
    m_planButton->setEnabled(!running && !m_diary.isReadOnly());
    m_stopButton->setVisible(running);
    m_stopButton->setEnabled(!m_diary.isReadOnly());
    m_nights->setVisible(experiment.has_value());
    if (!experiment) {
        m_status->setText(tr("No self-experiment yet"));
        m_tonight->hide();
        m_verdict->hide();
        m_showNumbers->hide();
        m_result->setText(tr("<p>The insights show which evenings go with bad nights. A self-experiment asks "
                             "whether a change <i>helps you</i>: for four weeks or more, a plan drawn at random "
                             "says each evening whether to make the change, and the diary compares the nights "
                             "with and without it. This is how clinical science tests a treatment for one person "
                             "(a trial of one).</p><p>Good candidates are changes the guidance discusses, such as "
                             "stretching the calves before bed.</p>"));
        return;
    }
    const QDate lastEnded = clock.lastSleptNight(QDateTime::currentDateTime());
    const QList<ExperimentNight> nights = ExperimentNights::from(*experiment, m_diary.snapshot(), clock, lastEnded);
    const ExperimentAnalysis analysis = ExperimentNights::analyse(*experiment, nights, lastEnded);
    QString status = tr("%1: %2 to %3")
                             .arg(experiment->change.name(), DateText::date(experiment->firstNight()),
                                  DateText::date(experiment->lastNight()));
    if (experiment->stoppedAfter)
        status += QLatin1Char('\n')
                + tr("Stopped early after the night of %1.").arg(DateText::date(*experiment->stoppedAfter));
    else if (!running)
        status += QLatin1Char('\n') + tr("Finished.");
    m_status->setText(status);
    const QString plan = running ? ExperimentWording::tonight(*experiment, tonight) : QString();
    m_tonight->setText(tr("Tonight, %1").arg(plan));
    m_tonight->setVisible(!plan.isEmpty());
    // One sentence a lay reader understands first; the test and its plans when asked for.
    m_verdict->setText(ExperimentWording::lead(analysis));
    m_verdict->show();
    const QStringList numbers = ExperimentWording::numbers(analysis);
    m_showNumbers->setVisible(!numbers.isEmpty());
    QString html;
    for (const QString &p : ExperimentWording::plain(*experiment, analysis))
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    if (m_showNumbers->isChecked())
        for (const QString &p : numbers)
            html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    m_result->setText(html);

    m_nights->setRowCount(int(experiment->plan.size()));
    int analysed = 0;
    for (int row = 0; row < experiment->plan.size(); ++row) {
        const PlannedNight &p = experiment->plan.at(row);
        QString what
                = p.role == PlannedNight::Baseline ? tr("Baseline, as usual") : experiment->change.instruction(p.arm);
        if (p.role == PlannedNight::Washout)
            what = tr("%1 (washout, not counted)").arg(what);
        const QString kept = experiment->followed.contains(p.night)
                ? (experiment->followed.value(p.night) ? tr("yes") : tr("no"))
                : QString();
        QString cramps;
        if (p.role == PlannedNight::Analysed) {
            const ExperimentNight &n = nights.at(analysed++);
            if (n.hasData)
                cramps = QString::number(n.cramps);
            else if (analysis.missingNights.contains(p.night))
                cramps = tr("missing");
        }
        const QStringList cells { DateText::shortDayWithYear(p.night), what, kept, cramps };
        for (int column = 0; column < cells.size(); ++column)
            m_nights->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_nights->resizeColumnsToContents();
}

void ExperimentView::plan()
{
    ExperimentPlanDialog dialog(m_diary, m_nightRule.clock(), this);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    try {
        m_diary.startExperiment(dialog.experiment());
    } catch (const StoreError &error) {
        emit failed(error.message());
    }
}

void ExperimentView::stop()
{
    QMessageBox confirm(QMessageBox::Question, tr("Stop the experiment early?"),
                        tr("The result will count the nights up to last night. The plan cannot be resumed."),
                        QMessageBox::Cancel, this);
    auto *stop = confirm.addButton(tr("&Stop it"), QMessageBox::AcceptRole);
    m_runDialog(confirm);
    if (confirm.clickedButton() != stop)
        return;
    try {
        m_diary.stopExperiment(m_nightRule.clock().lastSleptNight(QDateTime::currentDateTime()));
    } catch (const StoreError &error) {
        emit failed(error.message());
    }
}
