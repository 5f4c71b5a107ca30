#include "ui/window/FirstPaintExit.h"

#include <QCoreApplication>
#include <QDialog>
#include <QEvent>
#include <QWidget>

namespace {
// Watches the whole application: a main window is mostly covered by its children, so the
// first paint may reach one of them rather than the window itself.
class ExitAfterPaint : public QObject
{
public:
    // `window` null: the first dialog to paint (the welcome of a first start).
    explicit ExitAfterPaint(QWidget *window)
        : m_window(window)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget
                && (m_window ? widget->window() == m_window : qobject_cast<QDialog *>(widget->window()) != nullptr)) {
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
    auto *filter = new ExitAfterPaint(window);
    filter->setParent(window);
    qApp->installEventFilter(filter);
}

void installForFirstDialog()
{
    qApp->installEventFilter(new ExitAfterPaint(nullptr));
}

} // namespace FirstPaintExit
