// Cramps from other apps' CSV files: a Flaredown-style symptom sheet and a cramp-per-row
// file, guessed, imported all or nothing, and refused line by line when wrong.
#include "core/exchange/MappedImport.h"

#include "TempDiary.h"
#include "core/exchange/ColumnMapping.h"
#include "core/exchange/CsvImport.h"
#include "core/store/StoreError.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QJsonObject>

namespace {
CsvImportResult importText(DiaryRepository &diary, const QString &text, const ColumnMapping &mapping)
{
    return CsvImport::fromText(text, [&](QIODevice &input) { return MappedImport::import(diary, input, mapping); });
}

MappedImport::Preview previewOf(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return MappedImport::preview(buffer);
}

const QString Sheet = QStringLiteral("Date,Fatigue,Leg cramps,Headache\n"
                                     "2026-10-01,2,0,1\n"
                                     "2026-10-02,1,3,0\n"
                                     "2026-10-03,4,,0\n"
                                     "2026-10-04,0,1,0\n");
} // namespace

TEST(MappedImport, AFlaredownSymptomSheetBecomesCrampsAndTrackedNights)
{
    const MappedImport::Preview preview = previewOf(Sheet);
    const ColumnMapping mapping = ColumnMapping::guess(preview.header, preview.rows);
    ASSERT_EQ(mapping.kind, ColumnMapping::Kind::SymptomSheet);
    EXPECT_EQ(mapping.symptom, QStringLiteral("Leg cramps"));
    EXPECT_EQ(mapping.date, QStringLiteral("Date"));

    TempDiary temp;
    auto diary = temp.open();
    const CsvImportResult result = importText(*diary, Sheet, mapping);
    ASSERT_TRUE(result.ok()) << result.describe().toStdString();
    EXPECT_EQ(result.imported, 2);
    const QList<Episode> cramps = diary->allEpisodes();
    ASSERT_EQ(cramps.size(), 2);
    EXPECT_EQ(cramps[0].start.date(), QDate(2026, 10, 2));
    EXPECT_EQ(cramps[0].start.time(), QTime(3, 0));
    EXPECT_EQ(cramps[0].severity, 8); // 3 of 4
    EXPECT_EQ(cramps[1].severity, 3); // 1 of 4
    // Every rated day marks the night before it as tracked; the unrated day does not.
    EXPECT_TRUE(diary->nightLog(QDate(2026, 9, 30)).has_value());
    EXPECT_TRUE(diary->nightLog(QDate(2026, 10, 1)).has_value());
    EXPECT_FALSE(diary->nightLog(QDate(2026, 10, 2)).has_value());
    EXPECT_TRUE(diary->nightLog(QDate(2026, 10, 3)).has_value());

    const CsvImportResult again = importText(*diary, Sheet, mapping);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.skippedDuplicates, 2);
    EXPECT_EQ(diary->allEpisodes().size(), 2);
}

TEST(MappedImport, ACrampPerRowFileWithItsOwnScaleAndWords)
{
    const QString text = QStringLiteral("When,Time,Pain (0-5),Side,Where,Comment\n"
                                        "04/10/2026,03:15,4,L,Calf,woke me\n"
                                        "05/10/2026,,5,right,hamstring,\n"
                                        "06/10/2026,02:40,1,both,shin,\n");
    const MappedImport::Preview preview = previewOf(text);
    ColumnMapping mapping = ColumnMapping::guess(preview.header, preview.rows);
    ASSERT_EQ(mapping.kind, ColumnMapping::Kind::CrampPerRow);
    EXPECT_EQ(mapping.date, QStringLiteral("When"));
    EXPECT_EQ(mapping.dateFormat, QStringLiteral("dd/MM/yyyy"));
    EXPECT_EQ(mapping.time, QStringLiteral("Time"));
    EXPECT_EQ(mapping.severity, QStringLiteral("Pain (0-5)"));
    EXPECT_EQ(mapping.leg, QStringLiteral("Side"));
    EXPECT_EQ(mapping.muscle, QStringLiteral("Where"));
    EXPECT_EQ(mapping.notes, QStringLiteral("Comment"));
    mapping.severityMax = 5;

    TempDiary temp;
    auto diary = temp.open();
    const CsvImportResult result = importText(*diary, text, mapping);
    ASSERT_TRUE(result.ok()) << result.describe().toStdString();
    const QList<Episode> cramps = diary->allEpisodes();
    ASSERT_EQ(cramps.size(), 3);
    EXPECT_EQ(cramps[0].start.time(), QTime(3, 15));
    EXPECT_EQ(cramps[0].severity, 8);
    EXPECT_EQ(cramps[0].leg, Leg::Left);
    EXPECT_EQ(cramps[0].muscle, Muscle::Calf);
    EXPECT_EQ(cramps[0].notes, QStringLiteral("woke me"));
    EXPECT_EQ(cramps[1].start.time(), QTime(MappedImport::AssumedHour, 0)) << "no time: 03:00";
    EXPECT_EQ(cramps[1].severity, 10);
    EXPECT_EQ(cramps[1].muscle, Muscle::ThighBack);
    EXPECT_EQ(cramps[2].leg, Leg::Both);
    EXPECT_EQ(cramps[2].muscle, Muscle::Other);
    EXPECT_EQ(cramps[2].notes, QStringLiteral("Where: shin")) << "an unknown muscle word is kept, not lost";
}

