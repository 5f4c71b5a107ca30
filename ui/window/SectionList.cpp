#include "ui/window/SectionList.h"

#include "ui/style/TextSize.h"

SectionList::SectionList(QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Sections"));
    setFixedWidth(150);
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
