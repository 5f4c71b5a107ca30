#include "ui/window/FirstPaintExit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace {
// Watches the whole application: a main window is mostly covered by its children, so the
// first paint may reach one of them rather than the window itself.
class ExitAfterPaint : public QObject
{
public:
    explicit ExitAfterPaint(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            if (auto *widget = qobject_cast<QWidget *>(watched); widget && widget->window() == m_window) {
                m_done = true;
                // After this paint event has been handled: the frame is drawn.
                QMetaObject::invokeMethod(
                        qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    bool m_done = false;
};
} // namespace

namespace FirstPaintExit {

void install(QWidget *window)
{
    qApp->installEventFilter(new ExitAfterPaint(window));
}

} // namespace FirstPaintExit
