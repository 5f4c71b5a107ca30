#include "TempDiary.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

namespace {
Episode fullEpisode()
{
    Episode e;
    e.start = at("2026-11-20T03:12:45+01:00");
    e.durationSeconds = 95;
    e.severity = 7;
    e.leg = Leg::Right;
    e.muscle = Muscle::Calf;
    e.wokeFromSleep = true;
    e.sleepDisturbance = 6;
    e.reliefs = { { Relief::Stretch, true }, { Relief::Massage, false }, { Relief::Heat, std::nullopt } };
    e.sorenessAfter = true;
    e.warningSigns = { WarningSign::Swelling, WarningSign::NumbnessOrTingling };
    e.notes = QStringLiteral("Line one, \"quoted\"\nline two \u00e9\u00e8 \U0001F9B5");
    return e;
}

Episode minimalEpisode(const char *iso)
{
    Episode e;
    e.start = at(iso);
    return e;
}
} // namespace

TEST(Repository, EveryEpisodeFieldSurvivesARoundTrip)
{
    TempDiary temp;
    qint64 id = 0;
    Episode written = fullEpisode();
    {
        auto diary = temp.open();
        id = diary->addEpisode(written);
    }
    auto diary = temp.open(); // a fresh connection reads from the file, not a cache
    const auto read = diary->episode(id);
    ASSERT_TRUE(read.has_value());
    written.id = id;
    EXPECT_EQ(*read, written);
    EXPECT_EQ(read->start.offsetFromUtc(), 3600);
    EXPECT_EQ(read->start.toString(Qt::ISODate), QStringLiteral("2026-11-20T03:12:45+01:00"));
}

TEST(Repository, AnEpisodeWithOnlyAStartKeepsEveryDetailUnknown)
{
    TempDiary temp;
    auto diary = temp.open();
    const qint64 id = diary->addEpisode(minimalEpisode("2026-11-20T03:00:00Z"));
    const Episode read = *diary->episode(id);
    EXPECT_FALSE(read.severity.has_value());
    EXPECT_FALSE(read.leg.has_value());
    EXPECT_FALSE(read.durationSeconds.has_value());
    EXPECT_FALSE(read.wokeFromSleep.has_value());
    EXPECT_TRUE(read.reliefs.isEmpty());
}

TEST(Repository, UpdateReplacesDetailsAndRemoveDeletesThem)
{
    TempDiary temp;
    auto diary = temp.open();
    Episode e = fullEpisode();
    e.id = diary->addEpisode(e);
    e.reliefs = { { Relief::Walk, true } };
    e.warningSigns.clear();
    e.severity = 3;
    diary->updateEpisode(e);
    EXPECT_EQ(*diary->episode(e.id), e);
    diary->removeEpisode(e.id);
    EXPECT_FALSE(diary->episode(e.id).has_value());
    EXPECT_EQ(diary->episodeCount(), 0);
}

TEST(Repository, SeveralEpisodesInOneNightAreFoundByNight)
{
    TempDiary temp;
    auto diary = temp.open();
    diary->addEpisode(minimalEpisode("2026-11-20T22:40:00+01:00")); // night of the 20th
    diary->addEpisode(minimalEpisode("2026-11-21T03:00:00+01:00")); // same night
    diary->addEpisode(minimalEpisode("2026-11-21T05:10:00+01:00")); // same night
    diary->addEpisode(minimalEpisode("2026-11-21T23:00:00+01:00")); // night of the 21st
    const NightClock clock;
    EXPECT_EQ(diary->episodesInNights(QDate(2026, 11, 20), QDate(2026, 11, 20), clock).size(), 3);
    EXPECT_EQ(diary->episodesInNights(QDate(2026, 11, 21), QDate(2026, 11, 21), clock).size(), 1);
    EXPECT_EQ(diary->episodesInNights(QDate(2026, 11, 19), QDate(2026, 11, 21), clock).size(), 4);
    const auto all = diary->allEpisodes();
    ASSERT_EQ(all.size(), 4);
    EXPECT_LT(all.first().start, all.last().start);
}

TEST(Repository, EpisodesAreFoundByTheWallClockTheyWereLivedBy)
{
    TempDiary temp;
    auto diary = temp.open();
    // 02:00 in New York (07:00 UTC) on the 21st is the night of the 20th.
    diary->addEpisode(minimalEpisode("2026-11-21T02:00:00-05:00"));
    // 13:00 in Tokyo on the 21st (04:00 UTC) is the night of the 21st, though earlier in UTC.
    diary->addEpisode(minimalEpisode("2026-11-21T13:00:00+09:00"));
    const NightClock clock;
    const auto night20 = diary->episodesInNights(QDate(2026, 11, 20), QDate(2026, 11, 20), clock);
    ASSERT_EQ(night20.size(), 1);
    EXPECT_EQ(night20.first().start.offsetFromUtc(), -5 * 3600);
    EXPECT_EQ(diary->episodesInNights(QDate(2026, 11, 21), QDate(2026, 11, 21), clock).size(), 1);
}

