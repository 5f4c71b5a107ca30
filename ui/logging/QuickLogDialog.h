#pragma once

#include "core/domain/Episode.h"
#include "core/domain/NightClock.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTimeEdit;
class UndoableDiary;

// The 3 a.m. sheet. The cramp is already in the diary when this opens (one keystroke is
// enough); here the person may add, with big targets and no typing, how bad it was,
// which leg and muscle, and - for the morning case - when it was and how many there were.
class QuickLogDialog : public QDialog
{
    Q_OBJECT

public:
    QuickLogDialog(UndoableDiary &diary, const NightClock &clock, const Episode &recorded, QWidget *parent = nullptr);

    // After Done: whether the person asked for the full editor.
    bool wantsDetails() const { return m_wantsDetails; }
    qint64 episodeId() const { return m_recorded.id; }

    // For tests and keyboard users: the same as clicking the corresponding target.
    void chooseSeverity(int severity);
    void chooseLeg(Leg leg);
    void chooseMuscle(Muscle muscle);
    void chooseEarlierTime(QTime time, int count = 1);

    void accept() override;

private:
    QWidget *makeTargets(QButtonGroup *group, const QList<std::pair<int, QString>> &choices, int minimumWidth);
    std::optional<QDateTime> chosenStart() const;
    void finish(bool details);

    UndoableDiary &m_diary;
    NightClock m_clock;
    Episode m_recorded;
    QButtonGroup *m_severity = nullptr;
    QButtonGroup *m_leg = nullptr;
    QButtonGroup *m_muscle = nullptr;
    QRadioButton *m_now = nullptr;
    QRadioButton *m_earlier = nullptr;
    QTimeEdit *m_time = nullptr;
    QSpinBox *m_count = nullptr;
    QLabel *m_timeProblem = nullptr;
    bool m_wantsDetails = false;
};
