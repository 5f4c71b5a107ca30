// check: a full integrity check that names what is wrong; --repair keeps every good entry
// in a repaired diary and the damaged file beside it.
#include "CliCommands.h"
#include "CliContext.h"
#include "SingleInstance.h"
#include "core/store/DiaryLock.h"
#include "core/store/DiarySalvage.h"
#include "core/store/StoreError.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

void print(CliContext &context, const DiarySalvage::Report &report)
{
    for (const QString &problem : report.structure)
        context.out << QStringLiteral("- ") << problem << Qt::endl;
    for (const DiarySalvage::LeftOut &row : report.leftOut)
        context.out << QStringLiteral("- ") << Text::tr("%1: %2").arg(row.entry, row.reason) << Qt::endl;
}

// The damaged file and its log move aside under one name; the repaired copy takes its place.
QString swapIn(const QString &path, const QString &repaired)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString damaged = QStringLiteral("%1.damaged-%2").arg(path, stamp);
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") })
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, damaged + suffix))
            throw StoreError(StoreError::Kind::Io, Text::tr("Cannot move %1 aside; nothing was changed.").arg(path + suffix));
    if (!QFile::rename(path, damaged) || !QFile::rename(repaired, path))
        throw StoreError(StoreError::Kind::Io,
                         Text::tr("Cannot put the repaired diary in place of %1. It was kept as %2.").arg(path, repaired));
    return damaged;
}

int repair(CliContext &context, const QString &path)
{
    if (SingleInstance::send(path, { { QStringLiteral("kind"), QStringLiteral("ping") } }, 2000))
        throw StoreError(StoreError::Kind::Locked,
                         Text::tr("%1 is open in a Cramp Diary window. Close it, then repair; nothing was changed.")
                                 .arg(path));
    const DiaryLock lock(path); // no writer may change the file while it is copied and swapped
    const QString repaired = path + QStringLiteral(".repaired.partial");
    QFile::remove(repaired);
    DiarySalvage::Report report;
    try {
        report = DiarySalvage::salvageInto(path, repaired);
    } catch (...) {
        QFile::remove(repaired);
        throw;
    }
    if (report.healthy() || !report.readable) {
        QFile::remove(repaired);
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
    const QString damaged = swapIn(path, repaired);
    context.out << Text::tr("Repaired %1. Kept %2.").arg(path, report.keptSummary()) << Qt::endl;
    if (!report.leftOut.isEmpty())
        context.out << Text::tr("Left out %n record(s) that break the diary's rules:", nullptr,
                                int(report.leftOut.size()))
                    << Qt::endl;
    print(context, report);
    context.out << Text::tr("The damaged file was kept as %1.").arg(damaged) << Qt::endl;
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