TEST(MappedImport, ProblemsAreNamedByLineAndColumnAndNothingIsImported)
{
    ColumnMapping mapping;
    mapping.date = QStringLiteral("Date");
    mapping.severity = QStringLiteral("Pain");
    mapping.severityMax = 5;
    mapping.leg = QStringLiteral("Side");
    const QString text = QStringLiteral("Date,Pain,Side\n"
                                        "2026-10-01,3,left\n"
                                        "2026-10-02,9,middle\n"
                                        "yesterday,2,right\n");
    TempDiary temp;
    auto diary = temp.open();
    const CsvImportResult result = importText(*diary, text, mapping);
    ASSERT_FALSE(result.ok());
    const QString described = result.describe();
    EXPECT_TRUE(described.contains(QStringLiteral("line 3, column Pain"))) << described.toStdString();
    EXPECT_TRUE(described.contains(QStringLiteral("line 3, column Side"))) << described.toStdString();
    EXPECT_TRUE(described.contains(QStringLiteral("line 4, column Date"))) << described.toStdString();
    EXPECT_EQ(diary->episodeCount(), 0);

    mapping.notes = QStringLiteral("Comment"); // a column the file does not have
    const CsvImportResult missing = importText(*diary, text, mapping);
    EXPECT_TRUE(missing.describe().contains(QStringLiteral("line 1, column Comment")))
            << missing.describe().toStdString();
    EXPECT_EQ(diary->episodeCount(), 0);

    const CsvImportResult badRating
            = importText(*diary, QStringLiteral("Date,Leg cramps\n2026-10-01,7\n"),
                         ColumnMapping::fromJson({ { QStringLiteral("kind"), QStringLiteral("symptom-sheet") },
                                                   { QStringLiteral("date"), QStringLiteral("Date") },
                                                   { QStringLiteral("symptom"), QStringLiteral("Leg cramps") } }));
    EXPECT_TRUE(badRating.describe().contains(QStringLiteral("line 2, column Leg cramps")))
            << badRating.describe().toStdString();
    EXPECT_FALSE(diary->nightLog(QDate(2026, 9, 30)).has_value());
}

TEST(ColumnMapping, AMappingFileIsReadStrictlyAndRoundTrips)
{
    ColumnMapping mapping;
    mapping.date = QStringLiteral("When");
    mapping.factorColumn = QStringLiteral("Gym");
    mapping.factor = QStringLiteral("exercise");
    mapping.dateFormat = QStringLiteral("dd.MM.yyyy");
    mapping.severity = QStringLiteral("Pain");
    mapping.severityMax = 5;
    EXPECT_EQ(ColumnMapping::fromJson(mapping.toJson()), mapping);
    QJsonObject unknown = mapping.toJson();
    unknown.insert(QStringLiteral("colour"), QStringLiteral("blue"));
    EXPECT_THROW(ColumnMapping::fromJson(unknown), StoreError);
    QJsonObject badFormat = mapping.toJson();
    badFormat.insert(QStringLiteral("dateFormat"), QStringLiteral("d/M/yy"));
    EXPECT_THROW(ColumnMapping::fromJson(badFormat), StoreError);
    EXPECT_THROW(ColumnMapping::fromJson({ { QStringLiteral("kind"), QStringLiteral("symptom-sheet") },
                                           { QStringLiteral("date"), QStringLiteral("Date") } }),
                 StoreError)
            << "a symptom sheet needs its symptom column";
}

// A column can fill an evening factor for each night: it is read as the factor's kind,
// never overwrites a value the person gave, and a wrong value is named by line and column.
TEST(MappedImport, AColumnFillsAnEveningFactorForEachNight)
{
    TempDiary temp;
    auto diary = temp.open();
    qint64 exercise = 0;
    for (const Factor &f : diary->factors())
        if (f.builtinKey == QLatin1StringView("exercise"))
            exercise = f.id;
    NightLog given;
    given.night = QDate(2026, 10, 2);
    given.checkedInAt = QDateTime::currentDateTimeUtc();
    given.values.insert(exercise, true); // the person's own answer for that night
    diary->saveNightLog(given);

    ColumnMapping mapping;
    mapping.date = QStringLiteral("Date");
    mapping.time = QStringLiteral("Time");
    mapping.factorColumn = QStringLiteral("Gym");
    mapping.factor = QStringLiteral("exercise");
    const QString text = QStringLiteral("Date,Time,Gym\n"
                                        "2026-10-02,03:00,ja\n"
                                        "2026-10-03,04:10,no\n"
                                        "2026-10-04,02:00,\n");
    const CsvImportResult result = importText(*diary, text, mapping);
    ASSERT_TRUE(result.ok()) << result.describe().toStdString();
    EXPECT_EQ(result.imported, 3);
    EXPECT_EQ(diary->nightLog(QDate(2026, 10, 1))->values.value(exercise), FactorValue(true));
    EXPECT_EQ(diary->nightLog(QDate(2026, 10, 2))->values.value(exercise), FactorValue(true))
            << "the person's answer stays";
    EXPECT_EQ(diary->nightLog(QDate(2026, 10, 2))->checkedInAt.toSecsSinceEpoch(),
              given.checkedInAt.toSecsSinceEpoch());
    EXPECT_FALSE(diary->nightLog(QDate(2026, 10, 3)).has_value()) << "no value: no check-in made up";

    TempDiary other;
    auto fresh = other.open();
    const CsvImportResult wrong
            = importText(*fresh, QStringLiteral("Date,Time,Gym\n2026-10-02,03:00,maybe\n"), mapping);
    EXPECT_TRUE(wrong.describe().contains(QStringLiteral("line 2, column Gym"))) << wrong.describe().toStdString();
    EXPECT_EQ(fresh->episodeCount(), 0);
    mapping.factor = QStringLiteral("Tonic water");
    const CsvImportResult unknown = importText(*fresh, text, mapping);
    EXPECT_TRUE(unknown.describe().contains(QStringLiteral("Tonic water"))) << unknown.describe().toStdString();
}
