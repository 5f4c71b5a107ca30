#pragma once

#include <memory>

#include <QByteArray>
#include <QFile>
#include <QString>

// A file a person chose to import or restore, read defensively: only a regular file (a
// FIFO or a device would hang or never end), its size checked before a byte is read, and
// its text accepted only as UTF-8. Each refusal throws StoreError (Rejected) saying why.
namespace InputFile {
constexpr qint64 MaxBackupBytes = 200 * 1024 * 1024;

QByteArray read(const QString &path, qint64 maxBytes);
// The same checks, then the file opened for reading piece by piece.
std::unique_ptr<QFile> open(const QString &path, qint64 maxBytes);
// -1 when `bytes` is valid UTF-8, else the offset of the first byte that is not.
qsizetype firstInvalidUtf8(const QByteArray &bytes);
// Refusals for readers that decode piece by piece (CsvReader): UTF-16, and a byte that is
// not UTF-8, named by its line and byte.
void refuseUtf16(const QByteArray &start);
[[noreturn]] void refuseInvalidUtf8(int line, qint64 offset, uchar byte);
} // namespace InputFile
