#include "TempDiary.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/exchange/Csv.h"
#include "core/exchange/DiaryBackup.h"
#include "core/exchange/EpisodeCsv.h"
#include "core/exchange/NightLogCsv.h"
#include "core/settings/AppSettings.h"
#include "core/store/StoreError.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace {
QList<Episode> withoutIds(QList<Episode> episodes)
{
    for (Episode &e : episodes)
        e.id = 0;
    return episodes;
}

// Sixty generated nights with check-ins and medicines, ending on 31 October 2026.
void generateTwoMonths(DiaryRepository &diary)
{
    DemoDiaryGenerator::Options options;
    options.nights = 60;
    options.lastNight = QDate(2026, 10, 31);
    DemoDiaryGenerator::generate(diary, options);
}

Episode tricky()
{
    Episode e;
    e.start = at("2026-11-20T03:12:45+05:30");
    e.durationSeconds = 95;
    e.severity = 7;
    e.leg = Leg::Both;
    e.muscle = Muscle::ThighBack;
    e.wokeFromSleep = false;
    e.sleepDisturbance = 3;
    e.sorenessAfter = true;
    e.reliefs = { { Relief::Stretch, true }, { Relief::Cold, std::nullopt }, { Relief::Walk, false } };
    e.warningSigns = { WarningSign::Warmth };
    e.notes = QStringLiteral("=HYPERLINK(\"http://x\") said \"ouch\", then,\nnew line; -5 and +3 @home \u00e9");
    return e;
}
} // namespace

