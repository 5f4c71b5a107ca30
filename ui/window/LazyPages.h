#pragma once

#include <functional>

#include <QList>
#include <QStackedWidget>

// The window's pages, each made the first time it is shown or asked for, so the window
// opens at the cost of its first page rather than of all seven (their charts, tables and
// wrapped text are laid out only when someone goes there). Each page scrolls inside its
// place when the window is smaller than the page needs (large text on a small screen), so
// no page makes the window wider or taller than the screen.
class LazyPages : public QStackedWidget
{
    Q_OBJECT

public:
    explicit LazyPages(QWidget *parent = nullptr);

    // Adds the next page; `make` builds it (parented by this stack) when it is first needed.
    void addLazyPage(std::function<QWidget *()> make);
    bool isMade(int index) const { return !m_makers.value(index); }
    // The page at `index`, made now if it was not yet.
    QWidget *page(int index);
    template<typename Page>
    Page *page(int index)
    {
        return qobject_cast<Page *>(page(index));
    }
    void showPage(int index); // makes the page, then shows it

private:
    QList<std::function<QWidget *()>> m_makers; // empty once the page is made
    QList<QWidget *> m_pages; // each inside the scroll area at its index; null until made
};
