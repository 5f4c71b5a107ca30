#pragma once

#include <QColor>
#include <QPalette>

class QChart;
class QWidget;

// Colours and fonts of every chart, taken from the palette so the charts follow the
// night mode. Swapping the chart engine later means replacing this folder only.
namespace ChartStyle {
void apply(QChart *chart, const QPalette &palette);
QColor crampColour();
QColor partialColour();
QColor medicineColour(int index);
QColor heatColour(int cramps, const QPalette &palette);
// Keeps `chart` at least `lines` lines of its text high, at whatever text size, and draws
// its words at the new size when the text size changes: its labels, axis titles and bands
// grow with the text; a chart of fixed height squeezed them until Qt elided them.
void keepLinesHigh(QWidget *chart, int lines);
} // namespace ChartStyle
