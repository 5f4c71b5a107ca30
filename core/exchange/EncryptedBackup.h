#pragma once

#include "core/exchange/ByteSource.h"

#include <memory>

#include <QByteArray>
#include <QIODevice>
#include <QString>

// A backup protected by a passphrase, for a USB stick or a cloud folder. The JSON backup
// is encrypted with libsodium: a key from the passphrase by Argon2id (its salt and limits
// kept in the header) and XChaCha20-Poly1305 in secretstream chunks, with the header
// authenticated too, so a wrong passphrase, a changed byte anywhere or a file cut short
// is detected and nothing is restored. The layout is documented in docs/backup-format.md.
namespace EncryptedBackup {
constexpr int MinPassphraseLength = 8;

bool isEncrypted(const QByteArray &bytes);
// How hard the key is to guess by trying passphrases: Moderate for every real backup (256
// MiB and about a second); Cheapest, libsodium's minimum, for tests that only need a sealed
// file (the limits are in the header, so either decrypts the same way).
enum class KeyCost { Moderate, Cheapest };
// Throws StoreError (Rejected) for a passphrase shorter than MinPassphraseLength.
QByteArray encrypt(const QByteArray &plain, const QString &passphrase, KeyCost cost = KeyCost::Moderate);
// Throws StoreError (Rejected) naming what is wrong: not this format, a format from a
// newer version, a damaged header, a wrong passphrase or a changed file, a file cut short.
QByteArray decrypt(const QByteArray &file, const QString &passphrase);

// The same as streams, so a backup of any size is sealed and opened in the same memory.
bool isEncrypted(ByteSource &file); // reads the first bytes, then rewinds

// A device that seals what is written to it into `target`, chunk by chunk; finish() writes
// the last chunk. The constructor throws like encrypt().
class SealingDevice : public QIODevice
{
public:
    SealingDevice(QIODevice &target, const QString &passphrase, KeyCost cost = KeyCost::Moderate);
    ~SealingDevice() override;
    // False if the target refused a write (a full disk): the file is then incomplete.
    bool finish();

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    struct State;
    bool push(qsizetype length, bool last);
    QIODevice &m_target;
    std::unique_ptr<State> m_state;
    QByteArray m_pending;
};

// The plain backup read out of a sealed file. The constructor checks the header and the
// passphrase against the first chunk; read() throws like decrypt() when a later chunk was
// changed or the file is cut short, so the restore reading it is undone.
class OpenedSource : public ByteSource
{
public:
    OpenedSource(ByteSource &sealed, const QString &passphrase);
    ~OpenedSource() override;
    qsizetype read(char *into, qsizetype most) override;
    void rewind() override;

private:
    struct State;
    void openNextChunk();
    ByteSource &m_sealed;
    std::unique_ptr<State> m_state;
    QByteArray m_plain;
    qsizetype m_at = 0;
};
} // namespace EncryptedBackup
