#pragma once

#include "core/analysis/ReportFigures.h"

#include <QDate>
#include <QString>

// What goes into a report. Page one (the figures, the weekly chart and the warning
// signs) is always there; the other sections are the person's choice.
struct ReportOptions {
    QDate first;
    QDate last;
    ReportFigures::BaselineChoice baseline; // by default the first two weeks of four or more
    QString patientName;
    QDate birthDate;
    bool medicines = true;
    bool reliefs = true;
    bool factorLinks = true;
    bool episodeTable = true;
};
