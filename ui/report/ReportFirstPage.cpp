#include "ui/report/ReportFirstPage.h"

#include "core/domain/DateText.h"
#include "core/domain/DiarySnapshot.h"
#include "core/domain/DisplayNames.h"
#include "core/domain/DurationText.h"
#include "core/guidance/RedFlagRules.h"
#include "ui/report/ReportHtml.h"

#include <QCoreApplication>
#include <QMap>

using namespace ReportHtml;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

QString rate(const std::optional<double> &perWeek)
{
    return perWeek ? number(*perWeek) : Text::tr("not recorded");
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
        parts.append(Text::tr("%1 %2%").arg(name).arg(qRound(100.0 * it.value() / std::max(total, 1))));
    }
    return parts.isEmpty() ? Text::tr("none") : parts.join(QStringLiteral(", "));
}

// "The last 12 weeks: 1 Sep 2026 to 23 Nov 2026 (84 nights)."
QString periodText(const ReportFigures &f)
{
    const QString span = Text::tr("%1 to %2 (%n night(s))", nullptr, int(f.first.daysTo(f.last) + 1))
                                 .arg(DateText::date(f.first), DateText::date(f.last));
    switch (f.periodKind) {
    case ReportFigures::PeriodKind::LastTwelveWeeks: return Text::tr("Period: the last 12 weeks, %1.").arg(span);
    case ReportFigures::PeriodKind::WholeDiary:
        return Text::tr("Period: the whole diary, %1, as it is shorter than 12 weeks.").arg(span);
    case ReportFigures::PeriodKind::Chosen: break;
    }
    return Text::tr("Period: %1.").arg(span);
}

QString patientText(const ReportOptions &options)
{
    const QString name = options.patientName.trimmed();
    if (name.isEmpty())
        return options.birthDate.isValid()
                ? Text::tr("Patient: not named, born %1").arg(DateText::date(options.birthDate))
                : Text::tr("Patient: not named");
    return options.birthDate.isValid() ? Text::tr("Patient: %1, born %2").arg(name, DateText::date(options.birthDate))
                                       : Text::tr("Patient: %1").arg(name);
}

// The last four weeks against the four before, in words a reader takes in at a glance.
QString trendText(const ReportFigures &f)
{
    if (!f.lastFourWeeks || !f.fourWeeksBefore)
        return Text::tr("needs a period of 8 weeks or more");
    const std::optional<double> recent = f.lastFourWeeks->crampsPerWeek(), before = f.fourWeeksBefore->crampsPerWeek();
    if (!recent || !before)
        return Text::tr("not measured: no tracked nights in one of the two four-week spans");
    const QString figures = Text::tr("%1 cramps a week in the last 4 weeks, %2 in the 4 weeks before")
                                    .arg(number(*recent), number(*before));
    if (number(*recent) == number(*before))
        return Text::tr("%1: about the same.").arg(figures);
    return *recent > *before ? Text::tr("%1: more cramps.").arg(figures) : Text::tr("%1: fewer cramps.").arg(figures);
}

QString changeText(const ReportFigures &f)
{
    if (!f.hasBaseline)
        return f.baselineKind == ReportFigures::BaselineChoice::Kind::None
                ? Text::tr("Not measured: no baseline was chosen for this report.")
                : Text::tr("No baseline was set: the period is shorter than four weeks.");
    if (!f.changePercent)
        return Text::tr("Not available: no cramps or no tracked nights in the baseline %1 to %2.")
                .arg(DateText::date(f.baselineFirst), DateText::date(f.baselineLast));
    const QString signedPercent
            = (*f.changePercent > 0 ? QStringLiteral("+") : QString()) + number(*f.changePercent, 0);
    QString change = Text::tr("%1% (%2 per week from %3 to %4; %5 per week since). ")
                             .arg(signedPercent, rate(f.baseline.crampsPerWeek()), DateText::date(f.baselineFirst),
                                  DateText::date(f.baselineLast), rate(f.afterBaseline.crampsPerWeek()));
    if (f.reducedByAQuarter().value_or(false))
        change += Text::tr("A reduction of at least 25%.");
    else if (*f.changePercent < 0)
        change += Text::tr("A reduction of less than 25%.");
    else if (*f.changePercent > 0)
        change += Text::tr("An increase.");
    else
        change += Text::tr("No change.");
    return change;
}

