#include "core/domain/DiskSpace.h"

#include <QFileInfo>
#include <QStorageInfo>

bool DiskSpace::nearlyFull(const QString &path)
{
    const QStorageInfo volume(QFileInfo(path).absolutePath());
    return volume.isValid() && volume.bytesAvailable() < 64 * 1024;
}
