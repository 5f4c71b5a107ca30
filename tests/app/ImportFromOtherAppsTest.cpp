// Another app's file from the command line, as a user would bring it in: `import --guess`
// proposes a mapping, `import --map` with that mapping imports it, and the diary then holds
// exactly what the file says (tests/fixtures/other-apps; the fixture's zone is London).
#include "CommandLineFixture.h"

#include <QFile>

namespace {
struct Expected {
    const char *file;
    const char *severities; // in time order
    const char *firstStart; // start_utc|utc_offset_s of the first cramp
    const char *legs;
};
} // namespace

class ImportFromOtherApps : public CommandLine
{
};

TEST_F(ImportFromOtherApps, EachLayoutIsGuessedAndImportedEntryByEntry)
{
    const Expected cases[] = {
        { "flaredown.csv", "8,3,10", "1709521200|0", ",," },
        { "bearable.csv", "8,5,10", "1793588400|0", ",," },
        { "twelve-hour.csv", "6,4,8,2", "1795129440|0", "left,right,both,left" },
        { "utc.csv", "5,7,3,6", "1781052000|3600", "left,right,left,left" },
        { "semicolon.csv", "7,5,6", "1793589000|0", "left,right,both" },
        { "combined-tab.csv", "8,6,10,4", "1793589000|0", "left,right,both,right" },
    };
    for (const Expected &c : cases) {
        SCOPED_TRACE(c.file);
        const QString input = QStringLiteral(CRAMP_FIXTURES "/other-apps/") + QLatin1StringView(c.file);
        const Result guess
                = run({ QStringLiteral("import"), QStringLiteral("--guess"), QStringLiteral("--input"), input }, false);
        ASSERT_EQ(guess.exitCode, 0) << guess.err.toStdString();
        EXPECT_TRUE(guess.err.contains(QStringLiteral("separated by a "))) << guess.err.toStdString();
        EXPECT_TRUE(guess.err.contains(QStringLiteral("Europe/London"))) << guess.err.toStdString();
        const QString map = home.filePath(QStringLiteral("%1.json").arg(QLatin1StringView(c.file)));
        QFile mapFile(map);
        ASSERT_TRUE(mapFile.open(QIODevice::WriteOnly));
        mapFile.write(guess.out.toUtf8());
        mapFile.close();
        const QString target = home.filePath(QStringLiteral("%1.sqlite").arg(QLatin1StringView(c.file)));
        const Result imported = run({ QStringLiteral("import"), QStringLiteral("--map"), map, QStringLiteral("--input"),
                                      input, QStringLiteral("--database"), target },
                                    false);
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString() << guess.out.toStdString();
        EXPECT_TRUE(imported.out.contains(QStringLiteral("cramp"))) << imported.out.toStdString();
        EXPECT_EQ(sql(target,
                      QStringLiteral("SELECT group_concat(severity) FROM (SELECT severity FROM episodes "
                                     "ORDER BY start_utc)")),
                  QLatin1StringView(c.severities));
        EXPECT_EQ(sql(target,
                      QStringLiteral("SELECT start_utc || '|' || utc_offset_s FROM episodes ORDER BY "
                                     "start_utc LIMIT 1")),
                  QLatin1StringView(c.firstStart));
        EXPECT_EQ(sql(target,
                      QStringLiteral("SELECT group_concat(coalesce(leg, ''), ',') FROM (SELECT leg FROM "
                                     "episodes ORDER BY start_utc)")),
                  QLatin1StringView(c.legs));
    }
}

TEST_F(ImportFromOtherApps, AMappingFileWithAKeyTwiceIsRefusedInItsOwnWords)
{
    const QString map = home.filePath(QStringLiteral("twice.json"));
    QFile file(map);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"kind": "cramp-per-row", "date": "Date", "date": "Time"})");
    file.close();
    const Result result = run({ QStringLiteral("import"), QStringLiteral("--map"), map, QStringLiteral("--input"),
                                QStringLiteral(CRAMP_FIXTURES "/other-apps/twelve-hour.csv") });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("given twice"))) << result.err.toStdString();
    EXPECT_FALSE(result.err.contains(QStringLiteral("backup"))) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(diary));
}
