#include "ui/report/ReportDocument.h"

#include "core/domain/DateText.h"
#include "core/domain/DisplayNames.h"
#include "core/domain/DurationText.h"
#include "core/settings/PrivateFiles.h"
#include "ui/charts/WeeklyCrampsChart.h"
#include "ui/report/AppendixTable.h"
#include "ui/report/ExperimentSection.h"
#include "ui/report/ReportDetails.h"
#include "ui/report/ReportFirstPage.h"

#include <cmath>

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

constexpr double FooterHeightRatio = 0.035;
} // namespace

ReportDocument::ReportDocument(const DiaryAnalysis &analysis, const ReportOptions &options,
                               const GuidanceLibrary &guidance)
    : m_analysis(analysis)
    , m_options(options)
    , m_guidance(guidance)
    , m_figures(ReportFigures::compute(analysis, options.first, options.last, options.baseline))
{
}

QImage ReportDocument::weeklyChart(QSize size) const
{
    // Laid out at `size` in screen pixels (so text has its usual size on paper) and drawn
    // at twice that resolution, so the print stays sharp.
    WeeklyCrampsChart view;
    view.setPrintStyle(true);
    view.setData(m_figures.weeks, m_analysis.snapshot().medications);
    QChart *chart = view.chart();
    chart->resize(size);
    view.scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    QImage image(size * 2, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view.scene()->render(&painter, QRectF(QPointF(0, 0), size * 2), QRectF(QPointF(0, 0), size));
    return image;
}

namespace {
// Every warning sign of a cramp and every other reason it was flagged (a long cramp too).
QStringList flagReasons(const Episode &e, const QList<RedFlagAlert> &alerts)
{
    QStringList reasons;
    for (WarningSign sign : e.warningSigns)
        reasons.append(DisplayNames::of(sign));
    for (const RedFlagAlert &alert : alerts)
        for (const QString &reason : alert.reasons)
            if (!reasons.contains(reason, Qt::CaseInsensitive))
                reasons.append(reason);
    return reasons;
}

// Qt draws, on each page, the last line above the page's top of a paragraph that runs over
// from the page before: hidden by the clip, but in the PDF's text twice. A paragraph that a
// page end would split therefore starts the next page.
void keepParagraphsWhole(QTextDocument &document, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (bool moved = true; moved;) {
        moved = false;
        for (QTextBlock block = document.begin(); block.isValid() && !moved; block = block.next()) {
            const QTextLayout *lines = block.layout();
            const QRectF box = layout->blockBoundingRect(block);
            if (!lines || lines->lineCount() < 2 || QTextCursor(block).currentTable())
                continue; // a line Qt moves whole itself, or a table's cell
            const double top = box.top() + lines->lineAt(0).y();
            const double bottom = box.top() + lines->lineAt(lines->lineCount() - 1).rect().bottom();
            const double pageEnd = (std::floor(top / pageHeight) + 1) * pageHeight;
            if (bottom > pageEnd + 1 && bottom - top < pageHeight / 2) {
                QTextBlockFormat format = block.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).setBlockFormat(format);
                moved = true;
            }
        }
    }
}
} // namespace

QString ReportDocument::html(double pageWidth) const
{
    const DiarySnapshot &diary = m_analysis.snapshot();
    QString h = QStringLiteral("<html><body style='font-family:sans-serif; color:#111'>");
    h += ReportFirstPage::html(m_figures, m_options, diary, pageWidth);
    const QString details = ReportDetails::html(m_figures, m_options, diary, m_guidance);
    h += details;
    h += ExperimentSection::html(diary, m_analysis.clock(), m_options.first, m_options.last, details.isEmpty());
    return h + QStringLiteral("</body></html>");
}

