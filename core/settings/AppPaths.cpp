#include "core/settings/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace AppPaths {

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString defaultDiaryPath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("diary.sqlite"));
}

} // namespace AppPaths
