#pragma once

#include <QListWidget>

// The list of the window's sections (Home, Diary, Charts...) down its left side. Choosing an
// item by keyboard, mouse or a screen reader (which selects it) shows that section. It is as
// wide as its longest name, in any language and at any text size.
class SectionList : public QListWidget
{
    Q_OBJECT

public:
    explicit SectionList(QWidget *parent = nullptr);

    // A letter typed here does not jump to a section: a stray "r" opened Report. Arrows,
    // Home/End and the window's keys (L, E) still work.
    void keyboardSearch(const QString &) override { }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
};
