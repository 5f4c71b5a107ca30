#pragma once

#include "core/analysis/DiaryAnalysis.h"

#include <optional>

#include <QObject>
#include <QTimer>

class NightRule;
class DiaryRepository;

// The analysis of the open diary, kept current: any change to the diary marks it stale,
// and it is read again (once) when a view next asks. Views redraw on changed().
class LiveAnalysis : public QObject
{
    Q_OBJECT

public:
    LiveAnalysis(DiaryRepository &diary, const NightRule &nightRule, QObject *parent = nullptr);

    const DiaryAnalysis &analysis();
    Qt::DayOfWeek firstDayOfWeek() const;
    int boundaryHour() const;
    void invalidate();

signals:
    void changed();

private:
    DiaryRepository &m_diary;
    const NightRule &m_nightRule;
    std::optional<DiaryAnalysis> m_analysis;
    QTimer m_nightEnds; // the figures gain a night when the one in progress ends
};
