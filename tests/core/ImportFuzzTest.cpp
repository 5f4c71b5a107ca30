// A seeded mutation loop over the two ways data comes in: the JSON restore and the CSV
// import. Inputs start from a real export of a generated diary and are damaged byte by
// byte and token by token. Whatever comes in: no crash, no hang, the diary unchanged
// whenever the input is refused, and an accepted input restores exactly what it says.
#include "TempDiary.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/exchange/DiaryBackup.h"
#include "core/exchange/EpisodeCsv.h"
#include "core/store/StoreError.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {
constexpr int InputsEach = 5000; // 10,000 in all

const QList<QByteArray> Tokens
        = { "5.5", "1e300",    "-1",         "2147483648",     "\"7\"", "null", "true", "[]",   "{}",  "\"\"",
            "0",   "\"tail\"", "9999-12-31", "\"0001-01-01\"", ",",     "\"",   "\n",   "\xC3", "\xFF" };

QByteArray mutate(QByteArray input, QRandomGenerator &random)
{
    const int edits = 1 + int(random.bounded(3));
    for (int i = 0; i < edits && !input.isEmpty(); ++i) {
        const qsizetype at = random.bounded(input.size());
        switch (random.bounded(5)) {
        case 0: input[at] = char(random.bounded(256)); break;
        case 1: input.remove(at, 1 + random.bounded(8)); break;
        case 2: input.insert(at, Tokens[random.bounded(Tokens.size())]); break;
        case 3: { // a number or word replaced by a token
            qsizetype end = at;
            while (end < input.size() && QChar::fromLatin1(input[end]).isLetterOrNumber())
                ++end;
            input.replace(at, end - at, Tokens[random.bounded(Tokens.size())]);
            break;
        }
        default: input.truncate(at); break;
        }
    }
    return input;
}

QByteArray seedBackup(TempDiary &temp)
{
    auto diary = temp.open();
    DemoDiaryGenerator::Options options;
    options.nights = 12;
    options.lastNight = QDate(2026, 11, 20);
    DemoDiaryGenerator::generate(*diary, options);
    return DiaryBackup::write(*diary, nullptr);
}
} // namespace

TEST(ImportFuzz, TheRestoreRefusesDamageCleanlyAndKeepsWhatItAccepts)
{
    TempDiary seedDiary;
    const QByteArray seed = seedBackup(seedDiary);
    QRandomGenerator random(20261124);
    auto target = std::make_unique<TempDiary>();
    auto diary = target->open();
    int accepted = 0;
    // Bounded by the number of inputs, never by the clock: a slow machine takes longer and
    // tries the same inputs.
    for (int tried = 0; tried < InputsEach; ++tried) {
        const QByteArray input = mutate(seed, random);
        try {
            DiaryBackup::restore(input, *diary, nullptr);
        } catch (const StoreError &error) {
            ASSERT_FALSE(error.message().isEmpty());
            // Refused: nothing of it stays.
            ASSERT_EQ(diary->episodeCount(), 0) << error.message().toStdString();
            ASSERT_TRUE(diary->medications().isEmpty());
            ASSERT_FALSE(diary->firstNight(NightClock()).has_value());
            continue;
        }
        // Accepted: the diary holds what the file says, no more and no less.
        ++accepted;
        const QJsonObject said = QJsonDocument::fromJson(input).object();
        ASSERT_EQ(diary->episodeCount(), said.value(QStringLiteral("episodes")).toArray().size());
        ASSERT_EQ(diary->medications().size(), said.value(QStringLiteral("medications")).toArray().size());
        TempDiary again;
        auto copy = again.open();
        DiaryBackup::restore(DiaryBackup::write(*diary, nullptr), *copy, nullptr);
        ASSERT_EQ(copy->allEpisodes(), diary->allEpisodes());
        diary.reset();
        target = std::make_unique<TempDiary>();
        diary = target->open();
    }
    EXPECT_GT(accepted, 0) << "some damage (in notes, say) leaves a valid backup";
}

TEST(ImportFuzz, TheCsvImportRefusesDamageCleanlyAndImportsWhatItAccepts)
{
    TempDiary seedDiary;
    seedBackup(seedDiary);
    QByteArray seed;
    {
        auto source = seedDiary.open(true);
        seed = EpisodeCsv::write(source->allEpisodes(), NightClock()).toUtf8();
    }
    QRandomGenerator random(11242026);
    auto target = std::make_unique<TempDiary>();
    auto diary = target->open();
    ASSERT_TRUE(EpisodeCsv::import(*diary, QString::fromUtf8(seed)).ok()); // the undamaged file goes in
    target = std::make_unique<TempDiary>();
    diary = target->open();
    int accepted = 0;
    // Bounded by the number of inputs, never by the clock: a slow machine takes longer and
    // tries the same inputs.
    for (int tried = 0; tried < InputsEach; ++tried) {
        QByteArray input = mutate(seed, random);
        QBuffer file(&input); // read as the app reads a file: piece by piece
        file.open(QIODevice::ReadOnly);
        CsvImportResult result;
        try {
            result = EpisodeCsv::import(*diary, file);
        } catch (const StoreError &) { // not UTF-8: refused, and the diary untouched
            ASSERT_EQ(diary->episodeCount(), 0);
            continue;
        }
        if (!result.ok()) {
            ASSERT_FALSE(result.describe().isEmpty());
            ASSERT_EQ(diary->episodeCount(), 0) << result.describe().toStdString();
            continue;
        }
        ASSERT_EQ(diary->episodeCount(), result.imported);
        ++accepted;
        diary.reset();
        target = std::make_unique<TempDiary>();
        diary = target->open();
    }
    EXPECT_GT(accepted, 0);
}