TEST(Repository, InvalidEpisodesAreRejectedWithReasonsAndNothingIsWritten)
{
    TempDiary temp;
    auto diary = temp.open();
    Episode future = minimalEpisode("2026-11-20T03:00:00Z");
    future.start = QDateTime::currentDateTimeUtc().addDays(2);
    Episode negative = minimalEpisode("2026-11-20T03:00:00Z");
    negative.durationSeconds = -5;
    Episode tooSevere = minimalEpisode("2026-11-20T03:00:00Z");
    tooSevere.severity = 11;
    Episode noStart;
    for (const Episode &bad : { future, negative, tooSevere, noStart }) {
        try {
            diary->addEpisode(bad);
            ADD_FAILURE() << "accepted a bad episode";
        } catch (const StoreError &error) {
            EXPECT_EQ(error.kind(), StoreError::Kind::Rejected);
            EXPECT_FALSE(error.message().isEmpty());
        }
    }
    EXPECT_EQ(diary->episodeCount(), 0);
}

TEST(Repository, ChangesAreAnnouncedAfterTheyAreCommitted)
{
    TempDiary temp;
    auto diary = temp.open();
    QSignalSpy added(diary.get(), &DiaryRepository::episodeAdded);
    QSignalSpy updated(diary.get(), &DiaryRepository::episodeUpdated);
    QSignalSpy removed(diary.get(), &DiaryRepository::episodeRemoved);
    QSignalSpy nights(diary.get(), &DiaryRepository::nightLogChanged);
    Episode e = minimalEpisode("2026-11-20T03:00:00Z");
    e.id = diary->addEpisode(e);
    ASSERT_EQ(added.size(), 1);
    EXPECT_EQ(added.first().first().toLongLong(), e.id);
    diary->updateEpisode(e);
    EXPECT_EQ(updated.size(), 1);
    diary->removeEpisode(e.id);
    EXPECT_EQ(removed.size(), 1);
    diary->saveNightLog(NightLog { QDate(2026, 11, 20), {}, {}, {}, {} });
    ASSERT_EQ(nights.size(), 1);
    EXPECT_EQ(nights.first().first().toDate(), QDate(2026, 11, 20));
    // A rejected write announces nothing.
    Episode bad = e;
    bad.severity = 12;
    EXPECT_THROW(diary->addEpisode(bad), StoreError);
    EXPECT_EQ(added.size(), 1);
}

TEST(Repository, ANightWithoutCrampsKeepsItsCheckIn)
{
    TempDiary temp;
    auto diary = temp.open();
    const auto water = diary->factorByKey(QStringLiteral("water_ml"));
    const auto position = diary->factorByKey(QStringLiteral("sleep_position"));
    const auto stretched = diary->factorByKey(QStringLiteral("exercise"));
    ASSERT_TRUE(water && position && stretched);
    const qint64 medicine = diary->addMedication({ 0,
                                                   QStringLiteral("Furosemide"),
                                                   DrugClass::Diuretic,
                                                   QStringLiteral("40 mg"),
                                                   { { QDate(2026, 1, 5), std::nullopt } } });
    NightLog log { QDate(2026, 11, 20), at("2026-11-20T21:30:00Z"), {}, { medicine }, QStringLiteral("quiet evening") };
    log.values.insert(water->id, 1250.0);
    log.values.insert(position->id, QStringLiteral("toes_pointed"));
    log.values.insert(stretched->id, false);
    diary->saveNightLog(log);
    const auto read = diary->nightLog(QDate(2026, 11, 20));
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(*read, log);
    EXPECT_EQ(diary->episodeCount(), 0);
    EXPECT_EQ(diary->firstNight(NightClock()), QDate(2026, 11, 20));
    // Saving again replaces the whole log.
    log.values.remove(water->id);
    diary->saveNightLog(log);
    EXPECT_EQ(diary->nightLog(QDate(2026, 11, 20))->values.size(), 2);
    diary->removeNightLog(QDate(2026, 11, 20));
    EXPECT_FALSE(diary->nightLog(QDate(2026, 11, 20)).has_value());
}

