#include "ui/style/FocusRing.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPointer>

namespace {
constexpr int Margin = 3; // the ring sits just outside the control, so it hides nothing of it

// A ring drawn over the window around the focused control. It belongs to the window, not
// to the control's parent, so a control that fills its parent still gets the whole ring;
// only a scroll area's viewport clips it, as it clips the control.
class Ring : public QWidget
{
public:
    explicit Ring(QWidget *window)
        : QWidget(window)
    {
        setObjectName(QStringLiteral("focusRing"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
    }

    void follow(QWidget *control)
    {
        for (QWidget *w = m_control; w && w != window(); w = w->parentWidget())
            w->removeEventFilter(this);
        m_control = control;
        for (QWidget *w = m_control; w && w != window(); w = w->parentWidget())
            w->installEventFilter(this);
        place();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide: place(); break;
        default: break;
        }
        return QWidget::eventFilter(watched, event);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }

private:
    void place()
    {
        if (!m_control || !m_control->isVisible()) {
            hide();
            return;
        }
        const QRect around = QRect(m_control->mapTo(window(), QPoint(0, 0)), m_control->size())
                                     .adjusted(-Margin, -Margin, Margin, Margin);
        QRect shown = window()->rect();
        for (QWidget *w = m_control->parentWidget(); w && w != window(); w = w->parentWidget())
            if (qobject_cast<QAbstractScrollArea *>(w->parentWidget())) // a viewport
                shown &= QRect(w->mapTo(window(), QPoint(0, 0)), w->size());
        setGeometry(around);
        QRegion ring = QRegion(rect()) - QRegion(rect().adjusted(Margin, Margin, -Margin, -Margin));
        setMask(ring & QRegion(shown.translated(-around.topLeft())));
        raise();
        show();
        update();
    }

    QPointer<QWidget> m_control;
};

bool wantsRing(const QWidget *widget)
{
    return widget && (widget->focusPolicy() & Qt::TabFocus) && !widget->isWindow()
            && widget->window()->windowType() != Qt::Popup;
}

void follow(QWidget *, QWidget *now)
{
    static QPointer<Ring> ring; // one at a time: only one control has the focus
    if (!wantsRing(now)) {
        if (ring)
            ring->follow(nullptr);
        return;
    }
    if (!ring || ring->window() != now->window()) {
        delete ring;
        ring = new Ring(now->window());
    }
    ring->follow(now);
}
} // namespace

namespace FocusRing {

void install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QObject::connect(qApp, &QApplication::focusChanged, qApp, &follow);
}

} // namespace FocusRing
