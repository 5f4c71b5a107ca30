#pragma once

#include "core/domain/EnumKeys.h"
#include "core/settings/AppSettings.h"
#include "core/settings/NightRule.h"

#include <memory>
#include <optional>
#include <stdexcept>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

// A command-line mistake: the message names the option and what it allows.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

// A writing command found the diary open in a running window: CommandLineTool hands the
// whole command to that window instead of waiting for its lock.
struct ForwardToWindow {
    QString diaryPath;
};

// Shared parsing of option values for the subcommands. Every parser throws UsageError
// naming the option, so nothing is written when any value is wrong.
class DiaryRepository;

class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    // `served`: the diary of the window this command runs in, forwarded from another process.
    CliContext(QTextStream &out, QTextStream &err, DiaryRepository *served = nullptr);
    ~CliContext();

    QTextStream &out;
    QTextStream &err;

    // Adds --database and --help; parse() throws UsageError and returns false after
    // printing help, when the caller should stop with success.
    static void addCommonOptions(QCommandLineParser &parser);
    bool parse(QCommandLineParser &parser, const QStringList &arguments);
    // The diary a command works on: --database, else the one chosen in the settings.
    QString diaryPath(const QCommandLineParser &parser) const;
    // Throws StoreError, or ForwardToWindow for a writing command while a window has the diary.
    std::shared_ptr<DiaryRepository> openDiary(const QCommandLineParser &parser, bool readOnly) const;
    // The person's settings and night rule, read once per command.
    AppSettings &settings() const { return *m_settings; }
    const NightRule &nightRule() const { return *m_nightRule; }

    static std::optional<int> intInRange(const QCommandLineParser &parser, const QString &option, int low, int high);
    static std::optional<bool> yesNo(const QCommandLineParser &parser, const QString &option);
    static std::optional<QDate> date(const QCommandLineParser &parser, const QString &option);
    // Seconds from "90", "90s", "2m" or "1m30s".
    static std::optional<int> duration(const QCommandLineParser &parser, const QString &option);
    // A local time: "2026-11-23T03:10", "2026-11-23 03:10", with an optional UTC offset,
    // or "03:10" for the most recent such time. Returned with its UTC offset fixed.
    static QDateTime time(const QString &option, const QString &text, const QDateTime &now);

    template<typename E>
    static std::optional<E> enumValue(const QCommandLineParser &parser, const QString &option)
    {
        if (!parser.isSet(option))
            return std::nullopt;
        const QString value = parser.value(option).trimmed().toLower();
        if (const auto parsed = fromKey<E>(value))
            return parsed;
        throw UsageError(invalidChoice(option, value, allKeys<E>()));
    }

    static QString invalidChoice(const QString &option, const QString &value, const QStringList &allowed);

private:
    // A diary others may read is named once, with the command that makes it private.
    void reportIfReadableByOthers(const QString &path) const;

    DiaryRepository *m_served = nullptr;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<NightRule> m_nightRule;
};
