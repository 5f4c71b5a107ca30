#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "app/reminders/DesktopNotification.h"
#include "app/reminders/ReminderCheck.h"
#include "core/store/DiaryRepository.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RemindCommand)
};
} // namespace

int CliCommands::remind(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("Show the evening reminder if tonight has no check-in yet: at most once a night, from the time "
                     "set in Settings for a few hours, never on a night marked as not tracked. Run by the reminder "
                     "timer the setting installs; clicking \"Check in\" opens the check-in."));
    CliContext::addCommonOptions(parser);
    parser.addOption({ QStringLiteral("wait"),
                       Text::tr("How long to wait for a click on the notification (0 to 86400; default 1800)."),
                       Text::tr("seconds") });
    if (!context.parse(parser, arguments))
        return 0;
    const int wait = CliContext::intInRange(parser, QStringLiteral("wait"), 0, 86400).value_or(1800);

    const auto diary = context.openDiary(parser, true);
    const NightClock clock = context.nightRule().clock();
    const QDateTime now = QDateTime::currentDateTime();
    const QDate night = EveningReminder::nightFor(now, clock);
    const auto decision = EveningReminder::decide(now, clock, ReminderCheck::facts(*diary, context.settings(), night));
    if (decision != EveningReminder::Decision::Due) {
        context.out << ReminderCheck::explain(decision) << Qt::endl;
        return 0;
    }
    DesktopNotification notification;
    if (!notification.show(ReminderCheck::summary(), ReminderCheck::body(*diary, night), QStringLiteral("checkin"),
                           ReminderCheck::actionLabel())) {
        context.err << Text::tr("No desktop notification service answered; no reminder was shown.") << Qt::endl;
        return 1;
    }
    context.settings().setRemindedNight(night);
    context.out << Text::tr("Reminder shown for the night of %1.").arg(night.toString(Qt::ISODate)) << Qt::endl;

    // Wait for the click: "Check in" opens the check-in, in the running window if there is one.
    QEventLoop loop;
    QObject::connect(&notification, &DesktopNotification::closed, &loop, &QEventLoop::quit);
    QObject::connect(&notification, &DesktopNotification::actionInvoked, &loop, [&](const QString &key) {
        if (key == QLatin1StringView("checkin")) {
            // Detached from this short-lived command's output, which may be a closed pipe.
            QProcess window;
            window.setProgram(QCoreApplication::applicationFilePath());
            window.setArguments({ QStringLiteral("--database"), diary->path(), QStringLiteral("--checkin") });
            window.setStandardOutputFile(QProcess::nullDevice());
            window.setStandardErrorFile(QProcess::nullDevice());
            const bool started = window.startDetached();
            if (started)
                context.out << Text::tr("Opening the check-in.") << Qt::endl;
            else
                context.err << Text::tr("Could not start Cramp Diary to open the check-in.") << Qt::endl;
        }
        loop.quit();
    });
    QTimer::singleShot(qint64(wait) * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    return 0;
}
