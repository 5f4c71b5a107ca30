#pragma once

#include <memory>

#include <QByteArray>

class QIODevice;

// Bytes read front to back, possibly twice (a backup is read once to check it and once to
// restore it), without holding them all: a file, a buffer, or a protected backup being
// decrypted. read() throws StoreError when the bytes cannot be had (a damaged file).
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    // Up to `most` bytes into `into`; 0 at the end.
    virtual qsizetype read(char *into, qsizetype most) = 0;
    // Back to the first byte.
    virtual void rewind() = 0;
};

// A seekable device the caller keeps open (a file).
class DeviceSource : public ByteSource
{
public:
    explicit DeviceSource(QIODevice &device);
    // Keeps the device alive as long as the source.
    explicit DeviceSource(std::unique_ptr<QIODevice> device);
    qsizetype read(char *into, qsizetype most) override;
    void rewind() override;

private:
    std::unique_ptr<QIODevice> m_owned;
    QIODevice &m_device;
};

// Bytes already in memory (tests, small files).
class BufferSource : public ByteSource
{
public:
    explicit BufferSource(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    qsizetype read(char *into, qsizetype most) override;
    void rewind() override { m_at = 0; }

private:
    QByteArray m_bytes;
    qsizetype m_at = 0;
};
