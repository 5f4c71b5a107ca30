#include "ui/report/ReportDetails.h"

#include "core/analysis/ChangeWording.h"
#include "core/analysis/LinkWording.h"
#include "core/domain/DiarySnapshot.h"
#include "core/domain/DisplayNames.h"
#include "core/guidance/GuidanceLibrary.h"
#include "ui/report/ReportHtml.h"

#include <QCoreApplication>

using namespace ReportHtml;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

QString tableHeader(const QStringList &columns)
{
    QString h
            = QStringLiteral("<table cellpadding='3' cellspacing='0' border='1' style='border-collapse:collapse'><tr>");
    for (const QString &column : columns)
        h += QStringLiteral("<th>%1</th>").arg(esc(column));
    return h + QStringLiteral("</tr>");
}

QString medicineChanges(const ReportFigures &f)
{
    if (f.medicineChanges.isEmpty())
        return {};
    QString h;
    for (const ReportFigures::MedicineChange &c : f.medicineChanges)
        h += paragraph(ChangeWording::medicineFinding(c.medication.name, c.started, c.change));
    return h;
}

int comparisonsIn(const ReportFigures &f)
{
    return int(std::count_if(f.factorLinks.cbegin(), f.factorLinks.cend(),
                             [](const FactorLink &link) { return link.hasEnoughNights(); }));
}

// The factors that go clearly with more or fewer cramp nights, in one short table.
QString clearFactors(const ReportFigures &f)
{
    QString h;
    const int comparisons = comparisonsIn(f);
    QList<FactorLink> clear;
    for (const FactorLink &link : f.factorLinks)
        if (link.hasEnoughNights() && LinkWording::strength(link) == LinkWording::Strength::Clear)
            clear.append(link);
    if (comparisons == 0)
        return h + paragraph(Text::tr("Not compared yet: no factor has 10 nights with and 10 without it."));
    if (clear.isEmpty())
        return h
                + paragraph(Text::tr("%n factor answer(s) compared; none goes clearly with more or fewer cramp nights, "
                                     "after allowing for the number of comparisons.",
                                     nullptr, comparisons));
    h += tableHeader({ Text::tr("Evening factor"), Text::tr("Cramp nights with it"), Text::tr("Without it"),
                       Text::tr("As common") });
    for (const FactorLink &link : std::as_const(clear))
        h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td "
                            "align='right'>%4</td></tr>")
                     .arg(esc(LinkWording::groupName(link)),
                          esc(Text::tr("%1 of %2").arg(link.groupCrampNights).arg(link.groupNights)),
                          esc(Text::tr("%1 of %2").arg(link.otherCrampNights).arg(link.otherNights)),
                          esc(Text::tr("%1 times").arg(number(link.ratio))));
    h += QStringLiteral("</table>");
    return h
            + QStringLiteral("<p><small>%1</small></p>")
                      .arg(esc(Text::tr("Nights with an evening check-in only; a link means two things happened on "
                                        "the same nights, not that one causes the other. %n factor answer(s) compared.",
                                        nullptr, comparisons)));
}

QString reliefs(const ReportFigures &f)
{
    QString h;
    if (f.reliefs.isEmpty())
        return h + paragraph(Text::tr("Nothing recorded."));
    h += tableHeader({ Text::tr("Relief"), Text::tr("Tried"), Text::tr("Helped"), Text::tr("Did not help") });
    for (const ReportFigures::ReliefCount &r : f.reliefs)
        h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td "
                            "align='right'>%4</td></tr>")
                     .arg(esc(DisplayNames::of(r.relief)))
                     .arg(r.tried)
                     .arg(r.helped)
                     .arg(r.didNotHelp);
    return h + QStringLiteral("</table>");
}

// Every factor with its statistics, for a reader who wants them.
QString fullNumbers(const ReportFigures &f, const GuidanceLibrary &guidance)
{
    QString h
            = paragraph(Text::tr("Only nights with a check-in count. A link shows that two things happened on the same "
                                 "nights, not that one causes the other."));
    const int comparisons = comparisonsIn(f);
    for (const FactorLink &link : f.factorLinks) {
        const QString name = LinkWording::groupName(link);
        const GuidanceTopic *topic = guidance.topic(guidance.topicForFactor(link.factor.builtinKey));
        const QString source = topic ? esc(Text::tr(" Guidance: \u201c%1\u201d.").arg(topic->title)) : QString();
        h += link.hasEnoughNights()
                ? QStringLiteral("<p><b>%1.</b> %2%3</p>")
                          .arg(esc(name),
                               esc(LinkWording::strengthText(link, comparisons) + QStringLiteral(". ")
                                   + LinkWording::finding(link) + QLatin1Char(' ')
                                   + LinkWording::numbers(link, comparisons)),
                               source)
                : QStringLiteral("<p><b>%1</b> \u2014 %2.</p>").arg(esc(name), esc(LinkWording::needs(link)));
    }
    return h;
}
} // namespace

QString ReportDetails::html(const ReportFigures &f, const ReportOptions &options, const DiarySnapshot &,
                            const GuidanceLibrary &guidance)
{
    // Page two begins with whichever section comes first; the full numbers take a page of their own.
    QString h;
    const auto add = [&h](const QString &title, const QString &body, bool newPage = false) {
        if (!body.isEmpty())
            h += heading(title, newPage || h.isEmpty()) + body;
    };
    add(Text::tr("Cramps before and after a medicine change"), medicineChanges(f));
    if (options.has(ReportOptions::Section::Factors))
        add(Text::tr("Evening factors and cramp nights"), clearFactors(f));
    if (options.has(ReportOptions::Section::Reliefs))
        add(Text::tr("What was tried during cramps"), reliefs(f));
    if (options.has(ReportOptions::Section::Numbers))
        add(Text::tr("The full numbers: every evening factor"), fullNumbers(f, guidance), true);
    return h;
}