TEST(Csv, QuotesWhatNeedsQuotingAndDefusesFormulas)
{
    EXPECT_EQ(Csv::field(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(Csv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(Csv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(Csv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(Csv::field(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    EXPECT_EQ(Csv::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(Csv::field(QStringLiteral("-5")), QStringLiteral("-5")); // a number, not a formula
    EXPECT_EQ(Csv::undefuse(QStringLiteral("'=1+1")), QStringLiteral("=1+1"));
    EXPECT_EQ(Csv::undefuse(QStringLiteral("'quoted")), QStringLiteral("'quoted"));
    Csv::ParseError error;
    const auto parsed = Csv::parse(QStringLiteral("a,\"b,c\",\"d\"\"e\"\r\n\"multi\nline\",,x\r\n"), &error);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed,
              (QList<QStringList> { { QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e") },
                                    { QStringLiteral("multi\nline"), QString(), QStringLiteral("x") } }));
    EXPECT_FALSE(Csv::parse(QStringLiteral("a,\"never closed\n"), &error).has_value());
    EXPECT_EQ(error.line, 1);
    EXPECT_FALSE(Csv::parse(QStringLiteral("ok\n\"x\"y,z\n"), &error).has_value());
    EXPECT_EQ(error.line, 2);
}

TEST(EpisodeCsv, EveryFieldSurvivesExportAndImport)
{
    TempDiary source, target;
    auto from = source.open();
    from->addEpisode(tricky());
    Episode bare;
    bare.start = at("2026-11-21T02:00:00-08:00");
    from->addEpisode(bare);
    const QString csv = EpisodeCsv::write(from->allEpisodes(), NightClock());
    EXPECT_TRUE(csv.contains(QStringLiteral("'=HYPERLINK"))); // defused for spreadsheets
    auto to = target.open();
    const CsvImportResult result = EpisodeCsv::import(*to, csv);
    ASSERT_TRUE(result.ok()) << result.describe().toStdString();
    EXPECT_EQ(result.imported, 2);
    EXPECT_EQ(withoutIds(to->allEpisodes()), withoutIds(from->allEpisodes()));
}

TEST(EpisodeCsv, HostileFilesAreRefusedRowByRowAndChangeNothing)
{
    TempDiary temp;
    auto diary = temp.open();
    diary->addEpisode(tricky());
    const QString header = EpisodeCsv::columns().join(QLatin1Char(','));
    const QString good
            = QStringLiteral("1,2026-11-19,2026-11-20T03:00:00,60,90,5,left,calf,yes,4,no,stretch:yes,,fine");
    struct Case {
        QString text;
        QString expected;
    };
    const QList<Case> cases = {
        { QString(), QStringLiteral("empty") },
        { QStringLiteral("night,time\n2026-11-19,03:00\n"), QStringLiteral("missing: id") },
        { header + QStringLiteral("\n") + good + QStringLiteral(",extra"), QStringLiteral("15 fields where 14") },
        { header + QStringLiteral("\n1,x,2026-11-20T03:00:00,60,90,11,middle,calf,maybe,4,no,prayer,itch,\n"),
          QStringLiteral("line 2, column severity") },
        { header + QStringLiteral("\n1,x,not-a-time,60,-5,5,left,calf,yes,4,no,,,\n"),
          QStringLiteral("column duration_seconds") },
        { header + QStringLiteral("\n") + good + QStringLiteral("\n\"broken,quote\n"), QStringLiteral("never closed") },
        { header + QStringLiteral("\n1,x,2099-01-01T03:00:00,0,,,,,,,,,,\n"), QStringLiteral("future") },
        { header + QStringLiteral("\n1,x,2026-11-20T03:00:00,60,,,,,,,,,,")
                  + QString(CsvImport::MaxFieldLength + 1, QLatin1Char('x')),
          QStringLiteral("longer than") },
    };
    const QByteArray before = DiaryBackup::write(*diary, nullptr);
    for (const Case &c : cases) {
        const CsvImportResult result = EpisodeCsv::import(*diary, c.text);
        EXPECT_FALSE(result.ok());
        EXPECT_TRUE(result.describe().contains(c.expected)) << result.describe().toStdString();
    }
    // The bad-values row names each bad column.
    const CsvImportResult many = EpisodeCsv::import(*diary, cases[3].text);
    for (const char *column : { "severity", "leg", "woke_from_sleep", "reliefs", "warning_signs" })
        EXPECT_TRUE(many.describe().contains(QString::fromLatin1(column))) << column;
    // A good row next to a bad one: still nothing is imported.
    EXPECT_FALSE(EpisodeCsv::import(*diary,
                                    header + QStringLiteral("\n") + good + QStringLiteral("\n")
                                            + cases[3].text.section(QLatin1Char('\n'), 1))
                         .ok());
    EXPECT_EQ(DiaryBackup::write(*diary, nullptr), before);
}

TEST(NightLogCsv, CheckInsRoundTripWithOwnFactorsAndMedicines)
{
    TempDiary source, target;
    auto from = source.open();
    generateTwoMonths(*from);
    Factor own { 0,
                 {},
                 QStringLiteral("Shoes"),
                 FactorKind::Choice,
                 {},
                 { QStringLiteral("=Heels"), QStringLiteral("Flats") },
                 false,
                 {} };
    own.id = from->addFactor(own);
    const QList<NightLog> october = from->nightLogs(QDate(2026, 10, 1), QDate(2026, 10, 31));
    ASSERT_FALSE(october.isEmpty());
    NightLog extra = october.first();
    extra.values.insert(own.id, QStringLiteral("=Heels"));
    extra.notes = QStringLiteral("comma, quote \" and\nnew line");
    from->saveNightLog(extra);
    const QString csv = NightLogCsv::write(from->nightLogs(QDate(1900, 1, 1), QDate(9999, 1, 1)), from->factors(true),
                                           from->medications());

    auto to = target.open();
    // Without the medicines and the own factor, the import says so and adds nothing.
    const CsvImportResult missing = NightLogCsv::import(*to, csv);
    EXPECT_FALSE(missing.ok());
    EXPECT_TRUE(missing.describe().contains(QStringLiteral("factor:Shoes")));
    EXPECT_TRUE(to->nightLogs(QDate(1900, 1, 1), QDate(9999, 1, 1)).isEmpty());

    for (const Medication &m : from->medications())
        to->addMedication(Medication { 0, m.name, m.drugClass, m.dose, m.periods });
    to->addFactor(Factor { 0,
                           {},
                           QStringLiteral("Shoes"),
                           FactorKind::Choice,
                           {},
                           { QStringLiteral("=Heels"), QStringLiteral("Flats") },
                           false,
                           {} });
    const CsvImportResult result = NightLogCsv::import(*to, csv);
    ASSERT_TRUE(result.ok()) << result.describe().toStdString();
    const QList<NightLog> a = from->nightLogs(QDate(1900, 1, 1), QDate(9999, 1, 1));
    const QList<NightLog> b = to->nightLogs(QDate(1900, 1, 1), QDate(9999, 1, 1));
    ASSERT_EQ(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].night, b[i].night);
        EXPECT_EQ(a[i].values, b[i].values); // same ids: built-ins are seeded alike, Shoes is the next id in both
        EXPECT_EQ(a[i].notes, b[i].notes);
        EXPECT_EQ(a[i].medicationIds.size(), b[i].medicationIds.size());
        EXPECT_EQ(a[i].checkedInAt, b[i].checkedInAt);
    }
}

TEST(DiaryBackup, ARestoreRecreatesTheDiaryExactly)
{
    TempDiary source, target;
    AppSettings settingsA(source.dir.filePath(QStringLiteral("a.ini")));
    settingsA.setNightBoundaryHour(15);
    settingsA.setWaterUnit(AppSettings::WaterUnit::FluidOunces);
    auto from = source.open();
    DemoDiaryGenerator::Options options;
    options.nights = 150;
    options.lastNight = QDate(2026, 10, 31);
    DemoDiaryGenerator::generate(*from, options);
    from->addEpisode(tricky());
    Factor own { 0, {}, QStringLiteral("Steps"), FactorKind::Number, QStringLiteral("steps"), {}, false, {} };
    own.id = from->addFactor(own);
    from->setFactorRetired(own.id, true);
    from->setFactorSplit(own.id, 8000);
    from->setFactorSplit(from->factorByKey(QStringLiteral("water_ml"))->id, 1500);
    from->setVisitQuestions(QStringLiteral("Is it the statin?\nShould I stretch more?"));
    const QByteArray backup = DiaryBackup::write(*from, &settingsA);

    AppSettings settingsB(target.dir.filePath(QStringLiteral("b.ini")));
    auto to = target.open();
    DiaryBackup::restore(backup, *to, &settingsB);
    EXPECT_EQ(DiaryBackup::write(*to, &settingsB), backup);
    EXPECT_EQ(to->allEpisodes(), from->allEpisodes());
    EXPECT_EQ(to->factors(true), from->factors(true)); // splits included
    EXPECT_EQ(to->factorByKey(QStringLiteral("water_ml"))->splitAt, 1500.0);
    EXPECT_EQ(to->visitQuestions(), QStringLiteral("Is it the statin?\nShould I stretch more?"));
    EXPECT_EQ(settingsB.nightBoundaryHour(), 15);
    EXPECT_EQ(settingsB.waterUnit(), AppSettings::WaterUnit::FluidOunces);
}

TEST(DiaryBackup, BadBackupsAreRefusedAndNothingIsWritten)
{
    TempDiary temp, full;
    auto diary = temp.open();
    const auto refused = [&](const QByteArray &json, StoreError::Kind kind, const char *words) {
        try {
            DiaryBackup::restore(json, *diary, nullptr);
            ADD_FAILURE() << "restored " << words;
        } catch (const StoreError &error) {
            EXPECT_EQ(error.kind(), kind) << words;
            EXPECT_TRUE(error.message().contains(QString::fromLatin1(words))) << error.message().toStdString();
        }
    };
    refused("{not json", StoreError::Kind::Rejected, "not valid JSON");
    refused(R"({"format": "something-else"})", StoreError::Kind::Rejected, "not a Cramp Diary backup");
    refused(R"({"format": "cramp-diary-backup", "version": 99})", StoreError::Kind::NewerVersion, "newer");
    // Every value is checked for its type and range, and named by its place in the file.
    const auto withEpisode = [](const char *fields) -> QByteArray {
        return QByteArray(R"({"format": "cramp-diary-backup", "version": 1, "factors": [], "medications": [],
                              "nightLogs": [], "episodes": [{"id": 1, "start": "2026-11-20T03:00:00Z",
                              "utcOffsetMinutes": 60)")
                + fields + "}]}";
    };
    const std::pair<const char *, const char *> badEpisodes[] = {
        { R"(, "severity": 14)", "episodes[0].severity: must be a whole number from 0 to 10, not 14" },
        { R"(, "severity": 5.5)", "episodes[0].severity: must be a whole number from 0 to 10, not 5.5" },
        { R"(, "severity": 1e300)", "episodes[0].severity" },
        { R"(, "severity": 2147483648)", "not 2147483648" },
        { R"(, "severity": "7")", "episodes[0].severity: must be a whole number" },
        { R"(, "durationSeconds": 90.7)", "episodes[0].durationSeconds" },
        { R"(, "leg": "tail")", "episodes[0].leg: 'tail' is not one of: left, right, both" },
        { R"(, "leg": 1)", "episodes[0].leg: must be text" },
        { R"(, "wokeFromSleep": 1)", "episodes[0].wokeFromSleep: must be true or false" },
        { R"(, "reliefs": [{"relief": null}])", "episodes[0].reliefs[0].relief: is missing" },
        { R"(, "reliefs": {"relief": "walk"})", "episodes[0].reliefs: must be a list" },
        { R"(, "colour": "red")", "episodes[0].colour: is not a key a backup has" },
    };
    for (const auto &[fields, words] : badEpisodes)
        refused(withEpisode(fields), StoreError::Kind::Rejected, words);
    refused(R"({"format": "cramp-diary-backup", "version": 1, "factors": [], "medications": [], "nightLogs": [],
                "episodes": {"a": 1}})",
            StoreError::Kind::Rejected, "episodes: must be a list, not an object");
    refused(R"({"format": "cramp-diary-backup", "version": 1, "factors": [], "medications": [], "nightLogs": []})",
            StoreError::Kind::Rejected, "episodes: is missing");
    refused(R"({"format": "cramp-diary-backup", "version": "1", "factors": [], "medications": [], "nightLogs": [],
                "episodes": []})",
            StoreError::Kind::Rejected, "version: must be a whole number");
    EXPECT_EQ(diary->episodeCount(), 0);
    EXPECT_TRUE(diary->factors(true).size() == 14);

    // Never into a diary that has entries.
    auto occupied = full.open();
    occupied->addEpisode(tricky());
    EXPECT_THROW(DiaryBackup::restore(DiaryBackup::write(*diary, nullptr), *occupied, nullptr), StoreError);
    EXPECT_EQ(occupied->episodeCount(), 1);
}

TEST(Csv, ANoteBeginningWithAnApostropheSurvivesTheRoundTrip)
{
    for (const QString &note : { QStringLiteral("'=SUM(A1)"), QStringLiteral("''+1 kept"), QStringLiteral("=x"),
                                 QStringLiteral("'plain"), QStringLiteral("-5") })
        EXPECT_EQ(Csv::undefuse(Csv::parse(Csv::row({ note }), nullptr)->first().first()), note) << note.toStdString();
    EXPECT_EQ(Csv::field(QStringLiteral("'=SUM(A1)")), QStringLiteral("''=SUM(A1)")); // still defused
}

TEST(EpisodeCsv, ImportingCrampsAlreadyInTheDiarySkipsThemAndSaysHowMany)
{
    TempDiary temp;
    auto diary = temp.open();
    diary->addEpisode(tricky());
    Episode other;
    other.start = at("2026-11-19T04:00:00+01:00");
    other.severity = 3;
    diary->addEpisode(other);
    const QString csv = EpisodeCsv::write(diary->allEpisodes(), NightClock());
    const CsvImportResult again = EpisodeCsv::import(*diary, csv);
    ASSERT_TRUE(again.ok()) << again.describe().toStdString();
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.skippedDuplicates, 2);
    EXPECT_EQ(diary->episodeCount(), 2);
    EXPECT_EQ(again.summary(), QStringLiteral("Imported 0 rows. Skipped 2 cramps already in the diary."));
    // A cramp that differs in any detail is a new cramp.
    diary->removeEpisode(diary->allEpisodes().last().id);
    const CsvImportResult some = EpisodeCsv::import(*diary, csv);
    EXPECT_EQ(some.imported, 1);
    EXPECT_EQ(some.skippedDuplicates, 1);
    EXPECT_EQ(diary->episodeCount(), 2);
}

TEST(NightLogCsv, CheckInsImportIntoANewDiaryWithTheirMedicines)
{
    TempDiary source, target;
    auto from = source.open();
    generateTwoMonths(*from);
    const QList<NightLog> logs = from->nightLogs(QDate(1900, 1, 1), QDate(9999, 1, 1));
    const QString csv = NightLogCsv::write(logs, from->factors(true), from->medications());
    auto to = target.open();
    const CsvImportResult result = NightLogCsv::import(*to, csv);
    ASSERT_TRUE(result.ok()) << result.describe().toStdString();
    EXPECT_EQ(result.imported, logs.size());
    QStringList names;
    for (const Medication &m : from->medications())
        names.append(m.name);
    for (const Medication &m : to->medications())
        EXPECT_TRUE(names.contains(m.name)) << m.name.toStdString();
    EXPECT_EQ(to->medications().size(), from->medications().size());
    EXPECT_TRUE(result.summary().contains(QStringLiteral("Added the medicines the file names")))
            << result.summary().toStdString();
    const QList<NightLog> imported = to->nightLogs(QDate(1900, 1, 1), QDate(9999, 1, 1));
    ASSERT_EQ(imported.size(), logs.size());
    for (qsizetype i = 0; i < logs.size(); ++i)
        EXPECT_EQ(imported[i].medicationIds.size(), logs[i].medicationIds.size()) << i;
}

TEST(EpisodeCsv, HundredsOfProblemsListTheFirstTwentyAndCountTheRest)
{
    TempDiary temp;
    auto diary = temp.open();
    QString csv = EpisodeCsv::write({}, NightClock());
    const int columns = int(Csv::parse(csv, nullptr)->first().size());
    for (int i = 0; i < 300; ++i) {
        QStringList fields(columns);
        fields[2] = QStringLiteral("2026-11-0%1T03:00").arg(1 + i % 9); // start_local
        fields[3] = QStringLiteral("60"); // utc_offset_minutes
        fields[5] = i % 3 ? QStringLiteral("11") : QStringLiteral("5"); // severity out of range on 200 rows
        fields[6] = i % 3 ? QStringLiteral("left") : QStringLiteral("middle"); // unknown leg on 100 rows
        csv += Csv::row(fields);
    }
    const CsvImportResult result = EpisodeCsv::import(*diary, csv);
    ASSERT_FALSE(result.ok());
    const QStringList lines = result.describe().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 21) << result.describe().toStdString();
    EXPECT_TRUE(lines.last().startsWith(QStringLiteral("\u2026and "))) << lines.last().toStdString();
    EXPECT_TRUE(lines.last().contains(QStringLiteral("more problems (severity: "))) << lines.last().toStdString();
    EXPECT_EQ(diary->episodeCount(), 0);
}

// The file is read in pieces of 64 KiB: characters cut by a piece boundary still arrive
// whole, lines are counted across pieces and multi-line fields, and a bad row far down
// the file undoes the rows already written before it.
TEST(EpisodeCsv, LargeFilesAreReadPieceByPieceWithExactLinesAndAllOrNothing)
{
    TempDiary temp;
    auto diary = temp.open();
    const QString header = EpisodeCsv::columns().join(QLatin1Char(','));
    QString text = header + QLatin1Char('\n');
    const QDate first(2010, 1, 1);
    const int rows = 3000; // about 240 KiB: several pieces
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral(",,%1T03:00:00,0,60,5,left,calf,yes,3,no,,,\"Crampe \u00e0 la jambe \u00e9\u00e9\u00e9 "
                               "\u2014\nnuit %2\"\n")
                        .arg(first.addDays(i).toString(Qt::ISODate))
                        .arg(i);
    CsvImportResult result = EpisodeCsv::import(*diary, text + QStringLiteral(",,2020-01-01T03:00:00,0,,11,,,,,,,,\n"));
    ASSERT_FALSE(result.ok());
    // Each row spans two lines of the file, so the bad one starts on line 2 + 2 * rows.
    EXPECT_TRUE(result.describe().contains(QStringLiteral("line %1, column severity").arg(2 + 2 * rows)))
            << result.describe().toStdString();
    EXPECT_EQ(diary->episodeCount(), 0) << "the rows before the bad one were undone";

    result = EpisodeCsv::import(*diary, text);
    ASSERT_TRUE(result.ok()) << result.describe().toStdString();
    EXPECT_EQ(result.imported, rows);
    const QList<Episode> all = diary->allEpisodes();
    ASSERT_EQ(all.size(), rows);
    for (int i = 0; i < rows; ++i)
        ASSERT_EQ(all[i].notes, QStringLiteral("Crampe \u00e0 la jambe \u00e9\u00e9\u00e9 \u2014\nnuit %1").arg(i));
    // Imported again: every row is already there.
    result = EpisodeCsv::import(*diary, text);
    EXPECT_EQ(result.imported, 0);
    EXPECT_EQ(result.skippedDuplicates, rows);
}

// A million bad rows are counted, not kept: the first twenty are listed, the rest summed.
TEST(EpisodeCsv, ProblemsBeyondTheFirstTwentyAreCountedByColumn)
{
    TempDiary temp;
    auto diary = temp.open();
    QString text = EpisodeCsv::columns().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int i = 0; i < 500; ++i)
        text += QStringLiteral(",,2020-01-01T03:00:00,0,,99,,,,,,,,\n");
    const CsvImportResult result = EpisodeCsv::import(*diary, text);
    EXPECT_EQ(result.problemCount, 500);
    EXPECT_EQ(result.problems.size(), CsvImportResult::MaxProblemsListed);
    EXPECT_TRUE(result.describe().contains(QStringLiteral("and 480 more problems (severity: 480)")))
            << result.describe().toStdString();
}

// Yes, no and not answered stay three different answers through the store, the CSV and
// the backup: an unanswered factor is absent, never a stored "no".
TEST(ThreeStateFactors, YesNoAndNotAnsweredSurviveTheStoreTheCsvAndTheBackup)
{
    TempDiary source, viaCsv, viaBackup;
    auto from = source.open();
    const qint64 alcohol = from->factorByKey(QStringLiteral("alcohol"))->id;
    const qint64 caffeine = from->factorByKey(QStringLiteral("caffeine"))->id;
    const qint64 exercise = from->factorByKey(QStringLiteral("exercise"))->id;
    const qint64 water = from->factorByKey(QStringLiteral("water_ml"))->id;
    NightLog log;
    log.night = QDate(2026, 11, 20);
    log.checkedInAt = at("2026-11-20T21:00:00Z");
    log.values = { { alcohol, true }, { caffeine, false }, { water, 900.0 } }; // exercise: not answered
    from->saveNightLog(log);
    const auto check = [&](DiaryRepository &diary, const char *where) {
        const auto read = diary.nightLog(log.night);
        ASSERT_TRUE(read.has_value()) << where;
        EXPECT_EQ(read->values.value(alcohol), FactorValue(true)) << where;
        EXPECT_EQ(read->values.value(caffeine), FactorValue(false)) << where;
        EXPECT_FALSE(read->values.contains(exercise)) << where << ": not answered is not \"no\"";
        EXPECT_EQ(read->values.size(), 3) << where;
    };
    check(*from, "store");

    auto csvTarget = viaCsv.open();
    const QString csv = NightLogCsv::write(from->nightLogs(log.night, log.night), from->factors(true), {});
    const CsvImportResult imported = NightLogCsv::import(*csvTarget, csv);
    ASSERT_TRUE(imported.ok()) << imported.describe().toStdString();
    check(*csvTarget, "CSV");

    auto backupTarget = viaBackup.open();
    DiaryBackup::restore(DiaryBackup::write(*from, nullptr), *backupTarget, nullptr);
    check(*backupTarget, "backup");
}
