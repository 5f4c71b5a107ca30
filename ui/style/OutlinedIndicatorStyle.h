#pragma once

#include <QProxyStyle>

// Fusion outlines check boxes and radio buttons with a shade darker than the window; on
// the night palette that outline vanishes and an unticked box cannot be seen. This style
// draws the outline in a colour that stands out from the palette's base instead. Fusion's
// boxes also keep one size whatever the text size; here they grow with the text beside them.
class OutlinedIndicatorStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;

    // Installs the style for the whole application once.
    static void install();
};
