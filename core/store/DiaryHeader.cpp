#include "core/store/DiaryHeader.h"

#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QFile>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiaryFile)
};

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData()) + offset;
    return quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | quint32(b[3]);
}
} // namespace

std::optional<DiaryHeader> DiaryHeader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::CannotOpen, Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    DiaryHeader header;
    header.fileSize = file.size();
    if (header.fileSize == 0)
        return std::nullopt;
    const QByteArray bytes = file.read(100);
    static const QByteArray sqliteMagic("SQLite format 3\0", 16);
    if (!bytes.startsWith(sqliteMagic))
        throw StoreError(StoreError::Kind::NotADiary,
                         Text::tr("%1 is not a Cramp Diary file. It was left untouched.").arg(path));
    const auto damaged = [&path] {
        return StoreError(StoreError::Kind::Damaged,
                          Text::tr("%1 is damaged (the file is cut short or its first page is broken). It was left "
                                   "untouched; `cramp-diary check --repair` can save what is readable.")
                                  .arg(path));
    };
    if (bytes.size() < 100)
        throw damaged();
    const auto *raw = reinterpret_cast<const unsigned char *>(bytes.constData());
    const int sizeField = raw[16] << 8 | raw[17];
    header.pageSize = sizeField == 1 ? 65536 : sizeField;
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0)
        throw damaged();
    header.walMode = raw[18] == 2 && raw[19] == 2;
    // The page count in the header is current only when its "valid for" counter matches.
    if (bigEndian32(bytes, 92) == bigEndian32(bytes, 24))
        header.pageCount = bigEndian32(bytes, 28);
    header.userVersion = qint32(bigEndian32(bytes, 60));
    header.applicationId = qint32(bigEndian32(bytes, 68));
    return header;
}

bool DiaryHeader::isComplete() const
{
    if (fileSize % pageSize != 0)
        return false;
    return !pageCount || *pageCount == 0 || fileSize >= *pageCount * pageSize;
}
