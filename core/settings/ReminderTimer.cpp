#include "core/settings/ReminderTimer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReminderTimer)
};

const QString Name = QStringLiteral("cramp-diary-reminder");

// systemd's quoting for an ExecStart argument: double quotes, with \ and " escaped.
QString quoted(QString argument)
{
    argument.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + argument + QLatin1Char('"');
}

bool write(const QString &path, const QString &text, QString *problem)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit())
        return true;
    if (problem)
        *problem = Text::tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

// Tells a running systemd user manager; without one the timer starts at the next login.
void tellSystemd(const QStringList &arguments)
{
    const QString systemctl = QStandardPaths::findExecutable(QStringLiteral("systemctl"));
    if (systemctl.isEmpty() || qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    QProcess process;
    process.start(systemctl, QStringList { QStringLiteral("--user") } + arguments);
    process.waitForFinished(5000);
}
} // namespace

ReminderTimer::ReminderTimer(QString configHome)
    : m_unitFolder(QDir(configHome).filePath(QStringLiteral("systemd/user")))
{
}

ReminderTimer ReminderTimer::forThisUser()
{
    return ReminderTimer(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
}

QString ReminderTimer::timerPath() const
{
    return QDir(m_unitFolder).filePath(Name + QStringLiteral(".timer"));
}

QString ReminderTimer::servicePath() const
{
    return QDir(m_unitFolder).filePath(Name + QStringLiteral(".service"));
}

QString ReminderTimer::enabledLinkPath() const
{
    return QDir(m_unitFolder).filePath(QStringLiteral("timers.target.wants/") + Name + QStringLiteral(".timer"));
}

bool ReminderTimer::install(const QString &program, const QString &diaryPath, QTime at, QString *problem) const
{
    if (!QDir().mkpath(QDir(m_unitFolder).filePath(QStringLiteral("timers.target.wants")))) {
        if (problem)
            *problem = Text::tr("Cannot create the folder %1.").arg(m_unitFolder);
        return false;
    }
    // The units live in the person's home and outlive the package: once the program is gone
    // (apt remove), the condition skips the reminder quietly instead of failing each evening.
    const QString service = QStringLiteral("[Unit]\nDescription=Cramp Diary evening check-in reminder\n"
                                           "ConditionFileIsExecutable=%1\n\n"
                                           "[Service]\nType=simple\nExecStart=%2 remind --database %3\n")
                                    .arg(program, quoted(program), quoted(diaryPath));
    // Persistent: a computer asleep at the time reminds when it wakes (the command itself
    // stays quiet if that is hours late, or the night already has a check-in).
    const QString timer = QStringLiteral("[Unit]\nDescription=Cramp Diary evening check-in reminder\n\n"
                                         "[Timer]\nOnCalendar=*-*-* %1:00\nPersistent=true\n\n"
                                         "[Install]\nWantedBy=timers.target\n")
                                  .arg(at.toString(QStringLiteral("HH:mm")));
    if (!write(servicePath(), service, problem) || !write(timerPath(), timer, problem))
        return false;
    QFile::remove(enabledLinkPath());
    if (!QFile::link(QStringLiteral("../") + Name + QStringLiteral(".timer"), enabledLinkPath())) {
        if (problem)
            *problem = Text::tr("Cannot enable the reminder timer at %1.").arg(enabledLinkPath());
        return false;
    }
    tellSystemd({ QStringLiteral("daemon-reload") });
    tellSystemd({ QStringLiteral("restart"), Name + QStringLiteral(".timer") });
    return true;
}

void ReminderTimer::remove() const
{
    if (!isInstalled())
        return;
    tellSystemd({ QStringLiteral("stop"), Name + QStringLiteral(".timer") });
    QFile::remove(enabledLinkPath());
    QFile::remove(timerPath());
    QFile::remove(servicePath());
    tellSystemd({ QStringLiteral("daemon-reload") });
}

bool ReminderTimer::isInstalled() const
{
    return QFile::exists(timerPath());
}
