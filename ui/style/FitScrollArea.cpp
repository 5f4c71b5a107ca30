#include "ui/style/FitScrollArea.h"

#include <algorithm>

#include <QEvent>
#include <QScreen>
#include <QScrollBar>
#include <QVBoxLayout>

FitScrollArea::FitScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setWidget(content);
    content->installEventFilter(this);
    // A Tab stop only while there is something to scroll to with the keys; then it is named,
    // as every Tab stop must be for a screen reader.
    setAccessibleName(tr("The dialog's contents: the arrow keys scroll them"));
    setFocusPolicy(Qt::NoFocus);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this,
            [this](int, int maximum) { setFocusPolicy(maximum > 0 ? Qt::StrongFocus : Qt::NoFocus); });
}

QVBoxLayout *FitScrollArea::bodyOf(QWidget *dialog)
{
    auto *outer = new QVBoxLayout(dialog);
    auto *content = new QWidget(dialog);
    auto *body = new QVBoxLayout(content);
    body->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(new FitScrollArea(content, dialog), 1);
    return body;
}

QSize FitScrollArea::sizeHint() const
{
    if (!widget())
        return QScrollArea::sizeHint();
    const int frame = 2 * frameWidth();
    QSize wanted = widget()->sizeHint().expandedTo(widget()->minimumSizeHint());
    if (widget()->hasHeightForWidth()) // wrapped words: the height they take at that width
        wanted.setHeight(std::max(widget()->heightForWidth(wanted.width()), widget()->minimumSizeHint().height()));
    wanted += QSize(frame, frame);
    // The dialog's title bar, margins and buttons need the rest of the screen.
    const QRect screen = this->screen()->availableGeometry();
    const QSize room(screen.width() * 9 / 10, screen.height() * 3 / 4);
    if (wanted.height() > room.height())
        wanted.rwidth() += verticalScrollBar()->sizeHint().width(); // beside the words, not over them
    return wanted.boundedTo(room);
}

bool FitScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // A message shown inside makes the dialog taller, as it would without a scroll area.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}
