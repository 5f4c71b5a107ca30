#pragma once

#include "core/analysis/DiaryAnalysis.h"

#include <optional>

#include <QObject>
#include <QTimer>

class NightRule;
class DiaryRepository;

// The analysis of the open diary, kept current. The diary is read once; after that each
// change is applied to the copy in memory (the one cramp or check-in that changed is read
// back), so logging a cramp costs that cramp, not the diary. The figures are recomputed
// (once) when a view next asks. Views redraw on changed().
class LiveAnalysis : public QObject
{
    Q_OBJECT

public:
    LiveAnalysis(DiaryRepository &diary, const NightRule &nightRule, QObject *parent = nullptr);

    const DiaryAnalysis &analysis();
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
    template<typename Apply>
    void apply(Apply &&change);

    DiaryRepository &m_diary;
    const NightRule &m_nightRule;
    std::optional<DiarySnapshot> m_snapshot;
    std::optional<DiaryAnalysis> m_analysis;
    QTimer m_nightEnds; // the figures gain a night when the one in progress ends
};
