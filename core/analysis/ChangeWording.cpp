#include "core/analysis/ChangeWording.h"

#include "core/analysis/Significance.h"
#include "core/domain/DateText.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChangeWording)
};
} // namespace

QString ChangeWording::beforeAfter(const BeforeAfter &change)
{
    const QLocale locale;
    return Text::tr("%1 cramps a week before (%2), ")
                   .arg(locale.toString(change.perWeekBefore(), 'f', 1),
                        Text::tr("%n tracked night(s)", nullptr, change.nightsBefore))
            + Text::tr("%1 a week after (%2); exact test of the change: p = %3.")
                      .arg(locale.toString(change.perWeekAfter(), 'f', 1),
                           Text::tr("%n tracked night(s)", nullptr, change.nightsAfter),
                           Significance::value(change.pValue));
}

QString ChangeWording::medicineFinding(const QString &medication, bool started, const BeforeAfter &change)
{
    return (started ? Text::tr("%1 started on %2: ") : Text::tr("%1 stopped on %2: "))
                   .arg(medication, DateText::date(change.date))
            + beforeAfter(change) + QLatin1Char(' ')
            + (Significance::isClear(change.pValue) ? Text::tr("The rate changed more than chance alone would explain.")
                                                    : Text::tr("No clear change so far."));
}

QString ChangeWording::medicine(const QString &medication, bool started, const BeforeAfter &change)
{
    const QString finding = medicineFinding(medication, started, change);
    return Significance::isClear(change.pValue) ? finding + QLatin1Char(' ')
                    + Text::tr("Talk it over with your prescriber; do not stop a medicine on your own.")
                                                : finding;
}
