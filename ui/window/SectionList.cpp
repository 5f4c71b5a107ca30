#include "ui/window/SectionList.h"

SectionList::SectionList(QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Sections"));
    setFixedWidth(150);
    setFrameShape(QFrame::NoFrame);
    setSpacing(2);
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    setFont(larger);
    // A screen reader picks a section by selecting it, which does not move the current row.
    connect(this, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> chosen = selectedItems();
        if (!chosen.isEmpty() && chosen.first() != currentItem())
            setCurrentItem(chosen.first());
    });
}
