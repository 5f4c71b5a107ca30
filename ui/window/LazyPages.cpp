#include "ui/window/LazyPages.h"

#include <QScrollArea>

LazyPages::LazyPages(QWidget *parent)
    : QStackedWidget(parent)
{
}

void LazyPages::addLazyPage(std::function<QWidget *()> make)
{
    auto *place = new QScrollArea(this);
    place->setWidgetResizable(true); // as large as the window lets it be, never smaller than it needs
    place->setFrameShape(QFrame::NoFrame);
    place->setFocusPolicy(Qt::NoFocus); // the page's controls are the Tab stops, and Tab scrolls to them
    addWidget(place);
    m_makers.append(std::move(make));
    m_pages.append(nullptr);
}

QWidget *LazyPages::page(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    if (const auto make = std::exchange(m_makers[index], nullptr)) {
        m_pages[index] = make();
        static_cast<QScrollArea *>(widget(index))->setWidget(m_pages[index]);
    }
    return m_pages[index];
}

void LazyPages::showPage(int index)
{
    page(index);
    setCurrentIndex(index);
}
