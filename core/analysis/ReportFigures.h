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
    // Which nights the change is measured against: by default the first two weeks of a
    // period of four weeks or more, none at all, or the nights the person gave.
    struct BaselineChoice {
        enum class Kind { Default, None, Given };
        Kind kind = Kind::Default;
        QDate first, last; // Given only
        static BaselineChoice none() { return { Kind::None, {}, {} }; }
        static BaselineChoice given(QDate from, QDate to) { return { Kind::Given, from, to }; }
    };

    QDate first;
    QDate last;
    PeriodKind periodKind = PeriodKind::Chosen;
    // A baseline is set when asked for, or by default when the period has four weeks or
    // more (its first two weeks); a shorter period has none, and the report says so.
    BaselineChoice::Kind baselineKind = BaselineChoice::Kind::Default;
    bool hasBaseline = false;
    QDate baselineFirst;
    QDate baselineLast;
    PeriodFigures range;
    PeriodFigures baseline;
    PeriodFigures afterBaseline;
    std::optional<double> changePercent; // cramps per week after the baseline against it
    // Trials count a person whose cramps fall by a quarter or more as responding.
    static constexpr double ResponseChangePercent = -25.0;
    std::optional<bool> reducedByAQuarter() const
    {
        return changePercent ? std::optional<bool>(*changePercent <= ResponseChangePercent) : std::nullopt;
    }
    // The trend: the last four weeks of the period against the four weeks before them, set
    // when the period has eight weeks or more.
    static constexpr int TrendNights = 28;
    std::optional<PeriodFigures> lastFourWeeks;
    std::optional<PeriodFigures> fourWeeksBefore;
    QMap<QString, int> legs;
    QMap<QString, int> muscles;
    QList<int> hours; // cramps by hours after the night boundary
    // The three hours of the night in which most cramps began (the earliest such when two
    // tie), counted from its first whole hour on the clock; none without cramps.
    struct BusiestHours {
        int firstHour = 0; // 0-23 on the clock
        int cramps = 0;
        int ofAll = 0;
    };
    std::optional<BusiestHours> busiestHours;
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
    static constexpr int DefaultBaselineNights = 14;
    // The default baseline of a period starting on `first`: its first two weeks.
    static Period defaultBaseline(QDate first);
    // The baseline's nights for the period `first` to `last`, or none.
    static std::optional<Period> baselineOf(QDate first, QDate last, const BaselineChoice &choice);
    static ReportFigures compute(const DiaryAnalysis &analysis, QDate first, QDate last,
                                 const BaselineChoice &baseline);
    // Each medicine started or stopped inside the period (its first night with or without
    // the medicine after the period's first night), with the cramps before and after.
    static QList<MedicineChange> medicineChangesIn(const DiaryAnalysis &analysis, QDate first, QDate last);
    static ReportFigures compute(const DiaryAnalysis &analysis, QDate first, QDate last)
    {
        return compute(analysis, first, last, BaselineChoice {});
    }
    // Everything the report shows, for `stats --json` (documented in docs/stats-json.md).
    QJsonObject json() const;
};
