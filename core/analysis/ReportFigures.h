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

    // How the period came about, so the report can say it in words.
    enum class PeriodKind { LastTwelveWeeks, WholeDiary, Chosen };
    struct Period {
        QDate first;
        QDate last;
    };

    QDate first;
    QDate last;
    PeriodKind periodKind = PeriodKind::Chosen;
    // A baseline is set when asked for, or by default when the period has four weeks or
    // more (its first two weeks); a shorter period has none, and the report says so.
    bool hasBaseline = false;
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

    // The 12 weeks up to `last` (by default the last ended night), or from the diary's first
    // night if it began later.
    static Period defaultPeriod(const DiaryAnalysis &analysis, QDate last = {});
    static constexpr int DefaultWeeks = 12;
    static constexpr int MinimumNightsForBaseline = 28;
    // The baseline's nights: as given, or the two weeks from `first` (computed even for a
    // period too short to have one).
    static Period baselineOf(QDate first, QDate baselineFirst, QDate baselineLast);
    // Without a baseline given, the first two weeks of a period of four weeks or more.
    static ReportFigures compute(const DiaryAnalysis &analysis, QDate first, QDate last, QDate baselineFirst = {},
                                 QDate baselineLast = {});
    // Everything the report shows, for `stats --json` (documented in docs/stats-json.md).
    QJsonObject json() const;
};