AppendixTable ReportDocument::appendix(QPaintDevice *device, const QFont &font, double width, double pageHeight) const
{
    const QStringList header
            = { Text::tr("Started"), Text::tr("Severity"),      Text::tr("Leg, muscle"), Text::tr("Lasted"),
                Text::tr("Tried"),   Text::tr("Warning signs"), Text::tr("Notes") };
    QList<AppendixRow> rows;
    rows.reserve(m_figures.episodes.size());
    for (const Episode &e : m_figures.episodes) {
        QStringList tried;
        for (const ReliefTried &r : e.reliefs)
            tried.append(DisplayNames::of(r.relief)
                         + (r.helped ? (*r.helped ? Text::tr(" (helped)") : Text::tr(" (did not help)")) : QString()));
        const QList<RedFlagAlert> alerts = RedFlagRules::forEpisode(e);
        rows.append({ { DateText::dateTime(e.start), e.severity ? QString::number(*e.severity) : QString(),
                        QStringList { e.leg ? DisplayNames::of(*e.leg) : QString(),
                                      e.muscle ? DisplayNames::of(*e.muscle) : QString() }
                                .join(QStringLiteral(" "))
                                .trimmed(),
                        e.durationSeconds ? DurationText::of(qint64(*e.durationSeconds)) : QString(),
                        tried.join(QStringLiteral(", ")), flagReasons(e, alerts).join(QStringLiteral(", ")), e.notes },
                      !alerts.isEmpty() });
    }
    return AppendixTable(Text::tr("Appendix: every cramp"), header, rows, device, font, width, pageHeight);
}

int ReportDocument::print(QPagedPaintDevice *device)
{
    QPainter painter(device);
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const double footerHeight = page.height() * FooterHeightRatio;
    const double bodyHeight = page.height() - footerHeight * 1.5;

    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9.5);
    document.setDefaultFont(base);
    document.setPageSize(QSizeF(page.width(), bodyHeight));
    document.setDocumentMargin(0);
    const QSize chartSize(820, 290);
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:weekly")), weeklyChart(chartSize));
    // HTML sizes are in pixels of 1/96 inch, whatever the resolution of the device.
    document.setHtml(html(page.width() * 96.0 / device->logicalDpiX()));
    keepParagraphsWhole(document, bodyHeight);
    const int bodyPages = document.pageCount();
    // The appendix is painted row by row rather than laid out as one long HTML table, whose
    // layout grew faster than its rows (28 s for 6,800) and which Qt cuts at any page end.
    QFont appendixFont = base;
    appendixFont.setPointSizeF(8.5);
    const std::optional<AppendixTable> table = m_options.has(ReportOptions::Section::Episodes)
            ? std::optional<AppendixTable>(appendix(device, appendixFont, page.width(), bodyHeight))
            : std::nullopt;
    m_rowsCrossingPages = table ? table->rowsCrossingPages() : 0;
    const int pages = bodyPages + (table ? table->pages() : 0);
    const QString made = DateText::date(QDate::currentDate());
    QFont footerFont = base;
    footerFont.setPointSizeF(7.5);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        if (i < bodyPages) {
            painter.translate(0, -i * bodyHeight);
            document.drawContents(&painter, QRectF(0, i * bodyHeight, page.width(), bodyHeight));
        } else {
            table->paintPage(painter, i - bodyPages);
        }
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, page.height() - footerHeight, page.width(), footerHeight);
        painter.drawLine(footer.topLeft(), footer.topRight());
        // The page number keeps its place; the note takes the rest of the line, wrapping in a
        // language where it is long, never running into the number.
        const QString number = Text::tr("Page %1 of %2").arg(i + 1).arg(pages);
        const qreal numberWidth = QFontMetricsF(footerFont, device).horizontalAdvance(number) + 4;
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, number);
        painter.drawText(footer.adjusted(0, 0, -numberWidth - page.width() * 0.03, 0),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         Text::tr("Patient-recorded diary data. Made %1 with Cramp Diary %2.")
                                 .arg(made, QCoreApplication::applicationVersion()));
    }
    return pages;
}

bool ReportDocument::writePdf(const QString &path, QString *error)
{
    // Written whole into a new owner-only file that replaces `path` when complete.
    const auto pdf = [&](QIODevice &file) {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(Text::tr("Night leg cramps: diary report"));
        writer.setCreator(QStringLiteral("Cramp Diary %1").arg(QCoreApplication::applicationVersion()));
        print(&writer);
        return true;
    };
    QString reason;
    if (PrivateFiles::saveWith(path, pdf, &reason))
        return true;
    if (error)
        *error = Text::tr("Cannot write %1: %2").arg(path, reason);
    return false;
}
