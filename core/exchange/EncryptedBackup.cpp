#include "core/exchange/EncryptedBackup.h"

#include "core/store/StoreError.h"

#include <sodium.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QtEndian>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EncryptedBackup)
};

// Header: magic (16) | format (1) | algorithm (1) | opslimit (8, LE) | memlimit (8, LE)
//         | salt (16) | secretstream header (24); then chunks of up to ChunkBytes plaintext.
const QByteArray Magic("CRAMP-DIARY-ENC\n", 16);
constexpr quint8 Format = 1;
constexpr quint8 AlgorithmArgon2idXChaCha20Poly1305 = 1;
constexpr qsizetype LimitsOffset = 18;
constexpr qsizetype SaltOffset = LimitsOffset + 16;
constexpr qsizetype StreamHeaderOffset = SaltOffset + crypto_pwhash_SALTBYTES;
constexpr qsizetype HeaderBytes = StreamHeaderOffset + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype ChunkBytes = 64 * 1024;
constexpr qsizetype SealedChunkBytes = ChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;

[[noreturn]] void refuse(const QString &message)
{
    throw StoreError(StoreError::Kind::Rejected, message);
}

void initialise()
{
    if (sodium_init() < 0)
        refuse(Text::tr("The encryption library could not start; nothing was written."));
}

// The key, wiped when it goes out of scope.
struct Key {
    unsigned char bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    Key(const QString &passphrase, const unsigned char *salt, quint64 opslimit, quint64 memlimit)
    {
        QByteArray secret = passphrase.toUtf8();
        const int rc = crypto_pwhash(bytes, sizeof bytes, secret.constData(), quint64(secret.size()), salt, opslimit,
                                     size_t(memlimit), crypto_pwhash_ALG_ARGON2ID13);
        sodium_memzero(secret.data(), size_t(secret.size()));
        if (rc != 0)
            refuse(Text::tr("There was not enough memory to derive the key from the passphrase; nothing was done."));
    }
    ~Key() { sodium_memzero(bytes, sizeof bytes); }
    Key(const Key &) = delete;
    Key &operator=(const Key &) = delete;
};

const unsigned char *bytesOf(const QByteArray &data, qsizetype offset = 0)
{
    return reinterpret_cast<const unsigned char *>(data.constData()) + offset;
}
} // namespace

