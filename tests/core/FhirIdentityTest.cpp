// Each diary's FHIR export has ids of its own: derived from the diary's random identity, so
// two people's exports share none, and stable across exports, backup and restore, and a
// repair. Before, every diary's Patient was the same urn:uuid.
#include "TempDiary.h"
#include "core/exchange/DiaryBackup.h"
#include "core/exchange/FhirExport.h"
#include "core/store/DiarySalvage.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QSet>

namespace {
void fill(DiaryRepository &diary)
{
    for (int night = 0; night < 4; ++night) {
        Episode cramp;
        cramp.start = at("2026-11-20T03:00:00+01:00").addDays(night);
        cramp.severity = 3 + night;
        cramp.leg = Leg::Left;
        cramp.muscle = night % 2 ? Muscle::Calf : Muscle::Other;
        diary.addEpisode(cramp);
    }
    diary.addMedication({ 0,
                          QStringLiteral("Simvastatin"),
                          DrugClass::Statin,
                          QStringLiteral("20 mg"),
                          { { QDate(2026, 1, 1), std::nullopt } } });
}

QStringList fullUrls(const DiaryRepository &diary)
{
    QStringList urls;
    for (const QJsonValue &entry : FhirExport::bundle(diary, {}).value(QStringLiteral("entry")).toArray())
        urls.append(entry[QStringLiteral("fullUrl")].toString());
    return urls;
}

QJsonObject observationSite(const DiaryRepository &diary, int index)
{
    int seen = 0;
    for (const QJsonValue &entry : FhirExport::bundle(diary, {}).value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = entry[QStringLiteral("resource")].toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() == QLatin1StringView("Observation")
            && seen++ == index)
            return resource.value(QStringLiteral("bodySite")).toObject();
    }
    return {};
}
} // namespace

TEST(FhirIdentity, TwoDiariesExportsShareNoId)
{
    TempDiary first, second;
    auto a = first.open();
    auto b = second.open();
    fill(*a);
    fill(*b); // the same entries, as two people with the same history would have
    EXPECT_NE(a->identity(), b->identity());
    const QStringList urlsA = fullUrls(*a), urlsB = fullUrls(*b);
    ASSERT_EQ(urlsA.size(), 7); // patient, condition, 4 cramps, 1 medicine period
    const QSet<QString> shared
            = QSet<QString>(urlsA.cbegin(), urlsA.cend()).intersect(QSet<QString>(urlsB.cbegin(), urlsB.cend()));
    EXPECT_TRUE(shared.isEmpty()) << shared.values().join(QLatin1Char(' ')).toStdString();
}

TEST(FhirIdentity, ADiarysIdsAreStableAcrossExportsBackupRestoreAndRepair)
{
    TempDiary temp;
    QStringList before;
    QByteArray backup;
    {
        auto diary = temp.open();
        fill(*diary);
        before = fullUrls(*diary);
        EXPECT_EQ(fullUrls(*diary), before);
        backup = DiaryBackup::write(*diary, nullptr);
    }
    {
        auto reopened = temp.open();
        EXPECT_EQ(fullUrls(*reopened), before);
    }
    TempDiary restored;
    {
        auto diary = restored.open();
        DiaryBackup::restore(backup, *diary, nullptr);
        EXPECT_EQ(fullUrls(*diary), before);
    }
    const QString repaired = temp.dir.filePath(QStringLiteral("repaired.sqlite"));
    DiarySalvage::salvageInto(temp.path, repaired);
    EXPECT_EQ(fullUrls(*DiaryRepository::open(repaired)), before);
}

TEST(FhirIdentity, ACrampsSideIsKeptWhenItsMuscleIsOtherOrNotGiven)
{
    TempDiary temp;
    auto diary = temp.open();
    fill(*diary);
    Episode sideOnly;
    sideOnly.start = at("2026-11-25T02:00:00+01:00");
    sideOnly.leg = Leg::Right;
    diary->addEpisode(sideOnly);
    const QJsonObject other = observationSite(*diary, 0);
    EXPECT_EQ(other[QStringLiteral("coding")][0][QStringLiteral("code")].toString(),
              QStringLiteral("61685007:272741003=7771000"));
    const QJsonObject calf = observationSite(*diary, 1);
    EXPECT_EQ(calf[QStringLiteral("coding")][0][QStringLiteral("code")].toString(),
              QStringLiteral("53840002:272741003=7771000"));
    const QJsonObject right = observationSite(*diary, 4);
    EXPECT_EQ(right[QStringLiteral("coding")][0][QStringLiteral("code")].toString(),
              QStringLiteral("61685007:272741003=24028007"));
    EXPECT_EQ(right[QStringLiteral("text")].toString(), QStringLiteral("Right"));
}
