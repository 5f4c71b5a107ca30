// Schema step 8 rewrote the diary's list rules (`leg IN ('left', 'right', 'both')`) as chains
// of `=`, which SQLite checks without building a temporary index per row. The rules must mean
// exactly what they meant: every value is accepted or refused by version 8 as by version 7.
#include "TempDiary.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/store/BulkRuleCheck.h"
#include "core/store/Database.h"
#include "core/store/DiarySalvage.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/Statement.h"
#include "core/store/StoreError.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVariant>

namespace {
constexpr int ListsVersion = 7; // the last version whose rules check lists

// One rule that checked a list: an insert whose ?1 is the value the rule checks.
struct ListRule {
    const char *column;
    const char *insert;
};
const ListRule Rules[] = {
    { "leg", "INSERT INTO episodes (start_utc, utc_offset_s, created_utc, updated_utc, leg) VALUES (0, 0, 0, 0, ?1)" },
    { "muscle",
      "INSERT INTO episodes (start_utc, utc_offset_s, created_utc, updated_utc, muscle) VALUES (0, 0, 0, 0, ?1)" },
    { "relief", "INSERT INTO episode_reliefs (episode_id, relief) VALUES (1, ?1)" },
    { "sign", "INSERT INTO episode_warning_signs (episode_id, sign) VALUES (1, ?1)" },
    { "kind",
      "INSERT INTO factors (name, kind, choices) VALUES ('test', ?1, CASE WHEN ?1 = 'choice' THEN 'a' ELSE '' END)" },
    { "drug_class", "INSERT INTO medications (name, drug_class) VALUES ('test', ?1)" },
    { "change_kind",
      "INSERT INTO experiments (change_kind, own_factor_id, scheme, nights, block_nights, baseline_week, start_night, "
      "seed, planned_utc) VALUES (?1, CASE WHEN ?1 = 'own' THEN 1 END, 'nightly', 14, 2, 0, '2026-01-01', 1, 0)" },
    { "role",
      "INSERT INTO experiment_nights (experiment_id, night, role, arm, block) "
      "VALUES (1, '2026-01-02', ?1, CASE WHEN ?1 <> 'baseline' THEN 'change' END, 0)" },
};

// A diary at `version` with the parents the inserts above refer to.
std::unique_ptr<Database> diaryAt(int version)
{
    auto db = std::make_unique<Database>(QStringLiteral(":memory:"), Database::Mode::ReadWrite);
    db->execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    SchemaMigrator::migrate(*db, 0, version);
    db->execute(QStringLiteral(
            "INSERT INTO episodes (id, start_utc, utc_offset_s, created_utc, updated_utc) VALUES (1, 0, 0, 0, 0);"
            "INSERT INTO experiments (id, change_kind, scheme, nights, block_nights, baseline_week, start_night, "
            "seed, planned_utc) VALUES (1, 'water', 'nightly', 14, 2, 0, '2026-01-01', 1, 0);"));
    return db;
}

// The result code of inserting `value` through `rule`; the diary is left as it was.
int insertResult(Database &db, const ListRule &rule, const QVariant &value)
{
    db.execute(QStringLiteral("SAVEPOINT probe"));
    sqlite3_stmt *insert = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db.handle(), rule.insert, -1, &insert, nullptr), SQLITE_OK) << rule.insert;
    if (value.isNull())
        sqlite3_bind_null(insert, 1);
    else if (value.typeId() == QMetaType::Int)
        sqlite3_bind_int(insert, 1, value.toInt());
    else
        sqlite3_bind_text(insert, 1, value.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
    const int rc = sqlite3_step(insert) == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(db.handle());
    sqlite3_finalize(insert);
    db.execute(QStringLiteral("ROLLBACK TO probe; RELEASE probe"));
    return rc;
}

// The values version 7's rule for `column` listed.
QStringList listedValues(Database &db, const char *column)
{
    Statement schema(db, "SELECT group_concat(sql, ' ') FROM sqlite_schema WHERE type = 'table'");
    schema.step();
    const QRegularExpression list(QStringLiteral("\\b%1 IN \\(([^()]*)\\)").arg(QLatin1StringView(column)));
    const auto match = list.match(schema.text(0));
    QStringList values;
    for (QString value : match.captured(1).split(QLatin1Char(','))) {
        value = value.trimmed();
        values.append(value.mid(1, value.size() - 2));
    }
    return values;
}
} // namespace

