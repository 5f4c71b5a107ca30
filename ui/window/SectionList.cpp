#include "ui/window/SectionList.h"

#include "ui/style/TextSize.h"

#include <algorithm>

#include <QEvent>
#include <QScrollBar>

SectionList::SectionList(QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Sections"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setSpacing(2);
    TextSize::scaleFont(this, 1.15);
    // A screen reader picks a section by selecting it, which does not move the current row.
    connect(this, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> chosen = selectedItems();
        if (!chosen.isEmpty() && chosen.first() != currentItem())
            setCurrentItem(chosen.first());
    });
}

QSize SectionList::sizeHint() const
{
    int widest = 0;
    for (int row = 0; row < count(); ++row)
        widest = std::max(widest, fontMetrics().horizontalAdvance(item(row)->text()));
    // The item's own margins and the spacing around it, the frame, and a scroll bar for a
    // window too short to show every section.
    const int margins = 2 * spacing() + 2 * frameWidth() + 2 * fontMetrics().averageCharWidth();
    return { std::max(150, widest + margins + verticalScrollBar()->sizeHint().width()),
             QListWidget::sizeHint().height() };
}

QSize SectionList::minimumSizeHint() const
{
    return { sizeHint().width(), QListWidget::minimumSizeHint().height() };
}

void SectionList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry(); // larger text: wider names
    QListWidget::changeEvent(event);
}
