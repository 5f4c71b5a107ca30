// check: a full integrity check that names what is wrong; --repair keeps every good entry
// in a repaired diary and the damaged file beside it.
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "app/instance/SingleInstance.h"
#include "core/store/DiarySalvage.h"
#include "core/store/StoreError.h"

#include <QFileInfo>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

void print(CliContext &context, const DiarySalvage::Report &report)
{
    for (const QString &line : report.lines())
        context.out << QStringLiteral("- ") << line << Qt::endl;
}

int repair(CliContext &context, const QString &path)
{
    if (SingleInstance::send(path, { { QStringLiteral("kind"), QStringLiteral("ping") } }, 2000))
        throw StoreError(
                StoreError::Kind::Locked,
                Text::tr("%1 is open in a Cramp Diary window. Close it, then repair; nothing was changed.").arg(path));
    const DiarySalvage::Repair repair = DiarySalvage::repairInPlace(path);
    const DiarySalvage::Report &report = repair.report;
    if (repair.damagedCopy.isEmpty()) {
        if (report.healthy()) {
            context.out << Text::tr("%1 has no problems; nothing to repair.").arg(path) << Qt::endl;
            return 0;
        }
        print(context, report);
        context.err << Text::tr("Nothing could be saved from %1; restore a backup instead (cramp-diary restore). "
                                "The file was left untouched.")
                               .arg(path)
                    << Qt::endl;
        return 1;
    }
    context.out << Text::tr("Repaired %1. Kept %2.").arg(path, report.keptSummary()) << Qt::endl;
    if (!report.leftOut.isEmpty())
        context.out << Text::tr("Left out %n record(s) the diary's rules do not allow:", nullptr,
                                int(report.leftOut.size()))
                    << Qt::endl;
    print(context, report);
    context.out << Text::tr("The damaged file was kept as %1.").arg(repair.damagedCopy) << Qt::endl;
    return 0;
}
} // namespace

int CliCommands::check(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("Check the whole diary and name anything wrong. With --repair, copy every entry that keeps "
                     "the diary's rules into a repaired diary, list what was left out, and keep the damaged file."));
    CliContext::addCommonOptions(parser);
    parser.addOption({ QStringLiteral("repair"), Text::tr("Repair the diary (close its window first).") });
    if (!context.parse(parser, arguments))
        return 0;
    const QString path = QFileInfo(context.diaryPath(parser)).absoluteFilePath();
    if (!QFileInfo(path).isFile())
        throw StoreError(StoreError::Kind::CannotOpen, Text::tr("There is no diary file at %1.").arg(path));
    if (parser.isSet(QStringLiteral("repair")))
        return repair(context, path);
    const DiarySalvage::Report report = DiarySalvage::inspect(path);
    if (report.healthy()) {
        context.out << Text::tr("%1 has no problems: %2.").arg(path, report.keptSummary()) << Qt::endl;
        return 0;
    }
    context.out << Text::tr("%1 has problems:").arg(path) << Qt::endl;
    print(context, report);
    if (report.readable)
        context.out << Text::tr("A repair would keep %1. Run: cramp-diary check --repair --database %2")
                               .arg(report.keptSummary(), path)
                    << Qt::endl;
    return 1;
}
