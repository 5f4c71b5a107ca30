#pragma once

#include "core/analysis/DiaryAnalysis.h"

#include <optional>

#include <QObject>
#include <QTimer>

class NightRule;
class DiaryRepository;

// The analysis of the open diary, kept current. Only the nights a view asks for are read
// (three months for the Charts page of a ten-year diary), once; after that each change is
// applied to the copy in memory (the one cramp or check-in that changed is read back), so
// logging a cramp costs that cramp, not the diary. A view asking for nights not yet read
// widens the copy. The figures are recomputed (once) when a view next asks. Views redraw
// on changed().
class LiveAnalysis : public QObject
{
    Q_OBJECT

public:
    LiveAnalysis(DiaryRepository &diary, const NightRule &nightRule, QObject *parent = nullptr);

    // An analysis holding at least the nights `first` to `last`; invalid dates: every night.
    const DiaryAnalysis &analysis(QDate first, QDate last);
    const DiaryAnalysis &analysis() { return analysis({}, {}); }
    // DiaryAnalysis::span of the open diary: its default ranges, without reading it.
    DiaryAnalysis span() const;
    Qt::DayOfWeek firstDayOfWeek() const;
    int boundaryHour() const;
    // Reads the whole diary again at the next request (a new or restored diary).
    void invalidate();

signals:
    void changed();

private:
    void recompute(); // the figures are stale, the copy of the diary is not
    void putEpisode(qint64 id);
    void removeEpisode(qint64 id);
    void putNightLog(QDate night);
    bool holds(QDate night) const { return m_snapshot && night >= m_readFirst && night <= m_readLast; }
    void readFirstNightAgain(DiarySnapshot &s) const;
    template<typename Apply>
    void apply(Apply &&change);

    DiaryRepository &m_diary;
    const NightRule &m_nightRule;
    std::optional<DiarySnapshot> m_snapshot;
    QDate m_readFirst; // the nights read into m_snapshot
    QDate m_readLast;
    std::optional<DiaryAnalysis> m_analysis;
    QTimer m_nightEnds; // the figures gain a night when the one in progress ends
};