TEST(Repository, FactorValuesOfTheWrongKindAreRejected)
{
    TempDiary temp;
    auto diary = temp.open();
    const auto water = *diary->factorByKey(QStringLiteral("water_ml"));
    const auto position = *diary->factorByKey(QStringLiteral("sleep_position"));
    const auto stress = *diary->factorByKey(QStringLiteral("stress"));
    const QList<std::pair<qint64, FactorValue>> bad = {
        { water.id, true }, { water.id, -10.0 }, { position.id, QStringLiteral("upside_down") }, { stress.id, 11.0 }
    };
    for (const auto &[factorId, value] : bad) {
        NightLog log { QDate(2026, 11, 20), {}, { { factorId, value } }, {}, {} };
        EXPECT_THROW(diary->saveNightLog(log), StoreError);
    }
    NightLog unknownFactor { QDate(2026, 11, 20), {}, { { 9999, true } }, {}, {} };
    EXPECT_THROW(diary->saveNightLog(unknownFactor), StoreError);
    EXPECT_FALSE(diary->nightLog(QDate(2026, 11, 20)).has_value());
}

TEST(Repository, BuiltInFactorsComeFromTheGuidanceDocuments)
{
    TempDiary temp;
    auto diary = temp.open();
    QStringList keys;
    for (const Factor &factor : diary->factors())
        keys.append(factor.builtinKey);
    for (const char *expected : { "water_ml", "stretch_minutes", "sleep_position", "exercise", "long_sitting",
                                  "alcohol", "caffeine", "magnesium_food", "potassium_food", "supplement_magnesium",
                                  "supplement_vitamin_d", "supplement_other", "sun_exposure", "stress" })
        EXPECT_TRUE(keys.contains(QString::fromLatin1(expected))) << expected;
}

TEST(Repository, OwnFactorsCanBeAddedRenamedAndRetiredWithoutLosingHistory)
{
    TempDiary temp;
    auto diary = temp.open();
    Factor tonic { 0, {}, QStringLiteral("Tonic water"), FactorKind::YesNo, {}, {}, false, {} };
    tonic.id = diary->addFactor(tonic);
    Factor shoes { 0,
                   {},
                   QStringLiteral("Shoes worn"),
                   FactorKind::Choice,
                   {},
                   { QStringLiteral("Heels"), QStringLiteral("Flats") },
                   false,
                   {} };
    shoes.id = diary->addFactor(shoes);
    Factor steps { 0, {}, QStringLiteral("Steps"), FactorKind::Number, QStringLiteral("steps"), {}, false, {} };
    steps.id = diary->addFactor(steps);
    diary->saveNightLog({ QDate(2026, 11, 1),
                          {},
                          { { tonic.id, true }, { shoes.id, QStringLiteral("Heels") }, { steps.id, 12000.0 } },
                          {},
                          {} });

    diary->renameFactor(tonic.id, QStringLiteral("Tonic water (quinine)"));
    diary->setFactorRetired(tonic.id, true);
    const auto active = diary->factors();
    EXPECT_TRUE(std::none_of(active.cbegin(), active.cend(), [&](const Factor &f) { return f.id == tonic.id; }));
    const auto all = diary->factors(true);
    const auto renamed = std::find_if(all.cbegin(), all.cend(), [&](const Factor &f) { return f.id == tonic.id; });
    ASSERT_NE(renamed, all.cend());
    EXPECT_EQ(renamed->name, QStringLiteral("Tonic water (quinine)"));
    EXPECT_TRUE(renamed->retired);
    EXPECT_EQ(std::get<bool>(diary->nightLog(QDate(2026, 11, 1))->values.value(tonic.id)), true);

    EXPECT_THROW(diary->addFactor({ 0, {}, QStringLiteral("steps"), FactorKind::YesNo, {}, {}, false, {} }),
                 StoreError);
    EXPECT_THROW(diary->addFactor({ 0, {}, QStringLiteral("  "), FactorKind::YesNo, {}, {}, false, {} }), StoreError);
    EXPECT_THROW(diary->addFactor({ 0,
                                    {},
                                    QStringLiteral("One choice"),
                                    FactorKind::Choice,
                                    {},
                                    { QStringLiteral("a") },
                                    false,
                                    {} }),
                 StoreError);
    const auto water = *diary->factorByKey(QStringLiteral("water_ml"));
    EXPECT_THROW(diary->renameFactor(water.id, QStringLiteral("H2O")), StoreError);
}

