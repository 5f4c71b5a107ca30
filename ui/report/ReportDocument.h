#pragma once

#include "core/analysis/ReportFigures.h"
#include "ui/report/AppendixTable.h"
#include "ui/report/ReportOptions.h"

#include <QTextDocument>

class GuidanceLibrary;
class QPagedPaintDevice;

// The doctor's report: a clinical-looking document a clinician can read in two minutes,
// laid out on the page device it is printed to, with a footer on every page.
class ReportDocument
{
public:
    ReportDocument(const DiaryAnalysis &analysis, const ReportOptions &options, const GuidanceLibrary &guidance);

    const ReportFigures &figures() const { return m_figures; }
    // Lays the report out for the device and paints every page; returns the page count.
    int print(QPagedPaintDevice *device);
    // Writes a PDF; false (and a reason) if the file cannot be written.
    bool writePdf(const QString &path, QString *error);
    // After print(): appendix rows that run over a page end (none, unless one is taller than a page).
    int rowsCrossingPages() const { return m_rowsCrossingPages; }

private:
    QString html(double pageWidth) const; // everything but the appendix
    AppendixTable appendix(QPaintDevice *device, const QFont &font, double width, double pageHeight) const;
    QImage weeklyChart(QSize size) const;

    const DiaryAnalysis &m_analysis;
    ReportOptions m_options;
    const GuidanceLibrary &m_guidance;
    ReportFigures m_figures;
    int m_rowsCrossingPages = 0;
};
