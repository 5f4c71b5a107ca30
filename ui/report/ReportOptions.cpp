#include "ui/report/ReportOptions.h"

#include <algorithm>

#include <QCoreApplication>

QList<ReportOptions::Section> ReportOptions::allSections()
{
    return { Section::Reliefs, Section::Factors, Section::Numbers, Section::Episodes };
}

QList<ReportOptions::Section> ReportOptions::defaultSections()
{
    return { Section::Reliefs, Section::Factors };
}

QString ReportOptions::key(Section section)
{
    switch (section) {
    case Section::Reliefs: return QStringLiteral("reliefs");
    case Section::Factors: return QStringLiteral("factors");
    case Section::Numbers: return QStringLiteral("numbers");
    case Section::Episodes: return QStringLiteral("episodes");
    }
    return {};
}

QString ReportOptions::label(Section section)
{
    switch (section) {
    case Section::Reliefs:
        return QCoreApplication::translate("ReportOptions", "What was tried during cramps, and how often it &helped");
    case Section::Factors:
        return QCoreApplication::translate("ReportOptions", "Evening &factors that go clearly with cramp nights");
    case Section::Numbers:
        return QCoreApplication::translate("ReportOptions",
                                           "The full n&umbers: every evening factor with its statistics");
    case Section::Episodes:
        return QCoreApplication::translate("ReportOptions", "Appendix: every &cramp with its notes");
    }
    return {};
}

std::pair<QDate, QDate> ReportOptions::nightsToRead(const std::optional<Experiment> &experiment) const
{
    QDate from = first;
    QDate to = last;
    if (const auto baselineNights = ReportFigures::baselineOf(first, last, baseline)) {
        from = std::min(from, baselineNights->first);
        to = std::max(to, baselineNights->last);
    }
    if (experiment && experiment->firstNight() <= last && experiment->lastNight() >= first) {
        from = std::min(from, experiment->firstNight());
        to = std::max(to, experiment->lastNight());
    }
    return { from, to };
}
