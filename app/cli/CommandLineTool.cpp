#include "app/cli/CommandLineTool.h"

#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "app/instance/SingleInstance.h"
#include "core/settings/AppPaths.h"
#include "core/settings/AppSettings.h"
#include "core/store/DiaryLock.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>

namespace {
struct Subcommand {
    const char *name;
    const char *summary;
    int (*run)(CliContext &, const QStringList &);
};

const Subcommand Subcommands[] = {
    { "log", QT_TRANSLATE_NOOP("CommandLineTool", "Record a cramp (now, or --at a time)."), &CliCommands::log },
    { "checkin", QT_TRANSLATE_NOOP("CommandLineTool", "Record a night's evening factors."), &CliCommands::checkin },
    { "list", QT_TRANSLATE_NOOP("CommandLineTool", "Print the cramps of a range of nights."), &CliCommands::list },
    { "demo", QT_TRANSLATE_NOOP("CommandLineTool", "Fill a new, empty diary with a generated history."),
      &CliCommands::demo },
    { "export", QT_TRANSLATE_NOOP("CommandLineTool", "Write cramps or check-ins as CSV."), &CliCommands::exportData },
    { "import", QT_TRANSLATE_NOOP("CommandLineTool", "Add cramps or check-ins from CSV (all rows or none)."),
      &CliCommands::importData },
    { "backup", QT_TRANSLATE_NOOP("CommandLineTool", "Write the whole diary to one JSON file."), &CliCommands::backup },
    { "restore", QT_TRANSLATE_NOOP("CommandLineTool", "Recreate a diary from a backup, in a new file."),
      &CliCommands::restore },
    { "stats", QT_TRANSLATE_NOOP("CommandLineTool", "Print the report's page-one figures (--json)."),
      &CliCommands::stats },
    { "report", QT_TRANSLATE_NOOP("CommandLineTool", "Write the doctor's report as a PDF."), &CliCommands::report },
    { "bedside-sheet", QT_TRANSLATE_NOOP("CommandLineTool", "Write a week of nights to fill in by the bed, as a PDF."),
      &CliCommands::bedsideSheet },
    { "check", QT_TRANSLATE_NOOP("CommandLineTool", "Check the whole diary; --repair saves every good entry."),
      &CliCommands::check },
    { "experiment",
      QT_TRANSLATE_NOOP("CommandLineTool", "Plan, follow and read a self-experiment (plan, show, result, stop)."),
      &CliCommands::experiment },
    { "remind", QT_TRANSLATE_NOOP("CommandLineTool", "Show the evening reminder if tonight has no check-in."),
      &CliCommands::remind },
};
} // namespace

namespace CommandLineTool {

QStringList subcommands()
{
    QStringList names;
    for (const Subcommand &command : Subcommands)
        names.append(QString::fromLatin1(command.name));
    return names;
}

bool isSubcommand(const QString &word)
{
    return subcommands().contains(word);
}

bool needsRendering(const QString &word)
{
    return word == QLatin1StringView("report") || word == QLatin1StringView("bedside-sheet");
}

QString summaries()
{
    QString text;
    for (const Subcommand &command : Subcommands)
        text += QStringLiteral("  %1  %2\n")
                        .arg(QString::fromLatin1(command.name).leftJustified(8),
                             QCoreApplication::translate("CommandLineTool", command.summary));
    return text;
}

namespace {
// Hands the whole command to the window that has the diary open and relays its answer.
int forward(const ForwardToWindow &target, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QJsonObject request { { QStringLiteral("kind"), QStringLiteral("command") },
                                { QStringLiteral("args"), QJsonArray::fromStringList(arguments) },
                                { QStringLiteral("cwd"), QDir::currentPath() } };
    const auto reply = SingleInstance::send(target.diaryPath, request);
    if (!reply) {
        err << QStringLiteral("cramp-diary %1: ").arg(arguments.value(1))
            << QCoreApplication::translate("CommandLineTool",
                                           "The Cramp Diary window that has %1 open did not answer. Look in its "
                                           "diary list before trying again.")
                        .arg(target.diaryPath)
            << Qt::endl;
        return 1;
    }
    out << reply->value(QStringLiteral("out")).toString();
    err << reply->value(QStringLiteral("err")).toString();
    return reply->value(QStringLiteral("exit")).toInt(1);
}
} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, DiaryRepository *served)
{
    CliContext context(out, err, served);
    const QString name = arguments.value(1);
    // A command ends by itself: another writer waits for it as long as it writes, and this
    // one says what it waits for. A command served by a window uses the window's diary.
    if (!served) {
        DiaryLock::setWork(QStringLiteral("cramp-diary ") + name);
        DiaryLock::setWaitNotice([&err, name](const QString &notice) {
            err << QStringLiteral("cramp-diary %1: ").arg(name) << notice << Qt::endl;
        });
    }
    const auto forgetStream = qScopeGuard([served] {
        if (!served)
            DiaryLock::setWaitNotice({});
    });
    for (const Subcommand &command : Subcommands) {
        if (name != QLatin1StringView(command.name))
            continue;
        try {
            return command.run(context, arguments);
        } catch (const UsageError &error) {
            err << QStringLiteral("cramp-diary %1: ").arg(name) << error.message() << Qt::endl;
            err << QCoreApplication::translate("CommandLineTool", "Nothing was written. See: cramp-diary %1 --help")
                            .arg(name)
                << Qt::endl;
            return 2;
        } catch (const StoreError &error) {
            err << QStringLiteral("cramp-diary %1: ").arg(name) << error.message() << Qt::endl;
            return 1;
        } catch (const ForwardToWindow &target) {
            return forward(target, arguments, out, err);
        }
    }
    err << QCoreApplication::translate("CommandLineTool", "Unknown command '%1'. Commands:\n%2").arg(name, summaries());
    return 2;
}

} // namespace CommandLineTool
