#include "ui/style/OutlinedIndicatorStyle.h"

#include "ui/style/Tone.h"

#include <algorithm>

#include <QApplication>
#include <QPainter>
#include <QStyleOption>

void OutlinedIndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                           const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if ((!box && element != PE_IndicatorRadioButton) || !Tone::isDark(option->palette))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(option->palette.color(QPalette::PlaceholderText), 1.2));
    painter->setBrush(Qt::NoBrush);
    const QRectF rect = QRectF(option->rect).adjusted(1.0, 1.0, -1.0, -1.0);
    if (box)
        painter->drawRoundedRect(rect, 2, 2);
    else
        painter->drawEllipse(rect);
    painter->restore();
}

int OutlinedIndicatorStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight: {
        // Fusion's box suits its usual text (about 0.8 of a line); larger text, a larger box.
        const QFontMetrics metrics = widget ? widget->fontMetrics() : QFontMetrics(QApplication::font());
        return std::max(base, metrics.height() * 4 / 5);
    }
    default: return base;
    }
}

void OutlinedIndicatorStyle::install()
{
    // QApplication::style() is wrapped once a style sheet is set, so remember instead of asking.
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QApplication::setStyle(new OutlinedIndicatorStyle);
}
