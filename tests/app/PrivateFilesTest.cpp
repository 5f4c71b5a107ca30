// Everything the app writes is owner-only whatever the umask, and a diary others can read
// is named once without being changed.
#include "CommandLineFixture.h"

#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
mode_t modeOf(const QString &path)
{
    struct stat status {
    };
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &status), 0) << path.toStdString();
    return status.st_mode & 0777;
}

class PrivateFiles : public CommandLine
{
protected:
    mode_t previous = ::umask(022); // the usual umask, which would make files world-readable
    ~PrivateFiles() override { ::umask(previous); }
};
} // namespace

TEST_F(PrivateFiles, EverythingTheAppWritesIsOwnerOnly)
{
    const QString folder = home.filePath(QStringLiteral("new/folder"));
    const QString path = folder + QStringLiteral("/diary.sqlite");
    const auto onDiary = [&path](QStringList arguments) { return arguments << QStringLiteral("--database") << path; };
    ASSERT_EQ(
            run(onDiary({ QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("30") }), false).exitCode,
            0);
    EXPECT_EQ(modeOf(path), 0600u);
    EXPECT_EQ(modeOf(folder), 0700u);
    const QStringList outputs { home.filePath(QStringLiteral("backup.json")),
                                home.filePath(QStringLiteral("cramps.csv")),
                                home.filePath(QStringLiteral("report.pdf")) };
    ASSERT_EQ(run(onDiary({ QStringLiteral("backup"), QStringLiteral("--output"), outputs[0] }), false).exitCode, 0);
    ASSERT_EQ(run(onDiary({ QStringLiteral("export"), QStringLiteral("--output"), outputs[1] }), false).exitCode, 0);
    const Result report = run(onDiary({ QStringLiteral("report"), QStringLiteral("--output"), outputs[2] }), false);
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    for (const QString &output : outputs)
        EXPECT_EQ(modeOf(output), 0600u) << output.toStdString();
    const QString restored = home.filePath(QStringLiteral("restored.sqlite"));
    ASSERT_EQ(run({ QStringLiteral("restore"), QStringLiteral("--input"), outputs[0], QStringLiteral("--database"),
                    restored },
                  false)
                      .exitCode,
              0);
    EXPECT_EQ(modeOf(restored), 0600u);
    // The copy made before an upgrade, of a diary from an older version.
    const QString old = home.filePath(QStringLiteral("old.sqlite"));
    QFile script(QStringLiteral(CRAMP_SCHEMA_DIR "/001-initial.sql"));
    ASSERT_TRUE(script.open(QIODevice::ReadOnly));
    sql(old,
        QString::fromUtf8("PRAGMA journal_mode=WAL; BEGIN;" + script.readAll()
                          + "PRAGMA application_id = 1129467216; PRAGMA user_version = 1; COMMIT;"));
    ::chmod(QFile::encodeName(old).constData(), 0600);
    const Result upgraded = run({ QStringLiteral("log"), QStringLiteral("--database"), old }, false);
    ASSERT_EQ(upgraded.exitCode, 0) << upgraded.err.toStdString();
    const QStringList copies = QDir(home.path()).entryList({ QStringLiteral("old.sqlite.v1-*.bak") });
    ASSERT_EQ(copies.size(), 1);
    EXPECT_EQ(modeOf(home.filePath(copies.first())), 0600u);
    // The settings the commands wrote.
    for (const QString &settings :
         QDir(home.filePath(QStringLiteral("config"))).entryList({ QStringLiteral("*") }, QDir::Files))
        EXPECT_EQ(modeOf(home.filePath(QStringLiteral("config/")) + settings) & 077, 0u) << settings.toStdString();
}

// An export over a file others could read replaces it with a private one, written whole
// beside it and renamed over it (before, the new contents kept the old 0644).
TEST_F(PrivateFiles, AnExportOverAFileOthersCanReadReplacesItWithAPrivateOne)
{
    ASSERT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("30") }).exitCode, 0);
    const QList<QStringList> exports = {
        { QStringLiteral("backup"), QStringLiteral("--output"), home.filePath(QStringLiteral("b.json")) },
        { QStringLiteral("export"), QStringLiteral("--output"), home.filePath(QStringLiteral("c.csv")) },
        { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("fhir"), QStringLiteral("--output"),
          home.filePath(QStringLiteral("f.json")) },
        { QStringLiteral("report"), QStringLiteral("--output"), home.filePath(QStringLiteral("r.pdf")) },
        { QStringLiteral("bedside-sheet"), QStringLiteral("--output"), home.filePath(QStringLiteral("s.pdf")) },
    };
    for (const QStringList &command : exports) {
        const QString output = command.last();
        QFile old(output);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();
        ::chmod(QFile::encodeName(output).constData(), 0644);
        const Result result = run(command);
        ASSERT_EQ(result.exitCode, 0) << command.join(u' ').toStdString() << ": " << result.err.toStdString();
        EXPECT_EQ(modeOf(output), 0600u) << output.toStdString();
        EXPECT_GT(QFileInfo(output).size(), 100) << output.toStdString();
        const QStringList left = QDir(home.path()).entryList({ QFileInfo(output).fileName() + QStringLiteral(".*") });
        EXPECT_TRUE(left.isEmpty()) << left.join(u' ').toStdString();
    }
}

TEST_F(PrivateFiles, ADiaryOthersCanReadIsNamedOnceAndLeftAsItIs)
{
    ASSERT_EQ(run({ QStringLiteral("log") }).exitCode, 0);
    ::chmod(QFile::encodeName(diary).constData(), 0644);
    Result first = run({ QStringLiteral("list") });
    EXPECT_EQ(first.exitCode, 0);
    EXPECT_TRUE(first.err.contains(QStringLiteral("other users of this computer can read"))) << first.err.toStdString();
    EXPECT_TRUE(first.err.contains(QStringLiteral("chmod 600"))) << first.err.toStdString();
    EXPECT_EQ(modeOf(diary), 0644u) << "a file the person chose is not changed";
    const Result second = run({ QStringLiteral("list") });
    EXPECT_FALSE(second.err.contains(QStringLiteral("can read"))) << second.err.toStdString();
}
