#include "ui/report/ReportView.h"

#include "core/analysis/ReportFigures.h"
#include "core/domain/DateText.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/analysis/LiveAnalysis.h"
#include "ui/report/ReportDocument.h"
#include "ui/style/Tone.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(DateText::datePattern());
    edit->setAccessibleName(name);
    return edit;
}
} // namespace

ReportView::ReportView(DiaryRepository &diary, LiveAnalysis &analysis, const GuidanceLibrary &guidance, QWidget *parent)
    : QWidget(parent)
    , m_diary(diary)
    , m_analysis(analysis)
    , m_guidance(guidance)
{
    setAccessibleName(tr("Report"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A report for your doctor to read in two minutes: page one holds the figures clinical "
                                "studies use, the weekly chart, your medicines, any warning signs and your questions; "
                                "the sections you choose below follow on page two."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *rangeBox = new QGroupBox(tr("Period"), this);
    auto *rangeForm = new QFormLayout(rangeBox);
    rangeForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    rangeForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // fields below their labels at large text
    m_from = dateEdit(tr("First night of the report"), rangeBox);
    m_to = dateEdit(tr("Last night of the report"), rangeBox);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), rangeBox));
    range->addWidget(m_to);
    range->addStretch();
    rangeForm->addRow(tr("Nights"), range);
    m_baselineFrom = dateEdit(tr("First night of the baseline"), rangeBox);
    m_baselineTo = dateEdit(tr("Last night of the baseline"), rangeBox);
    auto *baseline = new QHBoxLayout;
    baseline->addWidget(m_baselineFrom);
    baseline->addWidget(new QLabel(tr("to"), rangeBox));
    baseline->addWidget(m_baselineTo);
    baseline->addStretch();
    m_useBaseline = new QCheckBox(tr("&Baseline for the change"), rangeBox);
    m_useBaseline->setToolTip(tr("Set by default when the period has four weeks or more: its first two weeks."));
    connect(m_useBaseline, &QCheckBox::clicked, this, [this] { m_baselineChosen = true; });
    connect(m_useBaseline, &QCheckBox::toggled, m_baselineFrom, &QWidget::setEnabled);
    connect(m_useBaseline, &QCheckBox::toggled, m_baselineTo, &QWidget::setEnabled);
    rangeForm->addRow(m_useBaseline, baseline);
    auto *reset = new QPushButton(tr("&Last 12 weeks or the whole diary"), rangeBox);
    reset->setAccessibleName(tr("Use the last 12 weeks, or the whole diary if it is shorter"));
    rangeForm->addRow(QString(), reset);
    layout->addWidget(rangeBox);

    auto *patientBox = new QGroupBox(tr("Patient (optional, printed on page one)"), this);
    auto *patientForm = new QFormLayout(patientBox);
    patientForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    patientForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_name = new QLineEdit(patientBox);
    m_name->setAccessibleName(tr("Patient name"));
    m_name->setMinimumWidth(320);
    patientForm->addRow(tr("&Name"), m_name);
    m_hasBirthDate = new QCheckBox(tr("Date of &birth"), patientBox);
    m_hasBirthDate->setAccessibleName(tr("Print a date of birth"));
    m_birthDate = dateEdit(tr("Date of birth"), patientBox);
    m_birthDate->setDate(QDate(1950, 1, 1));
    m_birthDate->setEnabled(false);
    patientForm->addRow(m_hasBirthDate, m_birthDate);
    connect(m_hasBirthDate, &QCheckBox::toggled, m_birthDate, &QWidget::setEnabled);
    layout->addWidget(patientBox);

    auto *questionsBox = new QGroupBox(tr("Your &questions for the visit (printed on page one)"), this);
    auto *questionsLayout = new QVBoxLayout(questionsBox);
    m_questions = new QPlainTextEdit(questionsBox);
    m_questions->setAccessibleName(tr("Your questions for the visit"));
    m_questions->setAccessibleDescription(tr("Kept in the diary until you change them."));
    m_questions->setPlaceholderText(tr("For example: Could one of my medicines cause the cramps?"));
    m_questions->setTabChangesFocus(true);
    m_questions->setFixedHeight(m_questions->fontMetrics().lineSpacing() * 4 + 12);
    m_questions->setPlainText(m_diary.visitQuestions());
    m_questions->installEventFilter(this);
    questionsLayout->addWidget(m_questions);
    layout->addWidget(questionsBox);
    m_questionsPause = new QTimer(this);
    m_questionsPause->setSingleShot(true);
    m_questionsPause->setInterval(1500);
    connect(m_questions, &QPlainTextEdit::textChanged, m_questionsPause, qOverload<>(&QTimer::start));
    connect(m_questionsPause, &QTimer::timeout, this, &ReportView::saveQuestions);
    // Changed elsewhere (`report --questions` run inside this window): shown, unless typing here.
    connect(&m_diary, &DiaryRepository::visitQuestionsChanged, this, [this] {
        if (!m_questions->hasFocus() && m_questions->toPlainText().trimmed() != m_diary.visitQuestions())
            m_questions->setPlainText(m_diary.visitQuestions());
    });

    auto *sectionBox = new QGroupBox(tr("On page two"), this);
    auto *sections = new QVBoxLayout(sectionBox);
    for (ReportOptions::Section section : ReportOptions::allSections()) {
        auto *box = new QCheckBox(ReportOptions::label(section), sectionBox);
        box->setChecked(ReportOptions::defaultSections().contains(section));
        box->setAccessibleName(box->text().remove(QLatin1Char('&')));
        sections->addWidget(box);
        m_sections.insert(int(section), box);
    }
    layout->addWidget(sectionBox);

    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("&Save as PDF\u2026"), this);
    auto *print = new QPushButton(tr("&Print\u2026"), this);
    auto *preview = new QPushButton(tr("Print pre&view\u2026"), this);
    save->setAccessibleName(tr("Save the report as a PDF file"));
    print->setAccessibleName(tr("Print the report"));
    preview->setAccessibleName(tr("Preview the printed report"));
    buttons->addWidget(save);
    buttons->addWidget(print);
    buttons->addWidget(preview);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleDescription(tr("Report status"));
    layout->addWidget(m_status);
    auto *opens = new QHBoxLayout;
    m_openPdf = new QPushButton(tr("&Open the PDF"), this);
    m_openFolder = new QPushButton(tr("Open its fol&der"), this);
    m_openPdf->setAccessibleName(tr("Open the saved report"));
    m_openFolder->setAccessibleName(tr("Open the folder holding the saved report"));
    opens->addWidget(m_openPdf);
    opens->addWidget(m_openFolder);
    opens->addStretch();
    layout->addLayout(opens);
    m_openPdf->hide();
    m_openFolder->hide();
    m_open = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    connect(m_openPdf, &QPushButton::clicked, this, [this] { m_open(QUrl::fromLocalFile(m_savedPath)); });
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { m_open(QUrl::fromLocalFile(QFileInfo(m_savedPath).absolutePath())); });
    layout->addStretch();

    connect(reset, &QPushButton::clicked, this, &ReportView::resetRange);
    const auto followPeriod = [this] {
        // The baseline follows the start of the range: its first two weeks, set by default
        // only when the period has four weeks or more.
        const ReportFigures::Period usual = ReportFigures::defaultBaseline(m_from->date());
        m_baselineFrom->setDate(usual.first);
        m_baselineTo->setDate(usual.last);
        if (!m_baselineChosen)
            m_useBaseline->setChecked(m_from->date().daysTo(m_to->date()) + 1
                                      >= ReportFigures::MinimumNightsForBaseline);
    };
    connect(m_from, &QDateEdit::dateChanged, this, followPeriod);
    connect(m_to, &QDateEdit::dateChanged, this, followPeriod);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
                this, tr("Save the report"),
                QStringLiteral("cramp-report-%1.pdf").arg(m_to->date().toString(Qt::ISODate)),
                tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    connect(print, &QPushButton::clicked, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            printTo(&printer);
    });
    connect(preview, &QPushButton::clicked, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Report preview"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportView::printTo);
        dialog.resize(900, 1000);
        dialog.exec();
    });
    resetRange();
}

