#include "core/store/RepairSwap.h"

#include "core/store/StoreError.h"

#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RepairSwap)
};

const QString ReadyInfix = QStringLiteral(".repaired-");

QStringList readyCopies(const QString &path)
{
    const QFileInfo info(path);
    QStringList names
            = info.dir().entryList({ info.fileName() + ReadyInfix + QLatin1Char('*') }, QDir::Files, QDir::Name);
    names.removeIf([](const QString &name) { return name.endsWith(QLatin1String(".partial")); });
    return names;
}

// A rename is on the disk only once its folder is.
void syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

[[noreturn]] void fail(const QString &what)
{
    throw StoreError(StoreError::Kind::Io, what);
}
} // namespace

namespace RepairSwap {

QString readyPath(const QString &path, const QString &stamp)
{
    return path + ReadyInfix + stamp;
}

QString damagedPath(const QString &path, const QString &stamp)
{
    return QStringLiteral("%1.damaged-%2").arg(path, stamp);
}

QString swap(const QString &path, const QString &stamp)
{
    const QString ready = readyPath(path, stamp);
    const QString damaged = damagedPath(path, stamp);
    // 1. The damaged file gets a second name; the diary's name still points at it.
    if (QFileInfo::exists(path) && !QFileInfo::exists(damaged)
        && ::link(QFile::encodeName(path).constData(), QFile::encodeName(damaged).constData()) != 0
        && !QFile::copy(path, damaged))
        fail(Text::tr("Cannot keep a copy of the damaged diary as %1; the diary was not changed.").arg(damaged));
    // 2. Its log goes with that copy: it belongs to the damaged file, never to the repaired one.
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") })
        if (QFileInfo::exists(path + suffix)
            && ::rename(QFile::encodeName(path + suffix).constData(), QFile::encodeName(damaged + suffix).constData())
                    != 0)
            fail(Text::tr("Cannot move %1 aside; the repair finishes the next time the diary is opened.")
                         .arg(path + suffix));
    syncFolder(path);
    // 3. One rename puts the repaired diary in place of the damaged one.
    if (::rename(QFile::encodeName(ready).constData(), QFile::encodeName(path).constData()) != 0)
        fail(Text::tr("Cannot put the repaired diary in place of %1. It is kept as %2; the damaged diary as %3.")
                     .arg(path, ready, damaged));
    syncFolder(path);
    return damaged;
}

bool isPending(const QString &path)
{
    return !readyCopies(path).isEmpty();
}

QString finishPending(const QString &path)
{
    const QStringList ready = readyCopies(path);
    if (ready.isEmpty())
        return {};
    const QString name = QFileInfo(path).fileName();
    return swap(path, ready.last().mid(name.size() + ReadyInfix.size()));
}

QStringList leftBeside(const QString &path)
{
    const QFileInfo info(path);
    QStringList found;
    // A ".restoring" copy is left out: a restore renames it only once complete, so one left
    // behind is never the only copy of anything.
    for (const QString &pattern : { QStringLiteral(".damaged-*"), QStringLiteral(".repaired*") })
        for (const QString &name : info.dir().entryList({ info.fileName() + pattern }, QDir::Files, QDir::Name))
            if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
                found.append(info.dir().filePath(name));
    return found;
}

} // namespace RepairSwap
