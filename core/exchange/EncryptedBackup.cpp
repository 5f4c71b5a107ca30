#include "core/exchange/EncryptedBackup.h"

#include "core/store/StoreError.h"

#include <sodium.h>

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

QByteArray encrypt(const QByteArray &plain, const QString &passphrase, KeyCost cost)
{
    if (passphrase.size() < MinPassphraseLength)
        refuse(Text::tr("The passphrase must have at least %1 characters; nothing was written.")
                       .arg(MinPassphraseLength));
    initialise();
    QByteArray out(HeaderBytes, Qt::Uninitialized);
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
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header + StreamHeaderOffset, key.bytes);

    // Every chunk also authenticates the whole header, so no byte of it can change unseen.
    const QByteArray associated = out;
    qsizetype offset = 0;
    do {
        const qsizetype length = std::min(ChunkBytes, plain.size() - offset);
        const bool last = offset + length == plain.size();
        const qsizetype at = out.size();
        out.resize(at + length + crypto_secretstream_xchacha20poly1305_ABYTES);
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(out.data()) + at, nullptr,
                                                   bytesOf(plain, offset), quint64(length), bytesOf(associated),
                                                   quint64(associated.size()),
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        offset += length;
    } while (offset < plain.size());
    return out;
}

QByteArray decrypt(const QByteArray &file, const QString &passphrase)
{
    if (!isEncrypted(file))
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
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header + StreamHeaderOffset, key.bytes) != 0)
        refuse(Text::tr("The protected backup's header is damaged; nothing was restored."));

    const QByteArray associated = file.left(HeaderBytes);
    QByteArray plain;
    qsizetype offset = HeaderBytes;
    unsigned char tag = 0;
    while (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        const qsizetype length = std::min(SealedChunkBytes, file.size() - offset);
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES)
            refuse(Text::tr("The protected backup is cut short; nothing was restored."));
        const qsizetype at = plain.size();
        plain.resize(at + length - crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long written = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char *>(plain.data()) + at,
                                                       &written, &tag, bytesOf(file, offset), quint64(length),
                                                       bytesOf(associated), quint64(associated.size()))
            != 0) {
            sodium_memzero(plain.data(), size_t(plain.size()));
            refuse(offset == HeaderBytes
                           ? Text::tr("The passphrase is wrong, or the backup was changed after it was written; "
                                      "nothing was restored.")
                           : Text::tr("The protected backup was changed or cut short after it was written; nothing "
                                      "was restored."));
        }
        offset += length;
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL && offset >= file.size())
            refuse(Text::tr("The protected backup is cut short; nothing was restored."));
    }
    if (offset != file.size())
        refuse(Text::tr("The protected backup has bytes after its end; it was changed. Nothing was restored."));
    return plain;
}

} // namespace EncryptedBackup
