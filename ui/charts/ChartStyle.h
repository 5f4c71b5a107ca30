#pragma once

#include <QColor>
#include <QPalette>

class QChart;

// Colours and fonts of every chart, taken from the palette so the charts follow the
// night mode. Swapping the chart engine later means replacing this folder only.
namespace ChartStyle {
void apply(QChart *chart, const QPalette &palette);
QColor crampColour();
QColor partialColour();
QColor medicineColour(int index);
QColor heatColour(int cramps, const QPalette &palette);
} // namespace ChartStyle
