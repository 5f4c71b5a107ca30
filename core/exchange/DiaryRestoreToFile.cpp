// DiaryBackup::restoreToFile: a restore into a new diary file, all or nothing. The file is
// built under a temporary name, written out whole and read back before it takes its name.
#include "core/domain/DiskSpace.h"
#include "core/exchange/DiaryBackup.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiaryBackup)
};
} // namespace

namespace DiaryBackup {

Restored restoreToFile(ByteSource &backup, const QString &path, AppSettings *settings, RestoreOptions options)
{
    if (QFileInfo::exists(path)) { // an empty diary someone made for it: restored in place
        auto diary = DiaryRepository::open(path);
        const QStringList leftOut = restore(backup, *diary, settings, options);
        return { diary->episodeCount(), leftOut };
    }
    // A new diary is written under a temporary name and renamed when complete, so a restore
    // that fails or is killed never leaves a half-filled diary under the name asked for.
    const QString partial = path + QStringLiteral(".restoring");
    const auto removePartial = [&partial] {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                       QStringLiteral("-journal"), QStringLiteral(".lock") })
            QFile::remove(partial + suffix);
    };
    removePartial(); // left by a restore that was killed
    Restored restored;
    const auto refuse = [&](const QString &why) {
        removePartial();
        throw StoreError(StoreError::Kind::Io,
                         Text::tr("The restore could not be completed: %1. Nothing was restored and no file was left "
                                  "at %2.")
                                 .arg(why, path));
    };
    try {
        auto diary = DiaryRepository::open(partial);
        restored.leftOut = restore(backup, *diary, settings, options);
        restored.cramps = diary->episodeCount();
        // The file alone must hold the diary before it is renamed: its log would not follow.
        diary->writeOutLog();
    } catch (const StoreError &error) {
        refuse(error.kind() == StoreError::Kind::DiskFull || DiskSpace::nearlyFull(partial)
                       ? Text::tr("the disk is full")
                       : error.message());
    }
    // Closed, the file is read back before it takes the name asked for: success is said only
    // for a diary that opens with every cramp restored.
    const auto verify = [&](const QString &file) {
        try {
            return !QFileInfo::exists(file + QStringLiteral("-wal"))
                    && DiaryRepository::open(file, true)->episodeCount() == restored.cramps;
        } catch (const StoreError &) {
            return false;
        }
    };
    if (!verify(partial))
        refuse(DiskSpace::nearlyFull(partial) ? Text::tr("the disk is full")
                                              : Text::tr("the restored diary did not read back whole"));
    if (!QFile::rename(partial, path))
        refuse(Text::tr("it could not be put at %1 (is there a file by that name now?)").arg(path));
    return restored;
}

} // namespace DiaryBackup
