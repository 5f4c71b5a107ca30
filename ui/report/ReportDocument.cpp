#include "ui/report/ReportDocument.h"

#include "core/analysis/ChangeWording.h"
#include "core/analysis/LinkWording.h"
#include "core/domain/DateText.h"
#include "core/domain/DisplayNames.h"
#include "core/domain/DurationText.h"
#include "core/guidance/GuidanceLibrary.h"
#include "core/settings/PrivateFiles.h"
#include "ui/charts/WeeklyCrampsChart.h"
#include "ui/report/AppendixTable.h"
#include "ui/report/ExperimentSection.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString num(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

QString optNum(const std::optional<double> &value, int decimals = 1)
{
    return value ? num(*value, decimals) : Text::tr("not recorded");
}

QString date(QDate d)
{
    return DateText::date(d);
}

template<typename E>
QString shares(const QMap<QString, int> &counts)
{
    int total = 0;
    for (int c : counts)
        total += c;
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto value = fromKey<E>(it.key());
        const QString name = value ? DisplayNames::of(*value) : Text::tr("not recorded");
        parts.append(QStringLiteral("%1 %2 (%3%)")
                             .arg(name)
                             .arg(it.value())
                             .arg(qRound(100.0 * it.value() / std::max(total, 1))));
    }
    return parts.isEmpty() ? Text::tr("none") : parts.join(QStringLiteral(", "));
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding:3px 12px 3px 0; color:#444'>%1</td><td style='padding:3px "
                          "0'><b>%2</b></td></tr>")
            .arg(esc(label), value);
}

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

// "The last 12 weeks: 1 Sep 2026 to 23 Nov 2026 (84 nights)."
QString periodText(const ReportFigures &f)
{
    const QString span = Text::tr("%1 to %2 (%n night(s))", nullptr, int(f.first.daysTo(f.last) + 1))
                                 .arg(date(f.first), date(f.last));
    switch (f.periodKind) {
    case ReportFigures::PeriodKind::LastTwelveWeeks: return Text::tr("Period: the last 12 weeks, %1.").arg(span);
    case ReportFigures::PeriodKind::WholeDiary:
        return Text::tr("Period: the whole diary, %1, as it is shorter than 12 weeks.").arg(span);
    case ReportFigures::PeriodKind::Chosen: break;
    }
    return Text::tr("Period: %1.").arg(span);
}
} // namespace

