#include "ui/charts/ChartStyle.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QWidget>

namespace {
// Sets the height at once and again whenever the chart's text size changes.
class LinesHigh : public QObject
{
public:
    LinesHigh(QWidget *chart, int lines)
        : QObject(chart)
        , m_lines(lines)
    {
        chart->installEventFilter(this);
        apply(chart);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FontChange) {
            apply(static_cast<QWidget *>(watched));
            // Its titles and labels were drawn at the old size: draw them at the new one.
            if (auto *view = qobject_cast<QChartView *>(watched); view && view->chart())
                ChartStyle::apply(view->chart(), QApplication::palette());
        }
        return false;
    }

private:
    void apply(QWidget *chart) const { chart->setMinimumHeight(m_lines * chart->fontMetrics().lineSpacing()); }

    int m_lines;
};
} // namespace

namespace ChartStyle {

void keepLinesHigh(QWidget *chart, int lines)
{
    new LinesHigh(chart, lines);
}

void apply(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    // Derived from the text colour, so grid lines show on the day and the night palette alike.
    QColor grid = text;
    grid.setAlpha(40);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(text);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(QFont().pointSizeF() * 1.1);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(QFont());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 6, 6, 6));
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(QFont());
        QFont axisTitle; // the text's size, and bold as Qt Charts draws it
        axisTitle.setBold(true);
        axis->setTitleFont(axisTitle);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setShadesVisible(false);
    }
}

QColor crampColour()
{
    return QColor(0xc2, 0x5b, 0x3f);
}

QColor partialColour()
{
    return QColor(0xe0, 0xa8, 0x92);
}

QColor medicineColour(int index)
{
    static const QColor colours[] = { QColor(0x3b, 0x7d, 0xb8), QColor(0x4f, 0x9a, 0x5c), QColor(0x8a, 0x63, 0xb0),
                                      QColor(0xb0, 0x8a, 0x2e) };
    QColor colour = colours[index % 4];
    colour.setAlpha(150);
    return colour;
}

QColor heatColour(int cramps, const QPalette &palette)
{
    if (cramps <= 0) {
        QColor none = palette.color(QPalette::WindowText);
        none.setAlpha(30);
        return none;
    }
    static const QColor levels[] = { QColor(0xf0, 0xb0, 0x8c), QColor(0xd9, 0x6a, 0x45), QColor(0xa8, 0x2e, 0x1e) };
    return levels[std::min(cramps, 3) - 1];
}

} // namespace ChartStyle
