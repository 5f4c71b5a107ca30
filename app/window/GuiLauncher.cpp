#include "app/window/GuiLauncher.h"

#include "app/cli/CommandLineTool.h"
#include "app/instance/SingleInstance.h"
#include "app/window/PrivacyNotice.h"
#include "app/window/QuitOnSignals.h"
#include "app/window/RepairOffer.h"
#include "app/window/WindowSession.h"
#include "core/settings/AppPaths.h"
#include "core/settings/AppSettings.h"
#include "core/settings/Translations.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/window/FirstPaintExit.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowScreenshot.h"

#include <cstdio>

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

namespace {
// Gives the free functions below a translation context lupdate understands.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)
};

bool displayAvailable()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return true; // the user chose a platform plugin (offscreen, wayland, xcb...)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void addOptions(QCommandLineParser &parser)
{
    QString commands;
    for (const QString &name : CommandLineTool::subcommands())
        commands += QStringLiteral("  cramp-diary %1 --help\n").arg(name);
    parser.setApplicationDescription(
            Text::tr("A diary for night-time leg cramps.\n\nWithout a command it opens the diary window. Commands that "
                     "need no display:\n%1")
                    .arg(commands));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("database"),
                       Text::tr("The diary file to open (default: %1).").arg(AppPaths::defaultDiaryPath()),
                       Text::tr("file") });
    parser.addOption({ QStringLiteral("screenshot"),
                       Text::tr("Save a picture of the window to this PNG file and quit."), Text::tr("file") });
    parser.addOption(
            { QStringLiteral("view"),
              Text::tr("With --screenshot: what to show (home, diary, charts, charts-page, charts-page-all, insights, "
                       "guidance, report, quicklog, editor, checkin, settings, medicines, factors, alert, untracked, "
                       "topic, welcome, backup, import, experiment, experiment-plan)."),
              Text::tr("view") });
    parser.addOption({ QStringLiteral("night-mode"), Text::tr("Start in the dark night palette.") });
    parser.addOption({ QStringLiteral("quit-at-first-paint"),
                       Text::tr("Quit as soon as the window (on a first start, its welcome) has painted (for "
                                "benchmarks/first-paint.sh).") });
    parser.addOption(
            { QStringLiteral("checkin"), Text::tr("Open the evening check-in (in the running window, if any).") });
    parser.addPositionalArgument(Text::tr("command-or-file"),
                                 Text::tr("Optional: a command (%1), or a diary file to open.")
                                         .arg(CommandLineTool::subcommands().join(QStringLiteral(", "))),
                                 Text::tr("[command-or-file]"));
}

// `cramp-diary FILE` opens that diary, so the app can be a file manager's "Open with".
bool looksLikeDiaryFile(const QString &argument)
{
    const QFileInfo info(argument);
    return info.isFile() || argument.endsWith(QLatin1StringView(".sqlite"))
            || argument.endsWith(QLatin1StringView(".crampdiary"));
}

QString diaryPathFrom(const QCommandLineParser &parser, const AppSettings &settings)
{
    QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().first();
    if (path.isEmpty())
        path = settings.diaryPath();
    if (path.isEmpty())
        path = AppPaths::defaultDiaryPath();
    return path;
}
// Opens the diary; a damaged one is offered the repair (when `mayAsk`) and opened once more.
// Any other failure is shown and gives nothing.
std::unique_ptr<DiaryRepository> openOrOfferRepair(const QString &path, bool mayAsk)
{
    for (bool repaired = false;; repaired = true) {
        try {
            return DiaryRepository::open(path);
        } catch (const StoreError &error) {
            QTextStream(stderr) << error.message() << Qt::endl;
            const auto exec = [](QMessageBox &box) { box.exec(); };
            if (error.kind() == StoreError::Kind::Damaged && mayAsk && !repaired
                && RepairOffer::ask(nullptr, path, error.message(), exec))
                continue;
            QMessageBox::critical(nullptr, Text::tr("Cannot open the diary"), error.message());
            return nullptr;
        }
    }
}
} // namespace

