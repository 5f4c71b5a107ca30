#include "app/cli/CommandLineTool.h"
#include "app/window/GuiLauncher.h"
#include "core/settings/AppSettings.h"
#include "core/settings/PrivateFiles.h"
#include "core/settings/Translations.h"

#include <csignal>
#include <cstdio>

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CrampDiary"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("crampdiary.org"));
    QCoreApplication::setApplicationName(QStringLiteral("cramp-diary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRAMP_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    PrivateFiles::restrictNewFiles(); // before anything is written: a health diary is nobody else's
    // `cramp-diary list | head`: a closed pipe makes writes fail instead of killing the
    // command before it closes the diary (which would leave its -wal and -shm behind).
    std::signal(SIGPIPE, SIG_IGN);
    // Subcommands, --help and --version need no display, so they never create a QGuiApplication.
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (CommandLineTool::needsRendering(first)) {
        // The report draws charts and pages; it needs no display, only the offscreen platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describeApplication();
        Translations::install(app, AppSettings().language());
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLineTool::run(QCoreApplication::arguments(), out, err);
    }
    if (CommandLineTool::isSubcommand(first)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        Translations::install(app, AppSettings().language());
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLineTool::run(QCoreApplication::arguments(), out, err);
    }
    return GuiLauncher::run(argc, argv, &describeApplication);
}
