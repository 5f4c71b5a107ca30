#include "core/demo/DemoDiaryGenerator.h"

#include "TempDiary.h"
#include "core/exchange/EpisodeJson.h"
#include "core/settings/Translations.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace {
DemoDiaryGenerator::Options options(int nights, quint32 seed)
{
    DemoDiaryGenerator::Options o;
    o.nights = nights;
    o.seed = seed;
    o.lastNight = QDate(2026, 10, 31);
    o.zone = QTimeZone("Europe/London");
    return o;
}

QByteArray dump(DiaryRepository &diary)
{
    QJsonArray array;
    for (const Episode &e : diary.allEpisodes())
        array.append(EpisodeJson::toJson(e, NightClock()));
    return QJsonDocument(array).toJson();
}
} // namespace

TEST(DemoDiaryGenerator, TheSameSeedGivesTheSameDiary)
{
    TempDiary a, b, c;
    auto first = a.open();
    auto second = b.open();
    auto third = c.open();
    DemoDiaryGenerator::generate(*first, options(120, 7));
    DemoDiaryGenerator::generate(*second, options(120, 7));
    DemoDiaryGenerator::generate(*third, options(120, 8));
    EXPECT_EQ(dump(*first), dump(*second));
    EXPECT_NE(dump(*first), dump(*third));
}

TEST(DemoDiaryGenerator, AYearLooksLikeARealDiary)
{
    TempDiary temp;
    auto diary = temp.open();
    const auto summary = DemoDiaryGenerator::generate(*diary, options(365, 1));
    EXPECT_EQ(summary.nights, 365);
    EXPECT_EQ(diary->episodeCount(), summary.episodes);
    // Cramps on some but far from all nights, check-ins on most.
    EXPECT_GT(summary.episodes, 60);
    EXPECT_LT(summary.episodes, 250);
    EXPECT_GT(summary.checkIns, 200);
    EXPECT_LT(summary.checkIns, 358);
    EXPECT_EQ(diary->untrackedPeriods().size(), 1);
    ASSERT_EQ(diary->medications().size(), 2);

    const NightClock clock;
    QSet<QDate> crampNights;
    for (const Episode &e : diary->allEpisodes()) {
        crampNights.insert(clock.nightOf(e.start));
        ASSERT_TRUE(e.severity.has_value());
        EXPECT_GE(*e.severity, 1);
        EXPECT_LE(*e.severity, 10);
        // Night cramps happen in bed: between late evening and morning.
        const int hour = clock.hoursIntoNight(e.start);
        EXPECT_GE(hour, 10);
        EXPECT_LE(hour, 21);
    }
    // The built-in pattern: nights after little water have cramps more often.
    const qint64 water = diary->factorByKey(QStringLiteral("water_ml"))->id;
    int lowNights = 0, lowCramps = 0, otherNights = 0, otherCramps = 0;
    for (const NightLog &log : diary->nightLogs(QDate(2025, 1, 1), QDate(2026, 12, 31))) {
        const bool cramp = crampNights.contains(log.night);
        if (std::get<double>(log.values.value(water)) < 1200) {
            ++lowNights;
            lowCramps += cramp;
        } else {
            ++otherNights;
            otherCramps += cramp;
        }
    }
    ASSERT_GT(lowNights, 20);
    EXPECT_GT(double(lowCramps) / lowNights, 1.3 * double(otherCramps) / otherNights);
}

// A demo diary made in German reads as a German person's: doses and notes in German.
TEST(DemoDiaryGenerator, WritesItsDosesAndNotesInTheDiarysLanguage)
{
    TempDiary temp;
    auto diary = temp.open();
    Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
    DemoDiaryGenerator::generate(*diary, options(365, 1));
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStringList doses;
    for (const Medication &m : diary->medications())
        doses.append(m.dose);
    EXPECT_EQ(doses, QStringList({ QStringLiteral("20 mg abends"), QStringLiteral("2,5 mg morgens") }));
    QSet<QString> notes;
    for (const Episode &e : diary->allEpisodes())
        if (!e.notes.isEmpty())
            notes.insert(e.notes);
    ASSERT_FALSE(notes.isEmpty());
    for (const QString &note : std::as_const(notes))
        EXPECT_FALSE(note.contains(QRegularExpression(QStringLiteral("\\b(the|with|and|day)\\b"))))
                << note.toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("15 km gewandert, heißer Tag.")));
}
