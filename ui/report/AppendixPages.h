#pragma once

#include <QStringList>

class QTextDocument;

// The appendix table cut into one table per page, so that no cramp's row is split across
// two pages (Qt's text layout splits a row wherever the page ends). Rows are measured in a
// probe document laid out like the report (same device, font and width); each page's table
// repeats the header. Columns have fixed widths so a row is as tall in its page's table as
// it was when measured. A row taller than a whole page still goes on its own page.
class AppendixPages
{
public:
    // `probe` is a document set up like the report's (paint device, default font, margin)
    // whose page size gives the width and the height of a page's body.
    AppendixPages(QTextDocument &probe, QString titleHtml, QString headerRowHtml, QStringList rowHtml);

    QString html() const; // the title, then a table per page; each after a page break
    int pages() const { return int(m_pages.size()); }

private:
    static QString tableStart(bool newPage);

    QString m_title;
    QString m_header;
    QStringList m_rows;
    QList<QList<int>> m_pages; // row indexes per page
};

// Tables of `document` (laid out) that run over a page end, except those taller than a page.
int tablesCrossingPages(const QTextDocument &document);
