#include "ui/window/LazyPages.h"

LazyPages::LazyPages(QWidget *parent)
    : QStackedWidget(parent)
{
}

void LazyPages::addLazyPage(std::function<QWidget *()> make)
{
    addWidget(new QWidget(this)); // holds the place until the page is made
    m_makers.append(std::move(make));
}

QWidget *LazyPages::page(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    if (const auto make = std::exchange(m_makers[index], nullptr)) {
        QWidget *placeholder = widget(index);
        insertWidget(index, make());
        removeWidget(placeholder);
        delete placeholder;
    }
    return widget(index);
}

void LazyPages::showPage(int index)
{
    setCurrentWidget(page(index));
}