TEST(Repository, MedicationsKeepTheirPeriods)
{
    TempDiary temp;
    auto diary = temp.open();
    Medication statin { 0,
                        QStringLiteral("Simvastatin"),
                        DrugClass::Statin,
                        QStringLiteral("20 mg"),
                        { { QDate(2025, 1, 1), QDate(2025, 6, 30) }, { QDate(2026, 2, 1), std::nullopt } } };
    statin.id = diary->addMedication(statin);
    EXPECT_EQ(diary->medications(), QList<Medication> { statin });
    EXPECT_TRUE(statin.takenOn(QDate(2025, 3, 1)));
    EXPECT_FALSE(statin.takenOn(QDate(2025, 9, 1)));
    EXPECT_TRUE(statin.takenOn(QDate(2026, 11, 1)));
    statin.periods.last().stopped = QDate(2026, 11, 1);
    diary->updateMedication(statin);
    EXPECT_EQ(diary->medications().first().periods.last().stopped, QDate(2026, 11, 1));
    Medication backwards = statin;
    backwards.periods = { { QDate(2026, 2, 1), QDate(2026, 1, 1) } };
    EXPECT_THROW(diary->updateMedication(backwards), StoreError);
    EXPECT_EQ(diary->medications(), QList<Medication> { statin });
    diary->removeMedication(statin.id);
    EXPECT_TRUE(diary->medications().isEmpty());
}

TEST(Repository, UntrackedPeriodsRoundTrip)
{
    TempDiary temp;
    auto diary = temp.open();
    UntrackedPeriod trip { 0, QDate(2026, 7, 1), QDate(2026, 7, 14), QStringLiteral("Holiday") };
    trip.id = diary->addUntrackedPeriod(trip);
    EXPECT_EQ(diary->untrackedPeriods(), QList<UntrackedPeriod> { trip });
    EXPECT_THROW(diary->addUntrackedPeriod({ 0, QDate(2026, 7, 14), QDate(2026, 7, 1), {} }), StoreError);
    diary->removeUntrackedPeriod(trip.id);
    EXPECT_TRUE(diary->untrackedPeriods().isEmpty());
}

TEST(Repository, OneActionIsAllOrNothing)
{
    TempDiary temp;
    auto diary = temp.open();
    QSignalSpy reset(diary.get(), &DiaryRepository::diaryReset);
    QSignalSpy added(diary.get(), &DiaryRepository::episodeAdded);
    Episode bad = minimalEpisode("2026-11-20T03:00:00Z");
    bad.severity = 42;
    EXPECT_THROW(diary->runAsOneAction([&] {
        diary->addEpisode(minimalEpisode("2026-11-19T03:00:00Z"));
        diary->addEpisode(bad);
    }),
                 StoreError);
    EXPECT_EQ(diary->episodeCount(), 0);
    EXPECT_EQ(reset.size(), 0);
    diary->runAsOneAction([&] {
        diary->addEpisode(minimalEpisode("2026-11-19T03:00:00Z"));
        diary->addEpisode(minimalEpisode("2026-11-20T03:00:00Z"));
    });
    EXPECT_EQ(diary->episodeCount(), 2);
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(added.size(), 0); // held back in favour of the reset
}

TEST(Repository, ADeletedEpisodeComesBackWithItsOwnIdentity)
{
    TempDiary temp;
    auto diary = temp.open();
    Episode e = fullEpisode();
    e.id = diary->addEpisode(e);
    diary->addEpisode(minimalEpisode("2026-11-21T03:00:00Z"));
    diary->removeEpisode(e.id);
    EXPECT_EQ(diary->addEpisode(e), e.id);
    EXPECT_EQ(*diary->episode(e.id), e);
    EXPECT_THROW(diary->addEpisode(e), StoreError); // the id is taken now
}

TEST(Repository, ANumberFactorKeepsTheSplitThePersonChose)
{
    TempDiary temp;
    auto diary = temp.open();
    const qint64 water = diary->factorByKey(QStringLiteral("water_ml"))->id;
    EXPECT_FALSE(diary->factorByKey(QStringLiteral("water_ml"))->splitAt.has_value());
    QSignalSpy changed(diary.get(), &DiaryRepository::factorsChanged);
    diary->setFactorSplit(water, 1500);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(diary->factorByKey(QStringLiteral("water_ml"))->splitAt, 1500.0);
    diary->setFactorSplit(water, std::nullopt);
    EXPECT_FALSE(diary->factorByKey(QStringLiteral("water_ml"))->splitAt.has_value());

    // Only numbers split, and only at zero or more: refused with words, nothing changed.
    const qint64 alcohol = diary->factorByKey(QStringLiteral("alcohol"))->id;
    for (const auto &[id, split] : { std::pair<qint64, double> { alcohol, 1 }, { water, -5 }, { 9999, 3 } }) {
        try {
            diary->setFactorSplit(id, split);
            ADD_FAILURE() << "accepted split " << split << " of factor " << id;
        } catch (const StoreError &error) {
            EXPECT_EQ(error.kind(), StoreError::Kind::Rejected);
            EXPECT_FALSE(error.message().contains(QStringLiteral("constraint"))) << error.message().toStdString();
        }
    }
    EXPECT_FALSE(diary->factorByKey(QStringLiteral("water_ml"))->splitAt.has_value());
}
