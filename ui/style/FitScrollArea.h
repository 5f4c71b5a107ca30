#pragma once

#include <QScrollArea>

// A scroll area as large as what it holds, up to the room the screen has: a dialog built on
// one scrolls only where the screen is too small for it (large text on a small screen), and
// otherwise looks as if it had no scroll area. It grows when what it holds grows.
class FitScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    // Takes `content`, which lays itself out.
    explicit FitScrollArea(QWidget *content, QWidget *parent = nullptr);

    // Lays `dialog` out as a body that scrolls above what is added to the dialog's own layout
    // afterwards (its buttons, which stay in view); returns the body's layout.
    static class QVBoxLayout *bodyOf(QWidget *dialog);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
