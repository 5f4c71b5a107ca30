#pragma once

#include <QLayout>
#include <QList>

// Lays its items out in a row, left to right, and carries on in a new row below when the
// row is full: a row of filters stays one row in a wide window and wraps (rather than
// widening the page past the screen) at larger text or in a longer language.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // Widgets that belong together (a label and its field) in one item, so they wrap as one.
    static QWidget *together(QWidget *parent, const QList<QWidget *> &widgets);

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override; // every item in one row
    QSize minimumSize() const override; // the widest item
    void setGeometry(const QRect &rect) override;

private:
    int gap(Qt::Orientation orientation) const;
    int arrange(const QRect &rect, bool place) const; // returns the height used

    QList<QLayoutItem *> m_items;
};
