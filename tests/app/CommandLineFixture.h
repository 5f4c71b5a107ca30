#pragma once

// The built cramp-diary binary driven like a user: a throw-away home, English, London time.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

struct Result {
    int exitCode = -1;
    bool crashed = false; // ended by a signal
    QString out;
    QString err;
};

// The command line as it runs at `when` (local time in the fixture's zone), by libfaketime.
inline QProcessEnvironment at(const QProcessEnvironment &base, const char *when)
{
    QProcessEnvironment env = base;
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"));
    env.insert(QStringLiteral("FAKETIME"), QStringLiteral("@") + QLatin1StringView(when));
    env.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
    return env;
}

class CommandLine : public ::testing::Test
{
protected:
    QTemporaryDir home;
    QString diary = home.filePath(QStringLiteral("diary.sqlite"));

    QProcessEnvironment environment(bool withDisplay = false) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // wins over the caller's LC_ALL
        env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/London"));
        if (!withDisplay) {
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        }
        return env;
    }

    Result run(QStringList arguments, bool withDatabase = true, const QProcessEnvironment *env = nullptr) const
    {
        if (withDatabase && !arguments.isEmpty() && !arguments.first().startsWith(QLatin1Char('-')))
            arguments << QStringLiteral("--database") << diary;
        QProcess process;
        process.setProcessEnvironment(env ? *env : environment());
        process.start(QStringLiteral(CRAMP_DIARY_BINARY), arguments);
        EXPECT_TRUE(process.waitForFinished(60000)) << arguments.join(QLatin1Char(' ')).toStdString();
        return { process.exitCode(), process.exitStatus() == QProcess::CrashExit,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    QString sql(const QString &path, const QString &query) const
    {
        QProcess process;
        process.start(QStringLiteral("sqlite3"), { path, query });
        EXPECT_TRUE(process.waitForFinished(10000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    QJsonArray listJson(const QStringList &range)
    {
        const Result listed = run(QStringList { QStringLiteral("list"), QStringLiteral("--json") } + range);
        EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }
};
