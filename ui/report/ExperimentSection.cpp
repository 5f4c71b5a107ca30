#include "ui/report/ExperimentSection.h"

#include "core/domain/DateText.h"
#include "core/domain/PercentText.h"
#include "core/experiment/ExperimentNights.h"
#include "core/experiment/ExperimentWording.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExperimentSection)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &what, const ArmFigures &arm)
{
    const QLocale locale;
    return QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                          "<td align='right'>%5</td></tr>")
            .arg(esc(what))
            .arg(arm.nights)
            .arg(arm.crampNights)
            .arg(PercentText::ofShare(arm.crampNightRate()))
            .arg(locale.toString(arm.crampsPerNight(), 'f', 2));
}
} // namespace

namespace ExperimentSection {

QString html(const DiarySnapshot &diary, const NightClock &clock, QDate first, QDate last, bool newPage)
{
    if (!diary.experiment || diary.experiment->firstNight() > last || diary.experiment->lastCountedNight() < first)
        return {};
    const Experiment &e = *diary.experiment;
    const ExperimentAnalysis analysis = ExperimentNights::analyse(e, diary, clock, last);
    QString h = QStringLiteral("<h2%1>%2</h2>")
                        .arg(newPage ? QStringLiteral(" style='page-break-before:always'") : QString(),
                             esc(Text::tr("Self-experiment")));
    const QString scheme = e.design.scheme == ExperimentScheme::PairedBlocks
            ? Text::tr("blocks of %1 nights in pairs of random order, %2 washout nights each")
                      .arg(e.design.blockNights)
                      .arg(e.design.washoutNights)
            : Text::tr("nights assigned at random, half with the change in every %1").arg(e.design.blockNights);
    h += QStringLiteral("<p>%1</p>")
                 .arg(esc(Text::tr("The person tested %1 from %2 to %3 with a plan fixed in advance (%4; random seed "
                                   "%5). Outcome: whether a night had a cramp.")
                                  .arg(e.change.name(), DateText::date(e.firstNight()), DateText::date(e.lastNight()),
                                       scheme)
                                  .arg(e.design.seed)));
    const QStringList words = ExperimentWording::result(e, analysis); // the lead first
    h += QStringLiteral("<p><b>%1</b></p>").arg(esc(words.first()));
    // While the plan runs, the two arms are not compared anywhere: progress only.
    if (analysis.hasResult()) {
        h += QStringLiteral("<table cellpadding='3' cellspacing='0' border='1' style='border-collapse:collapse'>"
                            "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                     .arg(esc(Text::tr("As assigned")), esc(Text::tr("Nights")), esc(Text::tr("Cramp nights")),
                          esc(Text::tr("Share")), esc(Text::tr("Cramps per night")));
        h += row(Text::tr("With the change"), analysis.asAssigned.change);
        h += row(Text::tr("Without"), analysis.asAssigned.usual);
        h += QStringLiteral("</table>");
    }
    for (const QString &paragraph : words.mid(1))
        h += QStringLiteral("<p>%1</p>").arg(esc(paragraph));
    return h;
}

} // namespace ExperimentSection
