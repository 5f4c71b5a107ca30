#include "core/exchange/InputFile.h"

#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(InputFile)
};

[[noreturn]] void refuse(const QString &message)
{
    throw StoreError(StoreError::Kind::Rejected, message);
}

void checkBeforeReading(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        refuse(Text::tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        refuse(Text::tr("%1 is not a regular file (a folder, device or pipe); nothing was read.").arg(path));
    if (info.size() > maxBytes)
        refuse(Text::tr("%1 is %2 MB, larger than the %3 MB this accepts; nothing was read.")
                       .arg(path)
                       .arg(info.size() / (1024 * 1024))
                       .arg(maxBytes / (1024 * 1024)));
}
} // namespace

namespace InputFile {

QByteArray read(const QString &path, qint64 maxBytes)
{
    // Read at most one byte past the limit: a file that grew meanwhile is still refused.
    const QByteArray bytes = open(path, maxBytes)->read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        refuse(Text::tr("%1 is larger than the %2 MB this accepts; nothing was read.")
                       .arg(path)
                       .arg(maxBytes / (1024 * 1024)));
    return bytes;
}

qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = data[i];
        int length = 0;
        unsigned minimum = 0;
        unsigned code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2, minimum = 0x80, code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, minimum = 0x800, code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, minimum = 0x10000, code = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (data[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
        if (code < minimum || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            return i;
        i += length;
    }
    return -1;
}

void refuseUtf16(const QByteArray &start)
{
    if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF")
        || (start.size() >= 2 && (start.at(0) == 0 || start.at(1) == 0)))
        refuse(Text::tr("The file is UTF-16 text. Save it as UTF-8 (\"CSV UTF-8\" in a spreadsheet) and import "
                        "it again; nothing was imported."));
}

void refuseInvalidUtf8(int line, qint64 offset, uchar byte)
{
    refuse(Text::tr("Line %1 (byte %2) is not UTF-8 text (byte 0x%3): the file may be in another encoding "
                    "such as Latin-1. Save it as UTF-8 and import it again; nothing was imported.")
                   .arg(line)
                   .arg(offset + 1)
                   .arg(byte, 2, 16, QLatin1Char('0')));
}

std::unique_ptr<QFile> open(const QString &path, qint64 maxBytes)
{
    checkBeforeReading(path, maxBytes);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        refuse(Text::tr("Cannot read %1: %2").arg(path, file->errorString()));
    return file;
}

} // namespace InputFile