QString ReportDocument::html(double pageWidth) const
{
    const ReportFigures &f = m_figures;
    QString h = QStringLiteral("<html><body style='font-family:sans-serif; color:#111'>");
    h += QStringLiteral("<h1 style='margin-bottom:0'>%1</h1>").arg(esc(Text::tr("Night leg cramps: diary report")));
    QStringList who;
    if (!m_options.patientName.trimmed().isEmpty())
        who.append(Text::tr("Patient: %1").arg(m_options.patientName.trimmed()));
    if (m_options.birthDate.isValid())
        who.append(Text::tr("born %1").arg(date(m_options.birthDate)));
    h += QStringLiteral("<p style='margin-top:4px'>%1<br/>%2</p>")
                 .arg(esc(who.isEmpty() ? Text::tr("Patient: not named") : who.join(QStringLiteral(", "))),
                      esc(periodText(f) + QLatin1Char(' ')
                          + Text::tr("Figures are per tracked night; a night with no entry counts as a night without "
                                     "a cramp.")));

    // Page one: the figures clinical studies use.
    h += QStringLiteral("<h2>%1</h2><table cellspacing='0'>").arg(esc(Text::tr("Summary")));
    h += row(Text::tr("Nights tracked"),
             esc(Text::tr("%1 (%2 with an evening check-in)").arg(f.range.nightsTracked).arg(f.range.nightsCheckedIn)));
    h += row(Text::tr("Cramps"),
             esc(Text::tr("%n cramp(s)", nullptr, f.range.cramps)
                 + Text::tr(" on %n night(s)", nullptr, f.range.crampNights)
                 + Text::tr("; %n cramp-free night(s)", nullptr, f.range.crampFreeNights())));
    h += row(Text::tr("Cramps per week"), esc(optNum(f.range.crampsPerWeek())));
    h += row(Text::tr("Cramp nights per week"), esc(optNum(f.range.crampNightsPerWeek())));
    QString change;
    if (!f.hasBaseline) {
        change = f.baselineKind == ReportFigures::BaselineChoice::Kind::None
                ? Text::tr("Not measured: no baseline was chosen for this report.")
                : Text::tr("No baseline was set: the period is shorter than four weeks.");
    } else if (f.changePercent) {
        const QString signedPercent
                = (*f.changePercent > 0 ? QStringLiteral("+") : QString()) + num(*f.changePercent, 0);
        change = Text::tr("%1% (%2 per week from %3 to %4; %5 per week since). ")
                         .arg(signedPercent, optNum(f.baseline.crampsPerWeek()), date(f.baselineFirst),
                              date(f.baselineLast), optNum(f.afterBaseline.crampsPerWeek()));
        if (f.reducedByAQuarter().value_or(false))
            change += Text::tr("A reduction of at least 25%.");
        else if (*f.changePercent < 0)
            change += Text::tr("A reduction of less than 25%.");
        else if (*f.changePercent > 0)
            change += Text::tr("An increase.");
        else
            change += Text::tr("No change.");
    } else {
        change = Text::tr("Not available: no cramps or no tracked nights in the baseline %1 to %2.")
                         .arg(date(f.baselineFirst), date(f.baselineLast));
    }
    h += row(Text::tr("Change from baseline"), esc(change));
    h += row(Text::tr("Severity (0-10)"),
             esc(f.range.severityMedian ? Text::tr("median %1, range %2 to %3")
                                                  .arg(num(*f.range.severityMedian))
                                                  .arg(*f.range.severityMin)
                                                  .arg(*f.range.severityMax)
                                        : Text::tr("not recorded")));
    h += row(Text::tr("Duration"),
             esc(f.range.durationMedianSeconds
                         ? Text::tr("median %1").arg(DurationText::of(*f.range.durationMedianSeconds))
                         : Text::tr("not recorded")));
    h += row(Text::tr("Sleep disturbance (0-10)"),
             esc(f.range.sleepDisturbanceMedian ? Text::tr("median %1").arg(num(*f.range.sleepDisturbanceMedian))
                                                : Text::tr("not recorded")));
    h += row(Text::tr("Legs"), esc(shares<Leg>(f.legs)));
    h += row(Text::tr("Muscles"), esc(shares<Muscle>(f.muscles)));
    const auto &busiest = f.busiestHours;
    h += row(Text::tr("Time of night"),
             esc(busiest ? Text::tr("%1% of cramps began between %2:00 and %3:59")
                                   .arg(qRound(100.0 * busiest->cramps / busiest->ofAll))
                                   .arg(busiest->firstHour, 2, 10, QLatin1Char('0'))
                                   .arg((busiest->firstHour + 2) % 24, 2, 10, QLatin1Char('0'))
                         : Text::tr("no cramps")));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><img src='chart:weekly' width='%1'/></p>").arg(int(pageWidth));
    // Which bars rest on fewer than seven recorded nights, so none is read as a whole week.
    QStringList partialWeeks;
    for (const PeriodFigures &week : f.weeks)
        if (week.isPartial())
            partialWeeks.append(
                    Text::tr("%1: %n night(s)", nullptr, week.nightsTracked).arg(DateText::shortDay(week.first)));
    if (!partialWeeks.isEmpty())
        h += QStringLiteral("<p><small>%1</small></p>")
                     .arg(esc(Text::tr("Weeks with fewer than 7 recorded nights (the week beginning): %1. From %2 "
                                       "nights a bar is scaled to a week; with fewer it shows the count itself.")
                                      .arg(partialWeeks.join(QStringLiteral("; ")))
                                      .arg(PeriodFigures::NightsToScaleAWeek)));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Warning signs recorded")));
    if (f.flagged.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("None in this period.")));
    } else {
        h += QStringLiteral("<table width='100%' cellpadding='4' cellspacing='0' style='background:#fbe3df; border:1px "
                            "solid #c0392b'>");
        for (const ReportFigures::FlaggedEpisode &flagged : f.flagged) {
            const QStringList signs = flagReasons(flagged.episode, flagged.alerts);
            const GuidanceTopic *topic = m_guidance.topic(flagged.alerts.first().topicId);
            h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td><b>%3</b>%4</td></tr>")
                         .arg(esc(DateText::dateTime(flagged.episode.start)), esc(signs.join(QStringLiteral(", "))),
                              esc(flagged.alerts.first().headline),
                              topic ? esc(Text::tr(" (guidance: \u201c%1\u201d)").arg(topic->title)) : QString());
        }
        h += QStringLiteral("</table>");
    }

    if (m_options.medicines) {
        h += QStringLiteral("<h2 style='page-break-before:always'>%1</h2>").arg(esc(Text::tr("Medicines")));
        const QList<Medication> medications = m_analysis.snapshot().medications;
        if (medications.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("None recorded.")));
        for (const Medication &m : medications) {
            QStringList periods;
            for (const MedicationPeriod &p : m.periods)
                periods.append(p.stopped ? Text::tr("%1 to %2").arg(date(p.started), date(*p.stopped))
                                         : Text::tr("since %1").arg(date(p.started)));
            h += QStringLiteral("<p><b>%1</b> (%2%3): %4</p>")
                         .arg(esc(m.name), esc(DisplayNames::of(m.drugClass)),
                              m.dose.isEmpty() ? QString() : esc(QStringLiteral(", ") + m.dose),
                              esc(periods.join(QStringLiteral("; "))));
        }
        for (const ReportFigures::MedicineChange &c : f.medicineChanges)
            h += QStringLiteral("<p>%1</p>").arg(esc(ChangeWording::medicine(c.medication.name, c.started, c.change)));
        for (const Medication &m : medications) {
            if (const GuidanceTopic *topic = m_guidance.topic(m_guidance.topicForDrugClass(m.drugClass));
                topic && m.drugClass != DrugClass::Other) {
                h += QStringLiteral("<p>%1</p>")
                             .arg(esc(Text::tr("%1: medicines of this kind have been linked to cramps in studies "
                                               "(guidance: \u201c%2\u201d).")
                                              .arg(m.name, topic->title)));
            }
        }
    }

    if (m_options.reliefs) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("What was tried during cramps")));
        if (f.reliefs.isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("Nothing recorded.")));
        } else {
            h += QStringLiteral(
                         "<table cellpadding='3' cellspacing='0' border='1' "
                         "style='border-collapse:collapse'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                         .arg(esc(Text::tr("Relief")), esc(Text::tr("Tried")), esc(Text::tr("Helped")),
                              esc(Text::tr("Did not help")));
            for (const ReportFigures::ReliefCount &r : f.reliefs)
                h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td "
                                    "align='right'>%4</td></tr>")
                             .arg(esc(DisplayNames::of(r.relief)))
                             .arg(r.tried)
                             .arg(r.helped)
                             .arg(r.didNotHelp);
            h += QStringLiteral("</table>");
        }
    }

    if (m_options.factorLinks) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Evening factors and cramp nights")));
        h += QStringLiteral("<p>%1</p>")
                     .arg(esc(Text::tr("Only nights with a check-in count. A link shows that two things happened on "
                                       "the same nights, not that one causes the other.")));
        int tested = 0;
        for (const FactorLink &link : f.factorLinks)
            tested += link.hasEnoughNights();
        for (const FactorLink &link : f.factorLinks) {
            const QString name = LinkWording::groupName(link);
            const GuidanceTopic *topic = m_guidance.topic(m_guidance.topicForFactor(link.factor.builtinKey));
            const QString guidance = topic ? esc(Text::tr(" Guidance: \u201c%1\u201d.").arg(topic->title)) : QString();
            h += link.hasEnoughNights()
                    ? QStringLiteral("<p><b>%1.</b> %2%3</p>")
                              .arg(esc(name), esc(LinkWording::describe(link, tested, true)), guidance)
                    : QStringLiteral("<p><b>%1</b> \u2014 %2.</p>").arg(esc(name), esc(LinkWording::needs(link)));
        }
    }

    h += ExperimentSection::html(m_analysis.snapshot(), m_analysis.clock(), m_options.first, m_options.last);
    h += QStringLiteral("</body></html>");
    return h;
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
    const QSize chartSize(820, 330);
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:weekly")), weeklyChart(chartSize));
    // HTML sizes are in pixels of 1/96 inch, whatever the resolution of the device.
    document.setHtml(html(page.width() * 96.0 / device->logicalDpiX()));
    const int bodyPages = document.pageCount();
    // The appendix is painted row by row rather than laid out as one long HTML table, whose
    // layout grew faster than its rows (28 s for 6,800) and which Qt cuts at any page end.
    QFont appendixFont = base;
    appendixFont.setPointSizeF(8.5);
    const std::optional<AppendixTable> table = m_options.episodeTable
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
