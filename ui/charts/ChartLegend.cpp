#include "ui/charts/ChartLegend.h"

#include "ui/style/FlowLayout.h"

#include <QChart>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPixmap>

ChartLegend::ChartLegend(QWidget *parent)
    : QWidget(parent)
    , m_flow(new FlowLayout(this))
{
    m_flow->setContentsMargins(0, 0, 0, 0);
    setAccessibleName(tr("Legend"));
}

void ChartLegend::follow(QChart *chart)
{
    if (!chart->legend()->isVisible())
        return; // read already: a hidden legend's markers all say they are hidden
    QList<Entry> entries;
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    for (const QLegendMarker *marker : markers) {
        if (!marker->isVisible())
            continue;
        // A line's marker has no fill: its colour is its pen's.
        const QColor colour = marker->brush().style() != Qt::NoBrush ? marker->brush().color() : marker->pen().color();
        entries.append({ marker->label(), colour.rgba() });
    }
    chart->legend()->hide();
    if (entries == m_entries)
        return; // a new week's figures, the same legend: nothing to lay out again
    m_entries = entries;
    build();
}

void ChartLegend::changeEvent(QEvent *event)
{
    // Larger text wants larger swatches; the night palette another outline.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        build();
    QWidget::changeEvent(event);
}

void ChartLegend::build()
{
    while (QLayoutItem *item = m_flow->takeAt(0)) {
        // Later, not now: a style change that made this call still walks every widget.
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    const int side = fontMetrics().height() * 3 / 4; // as large as the words beside it
    for (const Entry &entry : std::as_const(m_entries)) {
        QPixmap swatch(side, side);
        swatch.fill(Qt::transparent);
        QPainter painter(&swatch);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.setBrush(QColor::fromRgba(entry.colour));
        painter.drawRect(0, 0, side - 1, side - 1);
        painter.end();
        auto *mark = new QLabel(this);
        mark->setPixmap(swatch);
        auto *text = new QLabel(entry.text, this);
        text->setTextFormat(Qt::PlainText);
        m_flow->addWidget(FlowLayout::together(this, { mark, text }));
    }
}

QStringList ChartLegend::texts() const
{
    QStringList texts;
    for (const Entry &entry : m_entries)
        texts.append(entry.text);
    return texts;
}
