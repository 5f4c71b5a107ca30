#include "app/cli/CliContext.h"

#include "app/instance/SingleInstance.h"
#include "core/domain/Episode.h"
#include "core/settings/AppPaths.h"
#include "core/settings/AppSettings.h"
#include "core/settings/PrivateFiles.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <QRegularExpression>
#include <QTimeZone>

CliContext::CliContext(QTextStream &outStream, QTextStream &errStream, DiaryRepository *served)
    : out(outStream)
    , err(errStream)
    , m_served(served)
    , m_settings(std::make_unique<AppSettings>())
    , m_nightRule(std::make_unique<NightRule>(*m_settings))
{
}

CliContext::~CliContext() = default;

void CliContext::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("database"),
                       tr("The diary file to use (default: %1).").arg(AppPaths::defaultDiaryPath()), tr("file") });
    parser.addHelpOption();
}

bool CliContext::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    // The subcommand itself is not an argument of its own parser.
    QStringList forParser = arguments;
    if (forParser.size() > 1)
        forParser.removeAt(1);
    if (!parser.parse(forParser))
        throw UsageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty())
        throw UsageError(tr("unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    return true;
}

QString CliContext::diaryPath(const QCommandLineParser &parser) const
{
    QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty())
        path = m_settings->diaryPath();
    if (path.isEmpty())
        path = AppPaths::defaultDiaryPath();
    return path;
}

std::shared_ptr<DiaryRepository> CliContext::openDiary(const QCommandLineParser &parser, bool readOnly) const
{
    if (m_served) // run inside the window: its diary, which it keeps open
        return std::shared_ptr<DiaryRepository>(m_served, [](DiaryRepository *) {});
    const QString path = diaryPath(parser);
    const auto windowServes = [&path] {
        return SingleInstance::send(path, { { QStringLiteral("kind"), QStringLiteral("ping") } }, 2000).has_value();
    };
    if (!readOnly && windowServes())
        throw ForwardToWindow { path };
    try {
        std::shared_ptr<DiaryRepository> diary = DiaryRepository::open(path, readOnly);
        reportIfReadableByOthers(diary->path());
        return diary;
    } catch (const StoreError &error) {
        // A window that was still starting holds the lock by now and may be listening.
        if (error.kind() == StoreError::Kind::Locked && windowServes())
            throw ForwardToWindow { path };
        throw;
    }
}

void CliContext::reportIfReadableByOthers(const QString &path) const
{
    if (!PrivateFiles::readableByOthers(path) || m_settings->privacyReported(path))
        return;
    err << tr("Note: other users of this computer can read %1. To make it private: chmod 600 %1 "
              "(this note is shown once).")
                    .arg(path)
        << Qt::endl;
    m_settings->setPrivacyReported(path);
    m_settings->sync();
}

QString CliContext::invalidChoice(const QString &option, const QString &value, const QStringList &allowed)
{
    return tr("--%1: '%2' is not allowed; use one of: %3.").arg(option, value, allowed.join(QStringLiteral(", ")));
}

std::optional<int> CliContext::intInRange(const QCommandLineParser &parser, const QString &option, int low, int high)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int value = parser.value(option).trimmed().toInt(&ok);
    if (!ok || value < low || value > high)
        throw UsageError(tr("--%1 must be a whole number from %2 to %3 (got '%4').")
                                 .arg(option)
                                 .arg(low)
                                 .arg(high)
                                 .arg(parser.value(option)));
    return value;
}

std::optional<bool> CliContext::yesNo(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const QString value = parser.value(option).trimmed().toLower();
    if (value == QLatin1StringView("yes") || value == QLatin1StringView("y") || value == QLatin1StringView("1"))
        return true;
    if (value == QLatin1StringView("no") || value == QLatin1StringView("n") || value == QLatin1StringView("0"))
        return false;
    throw UsageError(invalidChoice(option, value, { QStringLiteral("yes"), QStringLiteral("no") }));
}

std::optional<QDate> CliContext::date(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const QDate value = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
    if (!value.isValid())
        throw UsageError(tr("--%1 must be a date written YYYY-MM-DD (got '%2').").arg(option, parser.value(option)));
    return value;
}

std::optional<int> CliContext::duration(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(?:(\d+)m)?\s*(?:(\d+)s?)?\s*$)"));
    const QString text = parser.value(option);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || text.trimmed().isEmpty())
        throw UsageError(tr("--%1 must be a duration such as 90, 90s, 2m or 1m30s (got '%2').").arg(option, text));
    const qint64 seconds = match.captured(1).toLongLong() * 60 + match.captured(2).toLongLong();
    if (seconds > 24 * 3600)
        throw UsageError(tr("--%1 must be at most 24 hours (got '%2').").arg(option, text));
    return int(seconds);
}

QDateTime CliContext::time(const QString &option, const QString &text, const QDateTime &now)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1StringView("now"))
        return withFixedOffset(now);
    const QTime clock = QTime::fromString(trimmed, QStringLiteral("H:mm"));
    if (clock.isValid()) {
        QDateTime candidate(now.date(), clock, now.timeZone());
        if (candidate > now)
            candidate = QDateTime(now.date().addDays(-1), clock, now.timeZone());
        return withFixedOffset(candidate);
    }
    QString iso = trimmed;
    iso.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime parsed = QDateTime::fromString(iso, Qt::ISODate);
    if (!parsed.isValid())
        throw UsageError(tr("--%1 must be a time such as 2026-11-23T03:10, '2026-11-23 03:10', 03:10 or now "
                            "(got '%2').")
                                 .arg(option, text));
    return withFixedOffset(parsed);
}
