#pragma once

#include "core/store/DiaryRepository.h"

#include <memory>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

// A temporary folder with a diary path in it; the folder goes when the test ends.
struct TempDiary {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("diary.sqlite"));

    std::unique_ptr<DiaryRepository> open(bool readOnly = false) const { return DiaryRepository::open(path, readOnly); }
};

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline QDateTime at(const char *iso)
{
    const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return parsed.toOffsetFromUtc(parsed.offsetFromUtc());
}
