#pragma once

#include "core/analysis/ReportFigures.h"
#include "core/domain/Experiment.h"

#include <QDate>
#include <QList>
#include <QString>

// What goes into a report. Page one is always there: who and which period, the figures
// clinical studies use, the weekly chart, the medicines, the warning signs as findings and
// the person's questions. The sections after it are chosen, the same ones on the Report page
// and with `report --sections`; by default the report is at most two pages.
struct ReportOptions {
    enum class Section {
        Reliefs, // what was tried during cramps and how often it helped
        Factors, // the evening factors with a clear link, in one short table
        Numbers, // every factor and medicine change with its statistics
        Episodes, // the appendix: every cramp with its notes
    };
    static QList<Section> allSections();
    static QList<Section> defaultSections(); // reliefs and factors: two pages at most
    static QString key(Section section); // "reliefs", for the command line
    static QString label(Section section); // the Report page's check box, with its shortcut

    QDate first;
    QDate last;
    ReportFigures::BaselineChoice baseline; // by default the first two weeks of four or more
    QString patientName;
    QDate birthDate;
    QString questions; // the person's own, for the visit
    QList<Section> sections = defaultSections();

    bool has(Section section) const { return sections.contains(section); }
    // The nights the report's figures need: its period, its baseline and the nights of a
    // self-experiment it overlaps, so only those are read.
    std::pair<QDate, QDate> nightsToRead(const std::optional<Experiment> &experiment) const;
};
