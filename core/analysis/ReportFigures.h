#pragma once

#include "core/analysis/BeforeAfter.h"
#include "core/analysis/DiaryAnalysis.h"
#include "core/analysis/FactorLink.h"
#include "core/analysis/PeriodFigures.h"
#include "core/guidance/RedFlagRules.h"

#include <QJsonObject>
#include <QMap>

// The figures of the doctor's report for one range, in the measures clinical studies of
// leg cramps use: cramps per week, cramp nights per week, the change against a baseline
// period in percent, severity on the 0-10 scale, duration, sleep disturbance.
struct ReportFigures {
    struct ReliefCount {
        Relief relief;
        int tried = 0;
        int helped = 0;
        int didNotHelp = 0;
    };
    struct MedicineChange {
        Medication medication;
        QDate date; // first night "after"
        bool started = true;
        BeforeAfter change;
    };
    struct FlaggedEpisode {
        Episode episode;
        QList<RedFlagAlert> alerts;
    };

    QDate first;
    QDate last;
    QDate baselineFirst;
    QDate baselineLast;
    PeriodFigures range;
    PeriodFigures baseline;
    PeriodFigures afterBaseline;
    std::optional<double> changePercent; // cramps per week after the baseline against it
    QMap<QString, int> legs;
    QMap<QString, int> muscles;
    QList<int> hours; // cramps by hours after the night boundary
    QList<PeriodFigures> weeks;
    QList<FlaggedEpisode> flagged;
    QList<ReliefCount> reliefs;
    QList<MedicineChange> medicineChanges;
    QList<FactorLink> factorLinks;
    QList<Episode> episodes;
    int boundaryHour = 12;

    // Default baseline: the first two weeks of the range.
    static ReportFigures compute(const DiaryAnalysis &analysis, QDate first, QDate last, QDate baselineFirst = {},
                                 QDate baselineLast = {});
    QJsonObject pageOneJson() const;
};
