#include "core/settings/PrivateFiles.h"

#include "core/domain/DiskSpace.h"

#include <sys/stat.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace PrivateFiles {

void restrictNewFiles()
{
    ::umask(S_IRWXG | S_IRWXO);
}

bool readableByOthers(const QString &path)
{
    struct stat status {
    };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && (status.st_mode & (S_IRGRP | S_IROTH));
}

bool makePrivate(const QString &path, bool withJournal)
{
    const bool folder = QFileInfo(path).isDir();
    bool ok = ::chmod(QFile::encodeName(path).constData(), folder ? S_IRWXU : S_IRUSR | S_IWUSR) == 0;
    if (withJournal)
        for (const char *suffix : { "-wal", "-shm" })
            if (QFileInfo::exists(path + QLatin1StringView(suffix)))
                ok = ::chmod(QFile::encodeName(path + QLatin1StringView(suffix)).constData(), S_IRUSR | S_IWUSR) == 0
                        && ok;
    return ok;
}

bool saveWith(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error)
{
    QSaveFile file(path);
    // QSaveFile gives its new file the old one's permissions; an export is the owner's alone.
    const bool written = file.open(QIODevice::WriteOnly)
            && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && write(file) && file.commit();
    if (!written && error)
        *error = DiskSpace::nearlyFull(path) ? QCoreApplication::translate("PrivateFiles", "the disk is full")
                                             : file.errorString();
    return written;
}

bool save(const QString &path, const QByteArray &bytes, QString *error)
{
    return saveWith(
            path, [&bytes](QIODevice &file) { return file.write(bytes) == bytes.size(); }, error);
}

} // namespace PrivateFiles
