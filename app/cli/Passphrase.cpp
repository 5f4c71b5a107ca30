#include "app/cli/Passphrase.h"

#include "app/cli/CliContext.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

#include <QFile>
#include <QTextStream>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Passphrase)
};

const QString FileOption = QStringLiteral("passphrase-file");

QString fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError(Text::tr("--%1: cannot read %2: %3").arg(FileOption, path, file.errorString()));
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// One line from the controlling terminal with echo off; nothing when there is no terminal.
std::optional<QString> askTerminal(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    termios saved {};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    char buffer[4096] = {};
    const bool read = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!read || !isTerminal)
        return std::nullopt;
    QByteArray line(buffer);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

[[noreturn]] void noSource()
{
    throw UsageError(Text::tr("a passphrase is needed: run the command in a terminal, or give --%1 with a file "
                              "holding it on its first line.")
                             .arg(FileOption));
}
} // namespace

namespace Passphrase {

void addOption(QCommandLineParser &parser)
{
    parser.addOption({ FileOption, Text::tr("Read the backup's passphrase from the first line of this file."),
                       Text::tr("file") });
}

QString forNewBackup(const QCommandLineParser &parser)
{
    if (parser.isSet(FileOption))
        return fromFile(parser.value(FileOption));
    const auto first = askTerminal(Text::tr("Passphrase for the backup: "));
    if (!first)
        noSource();
    const auto again = askTerminal(Text::tr("The same passphrase again: "));
    if (!again || *again != *first)
        throw UsageError(Text::tr("the two passphrases differ."));
    return *first;
}

QString forRestore(const QCommandLineParser &parser)
{
    if (parser.isSet(FileOption))
        return fromFile(parser.value(FileOption));
    const auto typed = askTerminal(Text::tr("Passphrase of the backup: "));
    if (!typed)
        noSource();
    return *typed;
}

} // namespace Passphrase
