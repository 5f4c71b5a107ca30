#include "ui/charts/LegMuscleChart.h"

#include "core/domain/DisplayNames.h"
#include "core/domain/PercentText.h"
#include "ui/charts/ChartStyle.h"

#include <QApplication>
#include <QCursor>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>

namespace {
template<typename E>
QString nameOf(const QString &key)
{
    if (const auto value = fromKey<E>(key))
        return DisplayNames::of(*value);
    return LegMuscleChart::tr("Not recorded");
}

// Sizes and labels of the slices, one per key in order, made if the pie has none yet.
void fill(QPieSeries *series, const QMap<QString, int> &counts, QString (*name)(const QString &))
{
    int total = 0;
    for (int count : counts)
        total += count;
    int i = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it, ++i) {
        const QString label
                = QStringLiteral("%1 %2").arg(name(it.key()), PercentText::of(it.value(), std::max(total, 1)));
        QPieSlice *slice = i < series->count() ? series->slices().at(i) : series->append(label, it.value());
        slice->setLabel(label);
        slice->setValue(it.value());
        // Thin slices would print their labels on top of each other; hovering names them all.
        slice->setLabelVisible(it.value() * 100 >= 6 * std::max(total, 1));
    }
}

QPieSeries *pie(const QMap<QString, int> &counts, QString (*name)(const QString &), double centre,
                const QPalette &palette)
{
    static const QColor colours[]
            = { QColor(0xc2, 0x5b, 0x3f), QColor(0x3b, 0x7d, 0xb8), QColor(0x4f, 0x9a, 0x5c), QColor(0xb0, 0x8a, 0x2e),
                QColor(0x8a, 0x63, 0xb0), QColor(0x6b, 0x6b, 0x6b), QColor(0x9a, 0x9a, 0x9a) };
    auto *series = new QPieSeries;
    fill(series, counts, name);
    int i = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it, ++i) {
        QPieSlice *slice = series->slices().at(i);
        slice->setColor(it.key() == QLatin1StringView("unknown") ? QColor(0xb8, 0xb8, 0xb8) : colours[i % 7]);
        slice->setBorderColor(palette.color(QPalette::Base));
        slice->setLabelColor(palette.color(QPalette::WindowText));
    }
    series->setHorizontalPosition(centre);
    series->setPieSize(0.55);
    return series;
}
} // namespace

LegMuscleChart::LegMuscleChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Which leg and which muscle"));
    ChartStyle::keepLinesHigh(this, 17);
}

void LegMuscleChart::setData(const QMap<QString, int> &legCounts, const QMap<QString, int> &muscleCounts)
{
    // Every leg and muscle has its slice, empty when none: the colours keep their meaning
    // and a new cramp (often with no leg named yet) only changes sizes.
    QMap<QString, int> byLeg = legCounts, byMuscle = muscleCounts;
    if (!legCounts.isEmpty()) { // no cramps: no slices at all
        for (const QString &key : allKeys<Leg>() + QStringList { QStringLiteral("unknown") })
            byLeg.insert(key, legCounts.value(key));
        for (const QString &key : allKeys<Muscle>() + QStringList { QStringLiteral("unknown") })
            byMuscle.insert(key, muscleCounts.value(key));
    }
    const QList<QStringList> shape
            = { byLeg.keys(), byMuscle.keys(), { QString::number(QApplication::palette().cacheKey()) } };
    if (!m_pies.isEmpty() && shape == m_shape) {
        fill(m_pies[0], byLeg, &LegMuscleChart::legName);
        fill(m_pies[1], byMuscle, &LegMuscleChart::muscleName);
        return;
    }
    m_shape = shape;
    auto *chart = new QChart;
    chart->setTitle(tr("Which leg (left) and which muscle (right)"));
    m_pies = { pie(byLeg, &LegMuscleChart::legName, 0.25, QApplication::palette()),
               pie(byMuscle, &LegMuscleChart::muscleName, 0.75, QApplication::palette()) };
    for (QPieSeries *series : std::as_const(m_pies)) {
        chart->addSeries(series);
        connect(series, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool over) {
            if (over)
                QToolTip::showText(QCursor::pos(),
                                   tr("%1 (%n cramp(s))", nullptr, int(slice->value())).arg(slice->label()), this);
            else
                QToolTip::hideText();
        });
    }
    chart->legend()->hide();
    ChartStyle::apply(chart, QApplication::palette());
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

QString LegMuscleChart::legName(const QString &key)
{
    return nameOf<Leg>(key);
}

QString LegMuscleChart::muscleName(const QString &key)
{
    return nameOf<Muscle>(key);
}
