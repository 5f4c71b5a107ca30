#include "core/exchange/ByteSource.h"

#include "core/store/StoreError.h"

#include <cstring>

#include <QCoreApplication>
#include <QIODevice>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ByteSource)
};
} // namespace

DeviceSource::DeviceSource(QIODevice &device)
    : m_device(device)
{
}

DeviceSource::DeviceSource(std::unique_ptr<QIODevice> device)
    : m_owned(std::move(device))
    , m_device(*m_owned)
{
}

qsizetype DeviceSource::read(char *into, qsizetype most)
{
    const qint64 got = m_device.read(into, most);
    if (got < 0)
        throw StoreError(StoreError::Kind::Io, Text::tr("The file could not be read: %1").arg(m_device.errorString()));
    return qsizetype(got);
}

void DeviceSource::rewind()
{
    if (!m_device.seek(0))
        throw StoreError(StoreError::Kind::Io,
                         Text::tr("The file could not be read again: %1").arg(m_device.errorString()));
}

qsizetype BufferSource::read(char *into, qsizetype most)
{
    const qsizetype count = std::min(most, m_bytes.size() - m_at);
    if (count > 0)
        std::memcpy(into, m_bytes.constData() + m_at, size_t(count));
    m_at += count;
    return count;
}
