#pragma once

#include <QByteArray>
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
} // namespace EncryptedBackup