namespace GuiLauncher {

int run(int argc, char *argv[], void (*describeApplication)())
{
    // --help and --version must work without a display: parse them before QApplication.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    {
        QCoreApplication probe(argc, argv);
        describeApplication();
        Translations::install(probe, AppSettings().language()); // the help in the person's language
        QCommandLineParser parser;
        addOptions(parser);
        QTextStream err(stderr);
        if (!parser.parse(rawArguments)) {
            err << parser.errorText() << Qt::endl;
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            QTextStream(stdout) << parser.helpText();
            return 0;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            QTextStream(stdout) << QCoreApplication::applicationName() << QLatin1Char(' ')
                                << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > 1 || (positional.size() == 1 && !looksLikeDiaryFile(positional.first()))) {
            err << Text::tr("Unknown command '%1'. Commands: %2.")
                            .arg(parser.positionalArguments().first(),
                                 CommandLineTool::subcommands().join(QStringLiteral(", ")))
                << Qt::endl;
            return 2;
        }
        if (!displayAvailable()) {
            err << Text::tr("cramp-diary: no display found (DISPLAY and WAYLAND_DISPLAY are unset); start it from a "
                            "desktop session, or run it under xvfb-run.")
                << Qt::endl;
            return 1;
        }
    }

    QApplication app(argc, argv);
    QuitOnSignals::install();
    describeApplication();
    Translations::install(app, AppSettings().language());
    QApplication::setApplicationDisplayName(Text::tr("Cramp Diary"));
    QApplication::setDesktopFileName(QStringLiteral("org.crampdiary.CrampDiary"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.crampdiary.CrampDiary.svg")));
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    AppSettings settings;
    const QString path = diaryPathFrom(parser, settings);
    const bool checkin = parser.isSet(QStringLiteral("checkin"));
    // A window already has this diary: bring it forward instead of failing on its lock.
    if (!parser.isSet(QStringLiteral("screenshot"))
        && SingleInstance::send(
                path, { { QStringLiteral("kind"), checkin ? QStringLiteral("checkin") : QStringLiteral("raise") } },
                5000))
        return 0;

    std::unique_ptr<DiaryRepository> diary = openOrOfferRepair(path, !parser.isSet(QStringLiteral("screenshot")));
    if (!diary)
        return 1;

    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    // A first start shows its welcome before the window: the welcome is what the person
    // reads first, and it sets how the window looks (night mode) and counts (the night).
    const bool welcomeFirst = !settings.disclaimerAccepted() && !screenshot;
    WindowSession session(settings, std::move(diary),
                          welcomeFirst ? WindowSession::Window::Hidden : WindowSession::Window::Shown);
    QObject::connect(&session, &WindowSession::switchFailed, &session, [&session](const QString &message) {
        QMessageBox::warning(session.window(), QCoreApplication::translate("GuiLauncher", "Cannot open the diary"),
                             message);
    });
    MainWindow *window = session.window();
    if (parser.isSet(QStringLiteral("night-mode")))
        window->setNightMode(true);
    const bool benchmark = parser.isSet(QStringLiteral("quit-at-first-paint"));
    // A first start is timed to its welcome, which is what the person sees first.
    if (benchmark && welcomeFirst)
        FirstPaintExit::installForFirstDialog();
    else if (benchmark)
        FirstPaintExit::install(window);
    const bool notices = !screenshot && (!benchmark || welcomeFirst);
    QTimer::singleShot(0, window, [window, notices, checkin, &settings, &session] {
        if (notices)
            window->showFirstRunNotice();
        session.showWindow();
        session.addTrayIcon();
        if (!notices)
            return;
        PrivacyNotice::showIfDue(window, session.diary()->path(), settings);
        if (checkin)
            window->checkinAction()->trigger();
    });
    if (screenshot) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        const QString view = parser.value(QStringLiteral("view"));
        QTimer::singleShot(300, window, [window, file, view] {
            const bool saved = WindowScreenshot::save(*window, file, view);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}

} // namespace GuiLauncher