void ReportView::resetRange()
{
    const ReportFigures::Period period = ReportFigures::defaultPeriod(m_analysis.span());
    m_baselineChosen = false;
    m_to->setDate(period.last);
    m_from->setDate(period.first);
}

ReportOptions ReportView::options() const
{
    ReportOptions o;
    o.first = std::min(m_from->date(), m_to->date());
    o.last = std::max(m_from->date(), m_to->date());
    // Unticked by the person: no baseline at all; unticked because the period is short: the
    // default, which has none and says why.
    if (m_useBaseline->isChecked())
        o.baseline = ReportFigures::BaselineChoice::given(m_baselineFrom->date(),
                                                          std::max(m_baselineFrom->date(), m_baselineTo->date()));
    else if (m_baselineChosen)
        o.baseline = ReportFigures::BaselineChoice::none();
    o.patientName = m_name->text().trimmed();
    o.birthDate = m_hasBirthDate->isChecked() ? m_birthDate->date() : QDate();
    o.questions = m_questions->toPlainText().trimmed();
    o.sections.clear();
    for (ReportOptions::Section section : ReportOptions::allSections())
        if (m_sections.value(int(section))->isChecked())
            o.sections.append(section);
    return o;
}

QString ReportView::status() const
{
    return m_status->text();
}

void ReportView::showStatus(const QString &text, bool problem)
{
    Tone::set(m_status, problem ? Tone::Kind::Problem : Tone::Kind::Plain);
    m_status->setText(text);
}

bool ReportView::saveQuestions()
{
    m_questionsPause->stop();
    if (m_diary.isReadOnly() || m_questions->toPlainText().trimmed() == m_diary.visitQuestions())
        return true;
    try {
        m_diary.setVisitQuestions(m_questions->toPlainText());
        return true;
    } catch (const StoreError &error) {
        showStatus(tr("Your questions were not kept in the diary: %1 They are still in the box above.")
                           .arg(error.message()),
                   true);
        return false;
    }
}

bool ReportView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_questions && event->type() == QEvent::FocusOut)
        saveQuestions();
    return QWidget::eventFilter(watched, event);
}

bool ReportView::savePdf(const QString &path)
{
    saveQuestions();
    const ReportOptions chosen = options();
    const auto [from, to] = chosen.nightsToRead(m_diary.experiment());
    ReportDocument document(m_analysis.analysis(from, to), chosen, m_guidance);
    QString error;
    const bool saved = document.writePdf(path, &error);
    m_savedPath = saved ? path : QString();
    m_openPdf->setVisible(saved);
    m_openFolder->setVisible(saved);
    if (!saved) {
        showStatus(tr("The report was not saved. %1").arg(error), true);
        return false;
    }
    showStatus(tr("Saved the report to %1.").arg(path), false);
    return true;
}

void ReportView::printTo(QPrinter *printer)
{
    saveQuestions();
    const ReportOptions chosen = options();
    const auto [from, to] = chosen.nightsToRead(m_diary.experiment());
    ReportDocument document(m_analysis.analysis(from, to), chosen, m_guidance);
    document.print(printer);
}
