#include "app/reminders/ReminderCheck.h"

#include "core/experiment/ExperimentWording.h"
#include "core/settings/AppSettings.h"
#include "core/store/DiaryRepository.h"

#include <QCoreApplication>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReminderCheck)
};
} // namespace

namespace ReminderCheck {

EveningReminder::Facts facts(const DiaryRepository &diary, AppSettings &settings, QDate night)
{
    EveningReminder::Facts facts;
    facts.enabled = settings.reminderEnabled();
    facts.at = settings.reminderTime();
    facts.remindedNight = settings.remindedNight();
    facts.nightHasCheckin = diary.nightLog(night).has_value();
    for (const UntrackedPeriod &period : diary.untrackedPeriods())
        facts.nightIsUntracked = facts.nightIsUntracked || (night >= period.firstNight && night <= period.lastNight);
    return facts;
}

QString summary()
{
    return Text::tr("Evening check-in");
}

QString body(const DiaryRepository &diary, QDate night)
{
    QString text = Text::tr("Tonight has no check-in yet. A minute on water, stretching and medicines helps you see "
                            "what goes with your cramps.");
    // During a self-experiment the reminder also says what tonight's plan is.
    if (const auto experiment = diary.experiment()) {
        if (const QString plan = ExperimentWording::tonight(*experiment, night); !plan.isEmpty())
            text += QLatin1Char('\n') + Text::tr("Self-experiment \u2014 %1.").arg(plan);
    }
    return text;
}

QString actionLabel()
{
    return Text::tr("Check in");
}

QString explain(EveningReminder::Decision decision)
{
    using EveningReminder::Decision;
    switch (decision) {
    case Decision::Off: return Text::tr("The evening reminder is off (Settings).");
    case Decision::NotYet: return Text::tr("Not yet: the reminder time has not come tonight.");
    case Decision::Due: return Text::tr("A reminder is due.");
    case Decision::AlreadyReminded: return Text::tr("Tonight's reminder has already been shown.");
    case Decision::CheckedIn: return Text::tr("Tonight already has a check-in.");
    case Decision::NotTracked: return Text::tr("Tonight is marked as not tracked.");
    case Decision::Missed: return Text::tr("The reminder time passed hours ago; no reminder this late.");
    }
    return {};
}

} // namespace ReminderCheck