QString summary(const ReportFigures &f)
{
    const PeriodFigures &r = f.range;
    QString h = QStringLiteral("<table cellspacing='0'>");
    h += row(Text::tr("Nights tracked"),
             esc(Text::tr("%1 (%2 with an evening check-in)").arg(r.nightsTracked).arg(r.nightsCheckedIn)));
    h += row(Text::tr("Cramps"),
             esc(Text::tr("%n cramp(s)", nullptr, r.cramps) + Text::tr(" on %n night(s)", nullptr, r.crampNights)
                 + Text::tr("; %n cramp-free night(s)", nullptr, r.crampFreeNights())));
    h += row(Text::tr("Cramps per week"), esc(rate(r.crampsPerWeek())));
    h += row(Text::tr("Cramp nights per week"), esc(rate(r.crampNightsPerWeek())));
    h += row(Text::tr("Trend"), esc(trendText(f)));
    h += row(Text::tr("Change from baseline"), esc(changeText(f)));
    h += row(Text::tr("Severity (0-10)"),
             esc(r.severityMedian ? Text::tr("median %1, range %2 to %3")
                                            .arg(number(*r.severityMedian))
                                            .arg(*r.severityMin)
                                            .arg(*r.severityMax)
                                  : Text::tr("not recorded")));
    h += row(Text::tr("Duration"),
             esc(r.durationMedianSeconds ? Text::tr("median %1").arg(DurationText::of(*r.durationMedianSeconds))
                                         : Text::tr("not recorded")));
    h += row(Text::tr("Sleep disturbance (0-10)"),
             esc(r.sleepDisturbanceMedian ? Text::tr("median %1").arg(number(*r.sleepDisturbanceMedian))
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
    return h + QStringLiteral("</table>");
}

// Which bars rest on fewer than seven recorded nights, so none is read as a whole week.
QString partialWeeks(const ReportFigures &f)
{
    QStringList weeks;
    for (const PeriodFigures &week : f.weeks)
        if (week.isPartial())
            weeks.append(Text::tr("%1: %n night(s)", nullptr, week.nightsTracked).arg(DateText::shortDay(week.first)));
    if (weeks.isEmpty())
        return {};
    return QStringLiteral("<p><small>%1</small></p>")
            .arg(esc(Text::tr("Weeks with fewer than 7 recorded nights (the week beginning): %1. From %2 nights a bar "
                              "is scaled to a week; with fewer it shows the count itself.")
                             .arg(weeks.join(QStringLiteral("; ")))
                             .arg(PeriodFigures::NightsToScaleAWeek)));
}

// The medicines taken during the period, with dose and dates; a kind of medicine studies
// link to cramps is marked.
QString medicines(const ReportFigures &f, const DiarySnapshot &diary)
{
    QString rows;
    bool anyMarked = false;
    for (const Medication &m : diary.medications) {
        QStringList taken;
        for (const MedicationPeriod &p : m.periods) {
            if (p.started > f.last || (p.stopped && *p.stopped < f.first))
                continue;
            taken.append(p.stopped ? Text::tr("%1 to %2").arg(DateText::date(p.started), DateText::date(*p.stopped))
                                   : Text::tr("since %1").arg(DateText::date(p.started)));
        }
        if (taken.isEmpty())
            continue;
        const bool linked = m.drugClass != DrugClass::Other;
        anyMarked = anyMarked || linked;
        rows += QStringLiteral("<tr><td style='padding:2px 12px 2px 0'><b>%1</b>%2</td><td style='padding:2px 12px 2px "
                               "0'>%3</td><td style='padding:2px 12px 2px 0'>%4</td><td>%5</td></tr>")
                        .arg(esc(m.name), linked ? QStringLiteral(" *") : QString(),
                             esc(m.dose.isEmpty() ? Text::tr("dose not recorded") : m.dose),
                             esc(DisplayNames::of(m.drugClass)), esc(taken.join(QStringLiteral("; "))));
    }
    QString h = heading(Text::tr("Medicines in this period"));
    if (rows.isEmpty())
        return h + paragraph(Text::tr("None recorded."));
    h += QStringLiteral("<table cellspacing='0'>") + rows + QStringLiteral("</table>");
    if (anyMarked)
        h += QStringLiteral("<p><small>%1</small></p>")
                     .arg(esc(Text::tr("* A kind of medicine that studies have linked to night cramps.")));
    return h;
}

// Each warning sign as a finding: what was recorded, on how many cramps, and when.
QString warningSigns(const ReportFigures &f)
{
    QMap<int, std::pair<QString, QStringList>> findings; // ordered: the signs, then long cramps
    constexpr int LongCramp = 1000;
    for (const ReportFigures::FlaggedEpisode &flagged : f.flagged) {
        const QString when = DateText::date(flagged.episode.start.date());
        for (WarningSign sign : flagged.episode.warningSigns) {
            auto &[label, dates] = findings[int(sign)];
            label = DisplayNames::of(sign);
            dates.append(when);
        }
        if (flagged.episode.durationSeconds && *flagged.episode.durationSeconds > RedFlagRules::LongCrampSeconds) {
            auto &[label, dates] = findings[LongCramp];
            label = Text::tr("Lasted over %n minute(s)", nullptr, RedFlagRules::LongCrampSeconds / 60);
            dates.append(when);
        }
    }
    QString h = heading(Text::tr("Warning signs recorded"));
    if (findings.isEmpty())
        return h + paragraph(Text::tr("None in this period."));
    h += QStringLiteral("<table cellpadding='3' cellspacing='0' style='background:#fbe3df; border:1px solid #c0392b'>");
    for (const auto &[label, dates] : std::as_const(findings))
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                     .arg(esc(label),
                          esc(Text::tr("%n cramp(s): %1", nullptr, int(dates.size()))
                                      .arg(dates.join(QStringLiteral(", ")))));
    return h + QStringLiteral("</table>");
}
} // namespace

QString ReportFirstPage::html(const ReportFigures &f, const ReportOptions &options, const DiarySnapshot &diary,
                              double chartWidth)
{
    QString h = QStringLiteral("<h1 style='margin-bottom:0'>%1</h1>")
                        .arg(esc(Text::tr("Night leg cramps: diary report")));
    h += QStringLiteral("<p style='margin-top:4px'>%1<br/>%2</p>")
                 .arg(esc(patientText(options)),
                      esc(periodText(f) + QLatin1Char(' ')
                          + Text::tr("Figures are per tracked night; a night with no entry counts as a night without "
                                     "a cramp.")));
    h += summary(f);
    h += QStringLiteral("<p><img src='chart:weekly' width='%1'/></p>").arg(int(chartWidth));
    h += partialWeeks(f);
    h += warningSigns(f);
    h += medicines(f, diary);
    if (!options.questions.trimmed().isEmpty()) {
        h += heading(Text::tr("The patient's questions for this visit"));
        QStringList lines;
        for (const QString &line : options.questions.trimmed().split(QLatin1Char('\n')))
            lines.append(esc(line));
        h += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br/>")));
    }
    return h;
}
