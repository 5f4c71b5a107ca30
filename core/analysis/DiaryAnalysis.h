#pragma once

#include "core/analysis/BeforeAfter.h"
#include "core/analysis/FactorLink.h"
#include "core/analysis/PeriodFigures.h"
#include "core/domain/DiarySnapshot.h"
#include "core/domain/Episode.h"
#include "core/domain/Factor.h"
#include "core/domain/Medication.h"
#include "core/domain/NightClock.h"
#include "core/domain/NightLog.h"
#include "core/domain/UntrackedPeriod.h"

#include <QList>
#include <QMap>

// Every figure the charts, the insights and the report show, computed from one snapshot
// of the diary. Rates are per tracked night: the nights from the diary's first entry up
// to the last complete night, minus the periods marked as not tracked. A night without
// an entry counts as a night without a cramp; factor links use checked-in nights only.
// A snapshot read for a range of nights (DiaryRepository::snapshot(first, last)) gives
// the same figures as the whole diary for any range inside it.
class DiaryAnalysis
{
public:
    using Snapshot = DiarySnapshot;

    DiaryAnalysis(Snapshot snapshot, NightClock clock, Qt::DayOfWeek firstDayOfWeek, QDate lastNight);
    // An analysis of no entries that knows only the diary's first and last nights: what a
    // default range needs, without reading the diary.
    static DiaryAnalysis span(QDate firstNight, NightClock clock, Qt::DayOfWeek firstDayOfWeek, QDate lastNight);

    const Snapshot &snapshot() const { return m_snapshot; }
    const NightClock &clock() const { return m_clock; }
    QDate firstNight() const { return m_firstNight; } // invalid for an empty diary
    QDate lastNight() const { return m_lastNight; }
    bool isTracked(QDate night) const;
    QDate weekStart(QDate night) const;

    PeriodFigures figures(QDate first, QDate last) const;
    // Whole calendar weeks covering first..last; weeks cut by the range or by tracking are partial.
    QList<PeriodFigures> weeks(QDate first, QDate last) const;

    // One link per yes/no factor, per number (split where the person chose, else at
    // FactorSplit's default), and per
    // choice level, over checked-in nights in first..last, with q-values across them all.
    QList<FactorLink> factorLinks(QDate first, QDate last) const;

    BeforeAfter beforeAfter(QDate date, QDate first, QDate last) const;

    // Cramps by whole hours after the night boundary (0-23), by leg, by muscle, per night.
    QList<int> crampsByHourOfNight(QDate first, QDate last) const;
    QMap<QString, int> crampsByLeg(QDate first, QDate last) const; // enum keys; "unknown" for not recorded
    QMap<QString, int> crampsByMuscle(QDate first, QDate last) const;
    QMap<QDate, int> crampsPerNight(QDate first, QDate last) const; // tracked nights only, zeros included

private:
    QList<const Episode *> episodesIn(QDate first, QDate last) const;
    qsizetype slot(QDate night) const { return m_firstNight.daysTo(night); }

    Snapshot m_snapshot;
    NightClock m_clock;
    Qt::DayOfWeek m_firstDayOfWeek;
    QDate m_firstNight;
    QDate m_lastNight;
    QList<QDate> m_episodeNights; // parallel to m_snapshot.episodes
    // Per night from m_firstNight to m_lastNight, so a range costs its own nights only.
    QList<bool> m_tracked;
    QList<bool> m_checkedIn;
    QList<QList<qsizetype>> m_episodesByNight;
};
