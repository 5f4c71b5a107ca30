#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class FlowLayout;
class QChart;

// A chart's legend as ordinary words below it. Qt Charts draws its legend on one line and
// elides what does not fit (German at large text lost the ends of its entries); this one
// wraps onto more lines, a screen reader reads it, and the text-fit tests check it.
class ChartLegend : public QWidget
{
    Q_OBJECT

public:
    explicit ChartLegend(QWidget *parent = nullptr);

    // Shows the entries of `chart`'s own legend (its visible markers) and hides that legend.
    void follow(QChart *chart);
    QStringList texts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();

    struct Entry {
        QString text;
        QRgb colour;
        bool operator==(const Entry &) const = default;
    };
    FlowLayout *m_flow = nullptr;
    QList<Entry> m_entries;
};
