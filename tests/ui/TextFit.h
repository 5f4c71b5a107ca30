#pragma once

// Whether what a person reads fits: texts cut off or elided, and widgets drawn over each
// other. Used by the larger-text tests on every page and dialog.
#include <QAbstractButton>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QRegularExpression>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace TextFit {

inline QString withoutMnemonic(const QString &text)
{
    return QString(text).remove(QRegularExpression(QStringLiteral("&(?!&)"))); // a mnemonic's & is not drawn
}

// Every visible one-line label, button, column header and tab whose text is wider than the
// room it has: a word cut off or elided. A label that wraps is given the height it needs by
// its layout, so only one-line labels can be cut.
inline QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    const auto note = [&cut](const char *kind, const QString &text, int needed, int has) {
        cut.append(
                QStringLiteral("%1 \"%2\": needs %3, has %4").arg(QLatin1StringView(kind), text).arg(needed).arg(has));
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        // A label that wraps is cut when it is given less height than its lines need.
        if (label->isVisibleTo(root) && label->wordWrap() && !label->text().isEmpty()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                note("wrapped label", label->text().left(60), needed, label->height());
            continue;
        }
        if (!label->isVisibleTo(root) || label->wordWrap() || label->text().isEmpty()
            || label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
            continue;
        const QString text = withoutMnemonic(label->text());
        const int needed = label->fontMetrics().horizontalAdvance(text);
        if (needed > label->contentsRect().width() + 1)
            note("label", text, needed, label->contentsRect().width());
        // Squeezed from above and below: a layout that gave it (or its box) no height.
        if (label->contentsRect().height() < label->fontMetrics().ascent())
            note("label's height", text, label->fontMetrics().height(), label->contentsRect().height());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty() || qobject_cast<QTabBar *>(button->parent()))
            continue;
        // The text and the few pixels of frame a button draws around it.
        const QString text = withoutMnemonic(button->text());
        const int needed = button->fontMetrics().horizontalAdvance(text) + 6;
        if (needed > button->width())
            note("button", text, needed, button->width());
    }
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!header->isVisibleTo(root) || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
            // The text between the section's margins (about 4 px each side, as styles draw it).
            const int needed = header->fontMetrics().horizontalAdvance(text) + 8;
            if (!text.isEmpty() && needed > header->sectionSize(section))
                note("column header", text, needed, header->sectionSize(section));
        }
    }
    for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (!tabs->isVisibleTo(root))
            continue;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            const QString text = withoutMnemonic(tabs->tabText(tab));
            const int needed = tabs->fontMetrics().horizontalAdvance(text);
            if (needed > tabs->tabRect(tab).width())
                note("tab", text, needed, tabs->tabRect(tab).width());
        }
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (!box->isVisibleTo(root) || box->title().isEmpty())
            continue;
        const QString text = withoutMnemonic(box->title());
        const int needed = box->fontMetrics().horizontalAdvance(text) + 16;
        if (needed > box->width())
            note("group title", text, needed, box->width());
    }
    return cut;
}

// The widgets `layout` places, its nested layouts' included.
inline QList<QWidget *> placedBy(QLayout *layout)
{
    QList<QWidget *> widgets;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget())
            widgets.append(item->widget());
        else if (item->layout())
            widgets += placedBy(item->layout());
    }
    return widgets;
}

// Visible widgets of one layout drawn over each other.
inline QStringList overlaps(QWidget *root)
{
    QStringList found;
    QList<QWidget *> parents = root->findChildren<QWidget *>();
    parents.prepend(root);
    for (QWidget *parent : parents) {
        if (!parent->isVisibleTo(root) || !parent->layout())
            continue;
        QList<QWidget *> laidOut;
        for (QWidget *child : placedBy(parent->layout()))
            if (child->isVisibleTo(root) && !child->isWindow() && !child->geometry().isEmpty())
                laidOut.append(child);
        for (qsizetype i = 0; i < laidOut.size(); ++i)
            for (qsizetype j = i + 1; j < laidOut.size(); ++j) {
                if (laidOut[i]->geometry().intersects(laidOut[j]->geometry()))
                    found.append(QStringLiteral("%1 \"%2\" and %3 \"%4\" in %5")
                                         .arg(QLatin1StringView(laidOut[i]->metaObject()->className()),
                                              laidOut[i]->accessibleName(),
                                              QLatin1StringView(laidOut[j]->metaObject()->className()),
                                              laidOut[j]->accessibleName(),
                                              QLatin1StringView(parent->metaObject()->className())));
            }
    }
    return found;
}

} // namespace TextFit
