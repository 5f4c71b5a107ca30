#include "ui/report/AppendixPages.h"

#include <cmath>
#include <functional>

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {
constexpr double SafetyPixels = 30; // frame borders and rounding between the probe and the printed layout

void forEachTable(const QTextDocument &document, const std::function<void(QTextTable *)> &visit)
{
    std::function<void(QTextFrame *)> walk = [&](QTextFrame *frame) {
        for (QTextFrame *child : frame->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(child))
                visit(table);
            walk(child);
        }
    };
    walk(document.rootFrame());
}

double topOf(const QTextDocument &document, QTextTable *table, int row)
{
    return document.documentLayout()->blockBoundingRect(table->cellAt(row, 0).firstCursorPosition().block()).top();
}
} // namespace

QString AppendixPages::tableStart(bool newPage)
{
    return QStringLiteral("<table width='100%' cellpadding='3' cellspacing='0' border='1' "
                          "style='border-collapse:collapse; font-size:small%1'>")
            .arg(newPage ? QStringLiteral("; page-break-before:always") : QString());
}

AppendixPages::AppendixPages(QTextDocument &probe, QString titleHtml, QString headerRowHtml, QStringList rowHtml)
    : m_title(std::move(titleHtml))
    , m_header(std::move(headerRowHtml))
    , m_rows(std::move(rowHtml))
{
    if (m_rows.isEmpty())
        return;
    const double pageHeight = probe.pageSize().height();
    probe.setPageSize(QSizeF(probe.pageSize().width(), 1e9)); // one endless page: heights only
    probe.setHtml(m_title + tableStart(false) + m_header + m_rows.join(QString()) + QStringLiteral("</table>"));
    QTextTable *table = nullptr;
    forEachTable(probe, [&table](QTextTable *t) { table = t; });
    if (!table || table->rows() != m_rows.size() + 1) { // cannot measure: one table, as before
        m_pages.append(QList<int>());
        for (int i = 0; i < m_rows.size(); ++i)
            m_pages.last().append(i);
        return;
    }
    const double tableTop = probe.documentLayout()->frameBoundingRect(table).top();
    const double headerHeight = topOf(probe, table, 1) - topOf(probe, table, 0);
    double room = pageHeight - tableTop - headerHeight - SafetyPixels; // the title shares the first page
    double used = 0;
    m_pages.append(QList<int>());
    for (int i = 0; i < m_rows.size(); ++i) {
        const double bottom = i + 2 < table->rows() ? topOf(probe, table, i + 2)
                                                    : probe.documentLayout()->frameBoundingRect(table).bottom();
        const double height = bottom - topOf(probe, table, i + 1);
        if (used + height > room && !m_pages.last().isEmpty()) {
            m_pages.append(QList<int>());
            room = pageHeight - headerHeight - SafetyPixels;
            used = 0;
        }
        m_pages.last().append(i);
        used += height;
    }
}

QString AppendixPages::html() const
{
    QString html = m_title;
    for (qsizetype p = 0; p < m_pages.size(); ++p) {
        html += tableStart(p > 0) + m_header;
        for (int row : m_pages[p])
            html += m_rows[row];
        html += QStringLiteral("</table>");
    }
    if (m_pages.isEmpty())
        html += tableStart(false) + m_header + QStringLiteral("</table>");
    return html;
}

int tablesCrossingPages(const QTextDocument &document)
{
    const double pageHeight = document.pageSize().height();
    int crossing = 0;
    forEachTable(document, [&](QTextTable *table) {
        const QRectF box = document.documentLayout()->frameBoundingRect(table);
        if (box.height() < pageHeight
            && std::floor(box.top() / pageHeight) != std::floor((box.bottom() - 1) / pageHeight))
            ++crossing;
    });
    return crossing;
}
