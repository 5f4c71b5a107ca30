// The backup streamed out and in: the same JSON as a whole document, read from a file in
// two passes whatever the order of its keys (backups written before streaming sorted them,
// with the entries before the definitions and the format last), refused at the right byte.
#include "TempDiary.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/exchange/ByteSource.h"
#include "core/exchange/DiaryBackup.h"
#include "core/store/StoreError.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QByteArray demoBackup(TempDiary &temp)
{
    auto diary = temp.open();
    DemoDiaryGenerator::Options options;
    options.nights = 120;
    options.lastNight = QDate(2026, 11, 20);
    DemoDiaryGenerator::generate(*diary, options);
    return DiaryBackup::write(*diary, nullptr);
}

QString refusal(const QByteArray &json)
{
    TempDiary temp;
    auto diary = temp.open();
    try {
        DiaryBackup::restore(json, *diary, nullptr);
    } catch (const StoreError &error) {
        EXPECT_EQ(diary->episodeCount(), 0);
        return error.message();
    }
    return {};
}
} // namespace

TEST(StreamedBackup, IsOneValidDocumentWithTheHeaderFirstAndTheCrampsInNightOrder)
{
    TempDiary source;
    const QByteArray json = demoBackup(source);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(json.startsWith("{\n    \"format\": \"cramp-diary-backup\",\n    \"version\": 1,"));
    const QJsonArray episodes = root.value(QStringLiteral("episodes")).toArray();
    ASSERT_GT(episodes.size(), 20);
    EXPECT_EQ(episodes.size(), source.open(true)->episodeCount());
    for (qsizetype i = 1; i < episodes.size(); ++i)
        EXPECT_LE(episodes.at(i - 1).toObject().value(QStringLiteral("start")).toString(),
                  episodes.at(i).toObject().value(QStringLiteral("start")).toString())
                << i;
}

TEST(StreamedBackup, RestoresFromAFileWhateverTheOrderOfItsKeys)
{
    TempDiary source;
    const QByteArray json = demoBackup(source);
    // As QJsonDocument writes it: keys sorted, so "episodes" comes before "factors" and "format".
    const QByteArray sorted = QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
    ASSERT_LT(sorted.indexOf("\"episodes\""), sorted.indexOf("\"format\""));
    for (const QByteArray &backup : { json, sorted }) {
        TempDiary file;
        QFile out(file.dir.filePath(QStringLiteral("backup.json")));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(backup);
        out.close();
        ASSERT_TRUE(out.open(QIODevice::ReadOnly));
        DeviceSource in(out);
        auto diary = file.open();
        EXPECT_TRUE(DiaryBackup::restore(in, *diary, nullptr).isEmpty());
        EXPECT_EQ(DiaryBackup::write(*diary, nullptr), json);
    }
}

TEST(StreamedBackup, DamageIsRefusedByItsByteAndNothingIsRestored)
{
    TempDiary source;
    const QByteArray json = demoBackup(source);
    const qsizetype episodes = json.indexOf("\"episodes\"");
    // Damage deep inside the long array, found only on the second pass.
    QByteArray broken = json;
    const qsizetype at = json.indexOf("\"severity\"", episodes + 5000);
    broken.insert(at, "tru ");
    EXPECT_TRUE(refusal(broken).contains(QStringLiteral("not valid JSON"))) << refusal(broken).toStdString();
    const QRegularExpressionMatch byte = QRegularExpression(QStringLiteral("at byte (\\d+)")).match(refusal(broken));
    ASSERT_TRUE(byte.hasMatch());
    EXPECT_GE(byte.captured(1).toLongLong(), at);
    EXPECT_LE(byte.captured(1).toLongLong(), at + 4);
    // Brackets that do not match, found on the first pass.
    QByteArray unmatched = json;
    unmatched[json.indexOf('}', episodes)] = ']';
    EXPECT_TRUE(refusal(unmatched).contains(QStringLiteral("not valid JSON")));
    EXPECT_TRUE(refusal(json.left(json.size() / 2)).contains(QStringLiteral("not valid JSON")));
    EXPECT_TRUE(refusal(json + "{}").contains(QStringLiteral("not valid JSON")));
    // A key written twice would restore its array twice.
    QByteArray twice = json;
    twice.insert(json.lastIndexOf('}'), ",\n    \"episodes\": []");
    EXPECT_TRUE(refusal(twice).contains(QStringLiteral("appears twice"))) << refusal(twice).toStdString();
    // An entry the rules refuse, the last of the array: everything before it is undone.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray list = root.value(QStringLiteral("episodes")).toArray();
    QJsonObject last = list.last().toObject();
    last.insert(QStringLiteral("start"), QStringLiteral("2099-01-01T03:00:00+01:00"));
    list.replace(list.size() - 1, last);
    root.insert(QStringLiteral("episodes"), list);
    const QString future = refusal(QJsonDocument(root).toJson());
    EXPECT_TRUE(future.contains(QStringLiteral("episodes[%1]").arg(list.size() - 1))) << future.toStdString();
}
