#pragma once

#include <QFont>
#include <QList>
#include <QStringList>

class QPaintDevice;
class QPainter;

struct AppendixRow {
    QStringList cells; // one per column, plain text
    bool flagged = false; // a warning sign: the row is shaded
};

// The report's appendix, a row per cramp, painted straight onto the pages. Each row is
// measured once from its cells' wrapped text and placed whole on a page, which repeats
// the header; only a row taller than a whole page (pages of notes) continues on the next.
// Laying out and painting cost the same for every row, however many there are.
class AppendixTable
{
public:
    AppendixTable(QString title, QStringList header, QList<AppendixRow> rows, QPaintDevice *device, QFont font,
                  double width, double pageHeight);

    int pages() const { return m_pageCount; }
    // Paints page `page` (0-based) of the appendix with the painter's origin at the body's top left.
    void paintPage(QPainter &painter, int page) const;
    int rowsCrossingPages() const { return m_rowsCrossingPages; }

    // Parts of the width per column, once each column has room for its longest word;
    // numbers (severity, duration) are right-aligned.
    static constexpr double ColumnWidths[] = { 0.12, 0.09, 0.12, 0.10, 0.20, 0.15, 0.22 };
    double columnWidth(int column) const { return m_columns.value(column); }
    static constexpr bool RightAligned[] = { false, true, false, true, false, false, false };

private:
    struct Placed {
        qsizetype row; // -1 for the header
        int page;
        double top;
        double height;
    };
    double measure(const QStringList &cells, const QFont &font) const;
    void paintRow(QPainter &painter, const QStringList &cells, const QFont &font, double top, double height,
                  bool shaded, bool header) const;
    double cellPadding() const;
    void fitColumns();

    QString m_title;
    QStringList m_header;
    QList<AppendixRow> m_rows;
    QPaintDevice *m_device;
    QFont m_font;
    QFont m_headerFont;
    QFont m_titleFont;
    double m_width;
    double m_pageHeight;
    double m_titleHeight = 0;
    double m_headerHeight = 0;
    QList<double> m_columns; // widths, in the device's units
    QList<Placed> m_placed;
    int m_pageCount = 0;
    int m_rowsCrossingPages = 0;
};