namespace EncryptedBackup {

bool isEncrypted(const QByteArray &bytes)
{
    return bytes.startsWith(Magic);
}

bool isEncrypted(ByteSource &file)
{
    QByteArray start(Magic.size(), Qt::Uninitialized);
    qsizetype got = 0;
    while (got < start.size()) {
        const qsizetype more = file.read(start.data() + got, start.size() - got);
        if (more == 0)
            break;
        got += more;
    }
    file.rewind();
    return got == start.size() && start == Magic;
}

struct SealingDevice::State {
    crypto_secretstream_xchacha20poly1305_state stream;
    QByteArray header; // authenticated with every chunk
    bool failed = false;
    ~State() { sodium_memzero(&stream, sizeof stream); }
};

SealingDevice::SealingDevice(QIODevice &target, const QString &passphrase, KeyCost cost)
    : m_target(target)
    , m_state(std::make_unique<State>())
{
    if (passphrase.size() < MinPassphraseLength)
        refuse(Text::tr("The passphrase must have at least %1 characters; nothing was written.")
                       .arg(MinPassphraseLength));
    initialise();
    QByteArray &out = m_state->header;
    out = QByteArray(HeaderBytes, Qt::Uninitialized);
    auto *header = reinterpret_cast<unsigned char *>(out.data());
    memcpy(header, Magic.constData(), size_t(Magic.size()));
    header[16] = Format;
    header[17] = AlgorithmArgon2idXChaCha20Poly1305;
    const bool cheapest = cost == KeyCost::Cheapest;
    const quint64 opslimit = cheapest ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_MODERATE;
    const quint64 memlimit = cheapest ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_MODERATE;
    qToLittleEndian(opslimit, header + LimitsOffset);
    qToLittleEndian(memlimit, header + LimitsOffset + 8);
    randombytes_buf(header + SaltOffset, crypto_pwhash_SALTBYTES);
    const Key key(passphrase, header + SaltOffset, opslimit, memlimit);
    crypto_secretstream_xchacha20poly1305_init_push(&m_state->stream, header + StreamHeaderOffset, key.bytes);
    m_state->failed = m_target.write(out) != out.size();
    open(QIODevice::WriteOnly);
}

SealingDevice::~SealingDevice()
{
    sodium_memzero(m_pending.data(), size_t(m_pending.size()));
}

qint64 SealingDevice::writeData(const char *data, qint64 length)
{
    m_pending.append(data, qsizetype(length));
    // A full chunk goes out only when more follows: the last one is marked as the end.
    while (m_pending.size() > ChunkBytes) {
        if (!push(ChunkBytes, false))
            return -1;
        sodium_memzero(m_pending.data(), size_t(ChunkBytes));
        m_pending.remove(0, ChunkBytes);
    }
    return length;
}

bool SealingDevice::finish()
{
    const bool pushed = push(m_pending.size(), true);
    sodium_memzero(m_pending.data(), size_t(m_pending.size()));
    m_pending.clear();
    close();
    return pushed;
}

bool SealingDevice::push(qsizetype length, bool last)
{
    if (m_state->failed)
        return false;
    QByteArray sealed(length + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_push(&m_state->stream, reinterpret_cast<unsigned char *>(sealed.data()),
                                               nullptr, bytesOf(m_pending), quint64(length), bytesOf(m_state->header),
                                               quint64(m_state->header.size()),
                                               last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
    m_state->failed = m_target.write(sealed) != sealed.size();
    return !m_state->failed;
}

struct OpenedSource::State {
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_state stream;
    QByteArray header;
    int chunk = 0; // chunks opened since the start
    bool ended = false; // the chunk marked as the last was opened
    ~State()
    {
        sodium_memzero(key, sizeof key);
        sodium_memzero(&stream, sizeof stream);
    }
};

namespace {
// Up to `bytes` bytes, fewer only at the end of the file.
QByteArray readUpTo(ByteSource &from, qsizetype bytes)
{
    QByteArray out(bytes, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < bytes) {
        const qsizetype more = from.read(out.data() + got, bytes - got);
        if (more == 0)
            break;
        got += more;
    }
    out.truncate(got);
    return out;
}
} // namespace

OpenedSource::OpenedSource(ByteSource &sealed, const QString &passphrase)
    : m_sealed(sealed)
    , m_state(std::make_unique<State>())
{
    m_sealed.rewind();
    const QByteArray file = readUpTo(m_sealed, HeaderBytes);
    if (!file.startsWith(Magic))
        refuse(Text::tr("This file is not a passphrase-protected Cramp Diary backup."));
    if (file.size() < HeaderBytes)
        refuse(Text::tr("The protected backup is cut short (its header is incomplete); nothing was restored."));
    const unsigned char *header = bytesOf(file);
    if (header[16] > Format || header[17] != AlgorithmArgon2idXChaCha20Poly1305)
        refuse(Text::tr("The protected backup was written by a newer version of Cramp Diary (format %1); update the "
                        "app. Nothing was restored.")
                       .arg(header[16]));
    const quint64 opslimit = qFromLittleEndian<quint64>(header + LimitsOffset);
    const quint64 memlimit = qFromLittleEndian<quint64>(header + LimitsOffset + 8);
    // Limits from the file are used only within libsodium's own range: a changed header
    // cannot make the app spend hours or gigabytes.
    if (header[16] != Format || opslimit < crypto_pwhash_OPSLIMIT_MIN || opslimit > crypto_pwhash_OPSLIMIT_SENSITIVE
        || memlimit < crypto_pwhash_MEMLIMIT_MIN || memlimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
        refuse(Text::tr("The protected backup's header is damaged; nothing was restored."));
    initialise();
    const Key key(passphrase, header + SaltOffset, opslimit, memlimit);
    memcpy(m_state->key, key.bytes, sizeof m_state->key);
    m_state->header = file;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&m_state->stream, header + StreamHeaderOffset, m_state->key)
        != 0)
        refuse(Text::tr("The protected backup's header is damaged; nothing was restored."));
    openNextChunk(); // a wrong passphrase is said before anything is read
}

OpenedSource::~OpenedSource()
{
    sodium_memzero(m_plain.data(), size_t(m_plain.size()));
}

void OpenedSource::rewind()
{
    m_sealed.rewind();
    readUpTo(m_sealed, HeaderBytes);
    crypto_secretstream_xchacha20poly1305_init_pull(&m_state->stream, bytesOf(m_state->header, StreamHeaderOffset),
                                                    m_state->key);
    m_state->chunk = 0;
    m_state->ended = false;
    openNextChunk();
}

qsizetype OpenedSource::read(char *into, qsizetype most)
{
    while (m_at == m_plain.size()) {
        if (m_state->ended)
            return 0;
        openNextChunk();
    }
    const qsizetype count = std::min(most, m_plain.size() - m_at);
    memcpy(into, m_plain.constData() + m_at, size_t(count));
    m_at += count;
    return count;
}

void OpenedSource::openNextChunk()
{
    const QByteArray sealed = readUpTo(m_sealed, SealedChunkBytes);
    if (sealed.size() < crypto_secretstream_xchacha20poly1305_ABYTES)
        refuse(Text::tr("The protected backup is cut short; nothing was restored."));
    sodium_memzero(m_plain.data(), size_t(m_plain.size()));
    m_plain.resize(sealed.size() - crypto_secretstream_xchacha20poly1305_ABYTES);
    m_at = 0;
    unsigned long long written = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state->stream, reinterpret_cast<unsigned char *>(m_plain.data()),
                                                   &written, &tag, bytesOf(sealed), quint64(sealed.size()),
                                                   bytesOf(m_state->header), quint64(m_state->header.size()))
        != 0) {
        sodium_memzero(m_plain.data(), size_t(m_plain.size()));
        m_plain.clear();
        refuse(m_state->chunk == 0
                       ? Text::tr("The passphrase is wrong, or the backup was changed after it was written; "
                                  "nothing was restored.")
                       : Text::tr("The protected backup was changed or cut short after it was written; "
                                  "nothing was restored."));
    }
    ++m_state->chunk;
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        m_state->ended = true;
        char more = 0;
        if (m_sealed.read(&more, 1) != 0)
            refuse(Text::tr("The protected backup has bytes after its end; it was changed. Nothing was restored."));
    }
}

QByteArray encrypt(const QByteArray &plain, const QString &passphrase, KeyCost cost)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    SealingDevice sealing(buffer, passphrase, cost);
    sealing.write(plain);
    sealing.finish();
    return out;
}

QByteArray decrypt(const QByteArray &file, const QString &passphrase)
{
    if (!isEncrypted(file))
        refuse(Text::tr("This file is not a passphrase-protected Cramp Diary backup."));
    BufferSource source(file);
    OpenedSource opened(source, passphrase);
    QByteArray plain;
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    while (const qsizetype got = opened.read(chunk.data(), chunk.size()))
        plain.append(chunk.constData(), got);
    return plain;
}

} // namespace EncryptedBackup
