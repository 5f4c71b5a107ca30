#include "ui/report/AppendixTable.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QRegularExpression>

namespace {
constexpr int CellFlags = Qt::TextWordWrap | Qt::AlignTop;
const QColor Border(0x99, 0x99, 0x99);
const QColor HeaderShade(0xee, 0xee, 0xee);
const QColor FlagShade(0xfb, 0xe3, 0xdf); // as the report's warning box
} // namespace

AppendixTable::AppendixTable(QString title, QStringList header, QList<AppendixRow> rows, QPaintDevice *device,
                             QFont font, double width, double pageHeight)
    : m_title(std::move(title))
    , m_header(std::move(header))
    , m_rows(std::move(rows))
    , m_device(device)
    , m_font(std::move(font))
    , m_width(width)
    , m_pageHeight(pageHeight)
{
    m_headerFont = m_font;
    m_headerFont.setBold(true);
    m_titleFont = m_font;
    m_titleFont.setBold(true);
    m_titleFont.setPointSizeF(m_font.pointSizeF() * 1.5);
    m_titleHeight = QFontMetricsF(m_titleFont, m_device).lineSpacing() * 1.8;
    fitColumns();
    m_headerHeight = measure(m_header, m_headerFont);

    const auto rowsStart = [&](int page) { return (page == 0 ? m_titleHeight : 0) + m_headerHeight; };
    int page = 0;
    double y = rowsStart(0);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const double height = measure(m_rows[i].cells, m_font);
        if (y + height > m_pageHeight && y > rowsStart(page)) {
            ++page;
            y = rowsStart(page);
        }
        if (y + height <= m_pageHeight) {
            m_placed.append({ i, page, y, height });
            y += height;
            continue;
        }
        // Taller than a page: shown a page's worth at a time, each slice under the header.
        ++m_rowsCrossingPages;
        double top = y;
        for (;;) {
            m_placed.append({ i, page, top, height });
            const double below = top + height - m_pageHeight;
            if (below <= 0) {
                y = top + height;
                break;
            }
            ++page;
            top = rowsStart(page) - (height - below); // the part already shown sits above the page
        }
    }
    m_pageCount = page + 1;
}

// Each column at least as wide as its longest word, the header's in bold, so that no word
// is cut („Schweregrad“, „Oberschenkel“); the rest of the width is shared as ColumnWidths
// say. A word wider than a third of the page (a web address in the notes) still wraps.
void AppendixTable::fitColumns()
{
    const qsizetype columns = qsizetype(std::size(ColumnWidths));
    const double padding = 2 * cellPadding();
    QList<double> least(columns, 0.0);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const auto widen = [&](const QStringList &cells, const QFontMetricsF &metrics) {
        for (qsizetype c = 0; c < cells.size() && c < columns; ++c) {
            // A number with its unit ("1 min 29 s") reads as one: it is not broken either.
            const QStringList words = RightAligned[c] && &cells != &m_header
                    ? QStringList { cells[c] }
                    : cells[c].split(space, Qt::SkipEmptyParts);
            for (const QString &word : words)
                least[c] = std::max(least[c], std::min(metrics.horizontalAdvance(word) + padding, m_width / 3));
        }
    };
    widen(m_header, QFontMetricsF(m_headerFont, m_device));
    const QFontMetricsF body(m_font, m_device);
    for (const AppendixRow &row : std::as_const(m_rows))
        widen(row.cells, body);
    // Columns whose share is narrower than their longest word take that width; the others
    // share what is left, in their proportions, until no share is too narrow.
    QList<bool> atLeast(columns, false);
    double rest = m_width, parts = 0;
    for (bool changed = true; changed;) {
        changed = false;
        rest = m_width;
        parts = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            rest -= atLeast[c] ? least[c] : 0;
            parts += atLeast[c] ? 0 : ColumnWidths[c];
        }
        for (qsizetype c = 0; c < columns; ++c)
            if (!atLeast[c] && rest * ColumnWidths[c] / parts < least[c])
                changed = atLeast[c] = true;
    }
    m_columns.clear();
    double total = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        m_columns.append(atLeast[c] || parts <= 0 ? least[c] : rest * ColumnWidths[c] / parts);
        total += m_columns.last();
    }
    // Words too long for the page together: the table still keeps to the page's width.
    if (total > m_width)
        for (double &width : m_columns)
            width *= m_width / total;
}

double AppendixTable::cellPadding() const
{
    return m_device->logicalDpiY() * 3.0 / 96.0; // 3 px of 1/96 inch, whatever the device
}

double AppendixTable::measure(const QStringList &cells, const QFont &font) const
{
    const QFontMetricsF metrics(font, m_device);
    const double padding = cellPadding();
    double tallest = metrics.height();
    for (qsizetype c = 0; c < cells.size() && c < qsizetype(std::size(ColumnWidths)); ++c) {
        if (cells[c].isEmpty())
            continue;
        const QRectF box(0, 0, m_columns[c] - 2 * padding, 1e9);
        tallest = std::max(tallest, metrics.boundingRect(box, CellFlags, cells[c]).height());
    }
    return tallest + 2 * padding;
}

void AppendixTable::paintRow(QPainter &painter, const QStringList &cells, const QFont &font, double top, double height,
                             bool shaded, bool header) const
{
    const double padding = cellPadding();
    if (shaded || header)
        painter.fillRect(QRectF(0, top, m_width, height), header ? HeaderShade : FlagShade);
    painter.setFont(font);
    double left = 0;
    for (qsizetype c = 0; c < qsizetype(std::size(ColumnWidths)); ++c) {
        const QRectF cell(left, top, m_columns[c], height);
        painter.setPen(QPen(Border, m_device->logicalDpiX() / 96.0));
        painter.drawRect(cell);
        if (c < cells.size()) {
            painter.setPen(Qt::black);
            const int align = RightAligned[c] && !header ? Qt::AlignRight : Qt::AlignLeft;
            painter.drawText(cell.adjusted(padding, padding, -padding, -padding), CellFlags | align, cells[c]);
        }
        left += cell.width();
    }
}

void AppendixTable::paintPage(QPainter &painter, int page) const
{
    painter.save();
    double headerTop = 0;
    if (page == 0) {
        painter.setFont(m_titleFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0, m_width, m_titleHeight), Qt::AlignLeft | Qt::AlignTop, m_title);
        headerTop = m_titleHeight;
    }
    paintRow(painter, m_header, m_headerFont, headerTop, m_headerHeight, false, true);
    const double rowsTop = headerTop + m_headerHeight;
    painter.setClipRect(QRectF(0, rowsTop, m_width + 2, m_pageHeight - rowsTop)); // a long row's other slices
    const auto first = std::lower_bound(m_placed.cbegin(), m_placed.cend(), page,
                                        [](const Placed &p, int pageNumber) { return p.page < pageNumber; });
    for (auto it = first; it != m_placed.cend() && it->page == page; ++it) {
        const AppendixRow &row = m_rows[it->row];
        paintRow(painter, row.cells, m_font, it->top, it->height, row.flagged, false);
    }
    painter.restore();
}