TEST(CheckRules, NoRuleOfANewDiaryChecksAListOfThreeOrMoreValues)
{
    const auto db = diaryAt(SchemaMigrator::latestVersion());
    Statement tables(*db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table'");
    const QRegularExpression longList(QStringLiteral("\\w+ IN \\([^()]*,[^()]*,[^()]*\\)"));
    int seen = 0;
    while (tables.step()) {
        ++seen;
        EXPECT_FALSE(longList.match(tables.text(1)).hasMatch()) << tables.text(0).toStdString();
    }
    EXPECT_GE(seen, 14);
}

TEST(CheckRules, EveryValueIsAcceptedOrRefusedAsTheListsDid)
{
    const auto before = diaryAt(ListsVersion);
    const auto after = diaryAt(SchemaMigrator::latestVersion());
    for (const ListRule &rule : Rules) {
        SCOPED_TRACE(rule.column);
        const QStringList allowed = listedValues(*before, rule.column);
        ASSERT_GE(allowed.size(), 3);
        QVariantList values;
        for (const QString &value : allowed)
            values << value << value.toUpper() << QString(value + QLatin1Char(' ')) << value.left(value.size() - 1);
        values << QString() << QStringLiteral("x") << QStringLiteral("other ") << 0 << 1 << QVariant();
        for (const QVariant &value : values) {
            SCOPED_TRACE(value.toString().toStdString());
            const int was = insertResult(*before, rule, value);
            EXPECT_EQ(insertResult(*after, rule, value), was);
            const bool listed = value.typeId() == QMetaType::QString && allowed.contains(value.toString());
            if (listed) {
                EXPECT_EQ(was, SQLITE_OK);
            } else if (!value.isNull()) {
                EXPECT_EQ(was, SQLITE_CONSTRAINT_CHECK);
            }
        }
    }
}

TEST(CheckRules, ADiaryUpgradedInPlaceHasTheNewDiarysRulesWordForWordAndKeepsItsRows)
{
    TempDiary temp;
    {
        Database db(temp.path, Database::Mode::ReadWrite);
        db.execute(QStringLiteral("PRAGMA foreign_keys = ON"));
        SchemaMigrator::migrate(db, 0, ListsVersion);
        db.execute(QStringLiteral("INSERT INTO episodes (id, start_utc, utc_offset_s, created_utc, updated_utc, leg, "
                                  "muscle) VALUES (5, 0, 0, 0, 0, 'both', 'toes');"
                                  "INSERT INTO episode_warning_signs VALUES (5, 'breathless_chest_pain')"));
        SchemaMigrator::migrate(db, ListsVersion);
        // The connection that upgraded already checks the new rules.
        EXPECT_THROW(db.execute(QStringLiteral("INSERT INTO episode_warning_signs VALUES (5, 'itching')")), StoreError);
    }
    Database reopened(temp.path, Database::Mode::ReadOnly);
    EXPECT_TRUE(SchemaMigrator::hasExactSchema(reopened, SchemaMigrator::latestVersion()));
    Statement rows(reopened, "SELECT count(*) FROM episode_warning_signs WHERE sign = 'breathless_chest_pain'");
    rows.step();
    EXPECT_EQ(rows.integer(0), 1);
    Statement integrity(reopened, "PRAGMA integrity_check");
    integrity.step();
    EXPECT_EQ(integrity.text(0), QStringLiteral("ok"));

    const DiarySalvage::Report check = DiarySalvage::inspect(temp.path);
    EXPECT_TRUE(check.healthy()) << check.lines().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(check.cramps, 1);
}

// `check` answers a sound diary from whole-table queries (BulkRuleCheck) and only copies row
// by row to name what is wrong. Every kind of CHECK rule broken must send it to the copy.
TEST(CheckRules, TheQuickCheckPassesASoundDiaryAndMissesNoKindOfBrokenRule)
{
    TempDiary temp;
    {
        auto diary = temp.open();
        DemoDiaryGenerator::Options options;
        options.nights = 120;
        options.lastNight = QDate(2026, 10, 31);
        options.zone = QTimeZone("Europe/London");
        options.experiment = true;
        DemoDiaryGenerator::generate(*diary, options);
    }
    {
        Database sound(temp.path, Database::Mode::ReadOnly);
        EXPECT_TRUE(BulkRuleCheck::everyRowKeepsTheRules(sound, SchemaMigrator::latestVersion()));
    }
    const char *const breakages[] = {
        "UPDATE episodes SET severity = 11 WHERE id = (SELECT min(id) FROM episodes)",
        "UPDATE episodes SET leg = 'knee' WHERE id = (SELECT max(id) FROM episodes)",
        "UPDATE episode_reliefs SET helped = 2 WHERE episode_id = (SELECT min(episode_id) FROM episode_reliefs)",
        "UPDATE factors SET choices = '' WHERE kind = 'choice'",
        "UPDATE medications SET name = '  ' WHERE id = (SELECT min(id) FROM medications)",
        "UPDATE experiment_nights SET arm = NULL WHERE night = (SELECT max(night) FROM experiment_nights)",
    };
    for (const char *breakage : breakages) {
        SCOPED_TRACE(breakage);
        const QString broken = temp.dir.filePath(QStringLiteral("broken.sqlite"));
        QFile::remove(broken);
        ASSERT_TRUE(QFile::copy(temp.path, broken));
        {
            Database db(broken, Database::Mode::ReadWrite);
            db.execute(QStringLiteral("PRAGMA ignore_check_constraints = 1; PRAGMA journal_mode = DELETE"));
            db.execute(QString::fromLatin1(breakage));
            EXPECT_GT(sqlite3_changes(db.handle()), 0);
            EXPECT_FALSE(BulkRuleCheck::everyRowKeepsTheRules(db, SchemaMigrator::latestVersion()));
        }
        const DiarySalvage::Report check = DiarySalvage::inspect(broken);
        EXPECT_FALSE(check.leftOut.isEmpty());
    }
}
