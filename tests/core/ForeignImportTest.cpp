// Files in the real layouts of other apps (tests/fixtures/other-apps), read through the
// window's guess and imported: each compared entry by entry with what the file says.
#include "TempDiary.h"
#include "core/exchange/ColumnMapping.h"
#include "core/exchange/ForeignTime.h"
#include "core/exchange/ForeignWords.h"
#include "core/exchange/MappedImport.h"
#include "core/store/StoreError.h"

#include <cstdlib>
#include <ctime>
#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(CRAMP_FIXTURES "/other-apps/") + QLatin1StringView(name);
}

// Central European time with its summer time, written out so no zone database is needed.
struct BerlinTime {
    QByteArray before = qgetenv("TZ");
    BerlinTime()
    {
        qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
        tzset();
    }
    ~BerlinTime()
    {
        if (before.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", before);
        tzset();
    }
};

struct Imported {
    ColumnMapping mapping;
    CsvImportResult result;
    ImportForecast forecast;
    QList<Episode> cramps;
};

Imported importThroughTheGuess(DiaryRepository &diary, const char *name)
{
    QFile file(fixture(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    Imported out;
    const MappedImport::Preview preview = MappedImport::preview(file);
    out.mapping = ColumnMapping::guess(preview.header, preview.rows);
    out.result = MappedImport::import(diary, file, out.mapping, NightClock(), &out.forecast);
    out.cramps = diary.allEpisodes();
    return out;
}

QDateTime local(const char *text)
{
    const QDateTime t = QDateTime::fromString(QLatin1StringView(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    return t.toOffsetFromUtc(t.offsetFromUtc());
}

// Every column of a file whose values are not ratings is never read as a severity.
bool severityIsARating(const ColumnMapping &m, const MappedImport::Preview &preview)
{
    if (m.severity.isEmpty())
        return true;
    const qsizetype c = preview.header.indexOf(m.severity);
    for (const QStringList &row : preview.rows) {
        bool otherReading = !m.crampRowsIn.isEmpty(); // a mood or sleep row of a long file is no cramp
        for (const QString &column : m.crampRowsIn)
            otherReading = otherReading && !ColumnMapping::namesACramp(row.value(preview.header.indexOf(column)));
        if (otherReading)
            continue;
        const QString v = row.value(c).trimmed();
        bool ok = false;
        const double rating = v.toDouble(&ok);
        if (!v.isEmpty() && (!ok || rating != std::floor(rating * 2) / 2 || rating > m.severityMax))
            return false;
    }
    return true;
}
} // namespace

TEST(ForeignImport, AFlaredownExportIsASymptomSheetAndItsOtherColumnsAreIgnored)
{
    TempDiary temp;
    auto diary = temp.open();
    const Imported in = importThroughTheGuess(*diary, "flaredown.csv");
    ASSERT_EQ(in.mapping.kind, ColumnMapping::Kind::SymptomSheet);
    EXPECT_EQ(in.mapping.symptom, QStringLiteral("Leg cramps"));
    EXPECT_TRUE(in.mapping.severity.isEmpty());
    ASSERT_TRUE(in.result.ok()) << in.result.describe().toStdString(); // rows without weather are shorter
    // 3 Mar 0, 4 Mar 3, 5 Mar unrated, 6 Mar 1, 7 Mar 4, 8 Mar 0.
    ASSERT_EQ(in.cramps.size(), 3);
    const QList<std::pair<QDate, int>> expected { { QDate(2024, 3, 4), 8 },
                                                  { QDate(2024, 3, 6), 3 },
                                                  { QDate(2024, 3, 7), 10 } };
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(in.cramps[i].start.date(), expected[i].first);
        EXPECT_EQ(in.cramps[i].start.time(), QTime(3, 0));
        EXPECT_EQ(in.cramps[i].severity, expected[i].second);
        EXPECT_FALSE(in.cramps[i].leg.has_value());
    }
    // Five rated days: five tracked nights, the night before each.
    for (const QDate night :
         { QDate(2024, 3, 2), QDate(2024, 3, 3), QDate(2024, 3, 5), QDate(2024, 3, 6), QDate(2024, 3, 7) })
        EXPECT_TRUE(diary->nightLog(night).has_value()) << night.toString(Qt::ISODate).toStdString();
    EXPECT_FALSE(diary->nightLog(QDate(2024, 3, 4)).has_value());
    EXPECT_EQ(in.forecast.cramps, 3);
    EXPECT_EQ(in.forecast.checkIns, 5);
}

// Some Flaredown exports give the check-in's save time in UTC after the date; the day is
// still the day the person rated, and the cramps stay at 03:00 on it.
TEST(ForeignImport, AFlaredownExportWithSaveTimesIsReadByItsDays)
{
    QFile file(fixture("flaredown.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    for (int day = 3; day <= 8; ++day)
        bytes.replace(QStringLiteral("\n2024-03-0%1,").arg(day).toUtf8(),
                      QStringLiteral("\n2024-03-0%1 13:12:45 UTC,").arg(day).toUtf8());
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const MappedImport::Preview preview = MappedImport::preview(buffer);
    const ColumnMapping guess = ColumnMapping::guess(preview.header, preview.rows);
    ASSERT_EQ(guess.kind, ColumnMapping::Kind::SymptomSheet);
    TempDiary temp;
    auto diary = temp.open();
    const CsvImportResult result = MappedImport::import(*diary, buffer, guess);
    ASSERT_TRUE(result.ok()) << result.describe().toStdString();
    const QList<Episode> cramps = diary->allEpisodes();
    ASSERT_EQ(cramps.size(), 3);
    EXPECT_EQ(cramps[0].start.date(), QDate(2024, 3, 4));
    EXPECT_EQ(cramps[0].start.time(), QTime(3, 0));
}

TEST(ForeignImport, AFlaredownExportWithoutACrampColumnAsksWhichColumnHoldsThem)
{
    QFile file(fixture("flaredown.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll().replace("Leg cramps", "Calf pain");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const MappedImport::Preview preview = MappedImport::preview(buffer);
    const ColumnMapping guess = ColumnMapping::guess(preview.header, preview.rows);
    EXPECT_EQ(guess.kind, ColumnMapping::Kind::SymptomSheet);
    EXPECT_TRUE(guess.symptom.isEmpty());
    EXPECT_TRUE(guess.severity.isEmpty()); // never "Weather precipitation intensity"
}

TEST(ForeignImport, ABearableExportKeepsOnlyItsCrampRowsWithTheirPartOfTheDay)
{
    TempDiary temp;
    auto diary = temp.open();
    const Imported in = importThroughTheGuess(*diary, "bearable.csv");
    EXPECT_EQ(in.mapping.crampRowsIn, (QStringList { QStringLiteral("category"), QStringLiteral("detail") }));
    EXPECT_EQ(in.mapping.severity, QStringLiteral("rating/amount"));
    EXPECT_EQ(in.mapping.severityMax, 4);
    EXPECT_EQ(in.mapping.time, QStringLiteral("time of day"));
    ASSERT_TRUE(in.result.ok()) << in.result.describe().toStdString();
    EXPECT_EQ(in.result.otherRows, 6);
    ASSERT_EQ(in.cramps.size(), 3);
    EXPECT_EQ(in.cramps[0].start, local("2026-11-02 03:00"));
    EXPECT_EQ(in.cramps[0].severity, 8); // 3 of 4
    EXPECT_TRUE(in.cramps[0].notes.contains(QStringLiteral("\u201cpre\u201d"))) << in.cramps[0].notes.toStdString();
    EXPECT_TRUE(in.cramps[0].notes.contains(QStringLiteral("woke me twice")));
    EXPECT_EQ(in.cramps[1].start, local("2026-11-03 03:00"));
    EXPECT_EQ(in.cramps[1].severity, 5);
    EXPECT_EQ(in.cramps[2].start, local("2026-11-05 02:40"));
    EXPECT_EQ(in.cramps[2].severity, 10);
    EXPECT_EQ(in.forecast.approximateTimes, 2);
}

TEST(ForeignImport, TwelveHourClocksAreReadAsWritten)
{
    TempDiary temp;
    auto diary = temp.open();
    const Imported in = importThroughTheGuess(*diary, "twelve-hour.csv");
    EXPECT_EQ(in.mapping.dateFormat, QStringLiteral("MM/dd/yyyy"));
    ASSERT_TRUE(in.result.ok()) << in.result.describe().toStdString();
    ASSERT_EQ(in.cramps.size(), 4);
    EXPECT_EQ(in.cramps[0].start, local("2026-11-19 23:04")); // 11:04 PM, never the morning
    EXPECT_EQ(in.cramps[1].start, local("2026-11-20 03:15"));
    EXPECT_EQ(in.cramps[2].start, local("2026-11-21 00:30")); // 12:30 AM is just after midnight
    EXPECT_EQ(in.cramps[3].start, local("2026-11-22 12:05")); // 12:05 PM is just after noon
    EXPECT_EQ(in.cramps[0].severity, 6);
    EXPECT_EQ(in.cramps[0].leg, Leg::Left);
    EXPECT_EQ(in.cramps[2].leg, Leg::Both);
}

TEST(ForeignImport, TimesWrittenInUtcOrWithAnOffsetAreMovedToTheComputersClock)
{
    const BerlinTime berlin;
    TempDiary temp;
    auto diary = temp.open();
    const Imported in = importThroughTheGuess(*diary, "utc.csv");
    ASSERT_TRUE(in.result.ok()) << in.result.describe().toStdString();
    ASSERT_EQ(in.cramps.size(), 4);
    // June: Berlin is UTC+2.
    EXPECT_EQ(in.cramps[0].start.toString(Qt::ISODate), QStringLiteral("2026-06-10T02:40:00+02:00"));
    EXPECT_EQ(in.cramps[1].start.toString(Qt::ISODate), QStringLiteral("2026-06-11T00:15:00+02:00"));
    EXPECT_EQ(in.cramps[2].start.toString(Qt::ISODate), QStringLiteral("2026-06-12T03:30:00+02:00"));
    EXPECT_EQ(in.cramps[3].start.toString(Qt::ISODate), QStringLiteral("2026-06-13T03:05:00+02:00"));
    EXPECT_EQ(in.cramps[1].severity, 7);
    EXPECT_EQ(in.cramps[1].leg, Leg::Right);
}

TEST(ForeignImport, ASemicolonFileIsReadByItsSeparator)
{
    QFile file(fixture("semicolon.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(MappedImport::preview(file).separator, QLatin1Char(';'));
    TempDiary temp;
    auto diary = temp.open();
    const Imported in = importThroughTheGuess(*diary, "semicolon.csv");
    EXPECT_EQ(in.mapping.dateFormat, QStringLiteral("dd.MM.yyyy"));
    EXPECT_EQ(in.mapping.severity, QStringLiteral("Schmerz (0-10)"));
    ASSERT_TRUE(in.result.ok()) << in.result.describe().toStdString();
    ASSERT_EQ(in.cramps.size(), 3);
    EXPECT_EQ(in.cramps[0].start, local("2026-11-02 03:10"));
    EXPECT_EQ(in.cramps[0].leg, Leg::Left);
    EXPECT_EQ(in.cramps[1].start, local("2026-11-03 04:45"));
    EXPECT_EQ(in.cramps[2].notes, QStringLiteral("Notiz; mit Semikolon"));
    EXPECT_EQ(in.cramps[2].leg, Leg::Both);
}

TEST(ForeignImport, AColumnOfSideAndMuscleAndADurationInMinutes)
{
    TempDiary temp;
    auto diary = temp.open();
    const Imported in = importThroughTheGuess(*diary, "combined-tab.csv");
    EXPECT_EQ(in.mapping.leg, QStringLiteral("Location"));
    EXPECT_EQ(in.mapping.muscle, QStringLiteral("Location"));
    EXPECT_EQ(in.mapping.duration, QStringLiteral("Duration (min)"));
    EXPECT_EQ(in.mapping.durationUnit, ColumnMapping::DurationUnit::Minutes);
    EXPECT_EQ(in.mapping.severityMax, 5);
    ASSERT_TRUE(in.result.ok()) << in.result.describe().toStdString();
    ASSERT_EQ(in.cramps.size(), 4);
    const QList<std::tuple<Leg, Muscle, int, int>> expected {
        { Leg::Left, Muscle::Calf, 90, 8 }, // 4 of 5
        { Leg::Right, Muscle::Foot, 120, 6 },
        { Leg::Both, Muscle::Calf, 30, 10 },
        { Leg::Right, Muscle::ThighFront, 180, 4 },
    };
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(in.cramps[i].leg, std::get<0>(expected[i])) << i;
        EXPECT_EQ(in.cramps[i].muscle, std::get<1>(expected[i])) << i;
        EXPECT_EQ(in.cramps[i].durationSeconds, std::get<2>(expected[i])) << i;
        EXPECT_EQ(in.cramps[i].severity, std::get<3>(expected[i])) << i;
    }
}

TEST(ForeignImport, TheGuessNeverMapsAColumnOfNonRatingsToSeverity)
{
    for (const QString &name :
         QDir(QStringLiteral(CRAMP_FIXTURES "/other-apps")).entryList({ QStringLiteral("*.csv") })) {
        QFile file(QStringLiteral(CRAMP_FIXTURES "/other-apps/") + name);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const MappedImport::Preview preview = MappedImport::preview(file);
        const ColumnMapping guess = ColumnMapping::guess(preview.header, preview.rows);
        EXPECT_TRUE(severityIsARating(guess, preview)) << name.toStdString() << " -> " << guess.severity.toStdString();
        EXPECT_TRUE(guess.missingFrom(preview.header).isEmpty()) << name.toStdString();
    }
    // A column named like a severity whose values are measurements is left unmapped.
    const QStringList header { QStringLiteral("Date"), QStringLiteral("Intensity") };
    const ColumnMapping guess = ColumnMapping::guess(header,
                                                     { { QStringLiteral("2026-11-02"), QStringLiteral("0.0123") },
                                                       { QStringLiteral("2026-11-03"), QStringLiteral("1012.4") } });
    EXPECT_TRUE(guess.severity.isEmpty());
    // Within the scale but neither whole numbers nor halves: a measurement, not a rating.
    EXPECT_TRUE(ColumnMapping::guess(header,
                                     { { QStringLiteral("2026-11-02"), QStringLiteral("0.3") },
                                       { QStringLiteral("2026-11-03"), QStringLiteral("2.7") } })
                        .severity.isEmpty());
    EXPECT_EQ(ColumnMapping::guess(header,
                                   { { QStringLiteral("2026-11-02"), QStringLiteral("3.5") },
                                     { QStringLiteral("2026-11-03"), QStringLiteral("7") } })
                      .severity,
              QStringLiteral("Intensity"));
}

TEST(ForeignImport, ForeignClocksAndZones)
{
    EXPECT_EQ(ForeignTime::timeOfDay(QStringLiteral("11:04 PM")), QTime(23, 4));
    EXPECT_EQ(ForeignTime::timeOfDay(QStringLiteral("11:04pm")), QTime(23, 4));
    EXPECT_EQ(ForeignTime::timeOfDay(QStringLiteral("12:00 a.m.")), QTime(0, 0));
    EXPECT_EQ(ForeignTime::timeOfDay(QStringLiteral("12:00 PM")), QTime(12, 0));
    EXPECT_EQ(ForeignTime::timeOfDay(QStringLiteral("4.05")), QTime(4, 5));
    EXPECT_EQ(ForeignTime::timeOfDay(QStringLiteral("23:04:33")), QTime(23, 4, 33));
    EXPECT_FALSE(ForeignTime::timeOfDay(QStringLiteral("13:00 PM")));
    EXPECT_FALSE(ForeignTime::timeOfDay(QStringLiteral("0:30 AM")));
    EXPECT_FALSE(ForeignTime::timeOfDay(QStringLiteral("25:00")));
    EXPECT_EQ(ForeignTime::offset(QStringLiteral("Z")), 0);
    EXPECT_EQ(ForeignTime::offset(QStringLiteral("+05:30")), 5 * 3600 + 1800);
    EXPECT_EQ(ForeignTime::offset(QStringLiteral("-0800")), -8 * 3600);
    EXPECT_FALSE(ForeignTime::offset(QStringLiteral("+19:00")));
    const ForeignTime::Parts parts = ForeignTime::split(QStringLiteral("2026-11-20T03:10:00.250+01:00"));
    EXPECT_EQ(parts.date, QStringLiteral("2026-11-20"));
    EXPECT_EQ(parts.time, QStringLiteral("03:10:00.250"));
    EXPECT_EQ(parts.zone, QStringLiteral("+01:00"));
    EXPECT_EQ(ForeignTime::split(QStringLiteral("Mar 5, 2024 11:04 PM")).date, QStringLiteral("Mar 5, 2024"));
    EXPECT_EQ(ForeignTime::date(QStringLiteral("5/3/2024"), QStringLiteral("dd/MM/yyyy")), QDate(2024, 3, 5));
    EXPECT_EQ(ForeignWords::duration(QStringLiteral("1:30"), ColumnMapping::DurationUnit::Seconds), 90);
    EXPECT_EQ(ForeignWords::duration(QStringLiteral("1,5"), ColumnMapping::DurationUnit::Minutes), 90);
    EXPECT_FALSE(ForeignWords::duration(QStringLiteral("-3"), ColumnMapping::DurationUnit::Seconds));
}

TEST(ForeignImport, AMappingFileIsRefusedInItsOwnWordsAndAKeyGivenTwiceIsRefused)
{
    try {
        ColumnMapping::fromJsonText(R"({"kind": "cramp-per-row", "date": "When", "date": "Day"})");
        ADD_FAILURE() << "a key given twice was accepted";
    } catch (const StoreError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("\u201cdate\u201d is given twice")))
                << error.message().toStdString();
    }
    try {
        ColumnMapping::fromJsonText(R"({"kind": "cramp-per-row", "date": "When", "severityMax": 0})");
        ADD_FAILURE() << "a scale of 0 was accepted";
    } catch (const StoreError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("mapping file"))) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(QStringLiteral("severityMax")));
        EXPECT_FALSE(error.message().contains(QStringLiteral("backup")));
        EXPECT_FALSE(error.message().contains(QStringLiteral("restored")));
    }
    // Nested objects and arrays keep their own keys.
    EXPECT_NO_THROW(ColumnMapping::fromJsonText(
            R"({"kind": "cramp-per-row", "date": "d", "crampRowsIn": ["category", "detail"], "notes": "n"})"));
}
