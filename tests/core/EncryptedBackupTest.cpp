// Passphrase-protected backups: exact round trip, and every kind of damage refused.
#include "core/exchange/EncryptedBackup.h"

#include "TempDiary.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/exchange/DiaryBackup.h"
#include "core/store/StoreError.h"

#include <gtest/gtest.h>

namespace {
const QString Secret = QStringLiteral("correct horse battery");

QByteArray generatedBackup()
{
    TempDiary temp;
    auto diary = temp.open();
    DemoDiaryGenerator::Options options;
    options.nights = 400; // a backup of several encrypted chunks
    options.lastNight = QDate(2026, 10, 31);
    DemoDiaryGenerator::generate(*diary, options);
    return DiaryBackup::write(*diary, nullptr);
}

QString refusal(const QByteArray &file, const QString &passphrase = Secret)
{
    try {
        EncryptedBackup::decrypt(file, passphrase);
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}
} // namespace

TEST(EncryptedBackup, RoundTripsExactlyAndHidesTheContent)
{
    const QByteArray json = generatedBackup();
    ASSERT_GT(json.size(), 3 * 64 * 1024);
    const QByteArray sealed = EncryptedBackup::encrypt(json, Secret);
    EXPECT_TRUE(EncryptedBackup::isEncrypted(sealed));
    EXPECT_FALSE(EncryptedBackup::isEncrypted(json));
    EXPECT_FALSE(sealed.contains("episodes"));
    EXPECT_FALSE(sealed.contains("cramp-diary-backup"));
    EXPECT_EQ(EncryptedBackup::decrypt(sealed, Secret), json);
    // The same backup encrypted twice differs (a fresh salt and nonce every time).
    EXPECT_NE(EncryptedBackup::encrypt(json, Secret, EncryptedBackup::KeyCost::Cheapest), sealed);

    TempDiary temp;
    auto restored = temp.open();
    DiaryBackup::restore(EncryptedBackup::decrypt(sealed, Secret), *restored, nullptr);
    EXPECT_EQ(DiaryBackup::write(*restored, nullptr), json);
}

TEST(EncryptedBackup, AShortPassphraseIsRefused)
{
    EXPECT_THROW(EncryptedBackup::encrypt("{}", QStringLiteral("short")), StoreError);
}

TEST(EncryptedBackup, AWrongPassphraseAChangedByteOrACutAreAllRefused)
{
    const QByteArray sealed = EncryptedBackup::encrypt(generatedBackup(), Secret, EncryptedBackup::KeyCost::Cheapest);
    EXPECT_TRUE(
            refusal(sealed, QStringLiteral("Correct horse battery")).contains(QStringLiteral("passphrase is wrong")));

    constexpr int header = 74;
    const struct {
        const char *where;
        qsizetype offset;
    } flips[] = { { "format", 16 },
                  { "limits", 20 },
                  { "salt", 40 },
                  { "stream header", 60 },
                  { "first chunk", header + 10 },
                  { "middle", sealed.size() / 2 },
                  { "final tag", sealed.size() - 1 } };
    for (const auto &flip : flips) {
        QByteArray changed = sealed;
        changed[flip.offset] = char(changed[flip.offset] ^ 0x01);
        EXPECT_FALSE(refusal(changed).isEmpty()) << flip.where;
    }
    for (const qsizetype cut : { qsizetype(20), qsizetype(header - 1), qsizetype(header + 5),
                                 qsizetype(header + 64 * 1024 + 17), sealed.size() / 2, sealed.size() - 1 }) {
        const QString message = refusal(sealed.left(cut));
        EXPECT_FALSE(message.isEmpty()) << "cut at " << cut;
    }
    EXPECT_TRUE(refusal(sealed.left(header + 64 * 1024 + 17)).contains(QStringLiteral("cut short")));
    EXPECT_TRUE(refusal(sealed + "x").contains(QStringLiteral("changed")));
}

// Restored as it is decrypted, chunk by chunk: damage found only in the last chunk, after
// thousands of entries were written, still leaves the diary as empty as it was.
TEST(EncryptedBackup, DamageFoundLateInAStreamedRestoreUndoesEverything)
{
    const QByteArray json = generatedBackup();
    const QByteArray sealed = EncryptedBackup::encrypt(json, Secret, EncryptedBackup::KeyCost::Cheapest);
    QByteArray changed = sealed;
    changed[sealed.size() - 20] = char(changed[sealed.size() - 20] ^ 0x01);
    for (const QByteArray &damaged : { changed, sealed.left(sealed.size() - 30) }) {
        TempDiary temp;
        auto diary = temp.open();
        BufferSource file(damaged);
        try {
            EncryptedBackup::OpenedSource opened(file, Secret);
            DiaryBackup::restore(opened, *diary, nullptr);
            ADD_FAILURE() << "a damaged backup was restored";
        } catch (const StoreError &error) {
            EXPECT_TRUE(error.message().contains(QStringLiteral("nothing was restored")))
                    << error.message().toStdString();
        }
        EXPECT_EQ(diary->episodeCount(), 0);
        EXPECT_TRUE(diary->medications().isEmpty());
        EXPECT_FALSE(diary->firstNight(NightClock()).has_value());
    }
    // Undamaged, the same stream restores the whole diary.
    TempDiary temp;
    auto diary = temp.open();
    BufferSource file(sealed);
    EncryptedBackup::OpenedSource opened(file, Secret);
    DiaryBackup::restore(opened, *diary, nullptr);
    EXPECT_TRUE(DiaryBackup::write(*diary, nullptr) == json);
}
