// Ctrl+L in the window, from the key to the first paint of the quick log sheet it opens,
// with Home or Charts showing; and its floor, a bare window whose Ctrl+L opens a dialog
// with one label. Real windows: benchmarks/key-to-sheet.sh runs it under xvfb-run on the
// generated 10-year diary. Each key logs a cramp, which is undone before the next one.
// Prints the median of 15 keys for each, in ms.
//   key_to_sheet DIARY.sqlite
#include "core/settings/AppSettings.h"
#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"
#include "ui/window/MainWindow.h"

#include <algorithm>
#include <cstdio>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWindow>

namespace {
constexpr int Keys = 15;

// Ends the first dialog once it has painted, noting when that was.
class FirstDialogPaint : public QObject
{
public:
    explicit FirstDialogPaint(const QElapsedTimer &since)
        : m_since(since)
    {
    }
    qint64 nanoseconds = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Paint && nanoseconds < 0 && widget && qobject_cast<QDialog *>(widget->window())) {
            nanoseconds = m_since.nsecsElapsed(); // later paints of this frame follow at once
            auto *dialog = static_cast<QDialog *>(widget->window());
            QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
        }
        return false;
    }

private:
    const QElapsedTimer &m_since;
};

void settle(QWidget &window)
{
    QCoreApplication::processEvents();
    window.repaint();
    QCoreApplication::processEvents();
}

// The median of Keys presses of Ctrl+L on `window`; `undo` runs after each.
double medianKeyToDialog(QWidget &window, const std::function<void()> &undo)
{
    QList<double> times;
    for (int i = 0; i < Keys; ++i) {
        // A shortcut reaches the active window only. On the virtual screen there is no
        // window manager to give the window back its activation when the dialog closes.
        QApplication::setActiveWindow(&window);
        settle(window);
        QElapsedTimer since;
        FirstDialogPaint paint(since);
        qApp->installEventFilter(&paint);
        since.start();
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        qApp->removeEventFilter(&paint);
        times.append(double(paint.nanoseconds) / 1e6);
        undo();
    }
    std::sort(times.begin(), times.end());
    return times[Keys / 2];
}

void show(QWidget &window)
{
    window.resize(1280, 800);
    window.show();
    while (!window.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    settle(window);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: key_to_sheet DIARY.sqlite\n", stderr);
        return 2;
    }
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    NightRule nightRule(settings);
    const auto diary = DiaryRepository::open(QString::fromLocal8Bit(argv[1]));
    double home = 0, charts = 0;
    {
        MainWindow window(*diary, settings, nightRule);
        show(window);
        const auto undo = [&window] { window.undoAction()->trigger(); };
        window.showPage(MainWindow::HomePage);
        home = medianKeyToDialog(window, undo);
        window.showPage(MainWindow::ChartsPage);
        charts = medianKeyToDialog(window, undo);
    }
    QMainWindow floor;
    auto *open = new QAction(&floor);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    floor.addAction(open);
    QObject::connect(open, &QAction::triggered, &floor, [&floor] {
        QDialog dialog(&floor);
        (new QVBoxLayout(&dialog))->addWidget(new QLabel(QStringLiteral("Logged"), &dialog));
        dialog.exec();
    });
    show(floor);
    const double bare = medianKeyToDialog(floor, [] {});
    std::printf("home %.2f charts %.2f floor %.2f\n", home, charts, bare);
    return 0;
}
