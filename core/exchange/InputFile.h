#pragma once

#include <QByteArray>
#include <QString>

// A file a person chose to import or restore, read defensively: only a regular file (a
// FIFO or a device would hang or never end), its size checked before a byte is read, and
// its text accepted only as UTF-8. Each refusal throws StoreError (Rejected) saying why.
namespace InputFile {
constexpr qint64 MaxBackupBytes = 200 * 1024 * 1024;

QByteArray read(const QString &path, qint64 maxBytes);
// UTF-8 text; a byte-order mark is dropped. UTF-16 and invalid bytes are refused with
// the line and byte where they are.
QString utf8Text(const QByteArray &bytes);
// -1 when `bytes` is valid UTF-8, else the offset of the first byte that is not.
qsizetype firstInvalidUtf8(const QByteArray &bytes);
} // namespace InputFile
