#pragma once

#include "core/domain/Experiment.h"
#include "core/domain/Factor.h"

#include <QDialog>

class DiaryRepository;
class NightClock;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

// Plans a self-experiment: what to test, for how many nights, from when. Before anything
// is fixed it says, in plain words, what the plan could detect (the plan's own test at the
// diary's recent rate, or, in a diary too young to tell, at the rate the person gives) and,
// for blocks, the lowest p-value it can give.
// The nights are drawn from a recorded seed when the person starts it, and never change.
class ExperimentPlanDialog : public QDialog
{
    Q_OBJECT

public:
    ExperimentPlanDialog(const DiaryRepository &diary, const NightClock &clock, QWidget *parent = nullptr);

    // The planned experiment, its nights drawn; valid once accepted.
    Experiment experiment() const;
    QString powerText() const;
    QString floorText() const;

    QComboBox *changeBox() const { return m_change; }
    QSpinBox *nightsBox() const { return m_nights; }
    // Shown only when the diary cannot tell the recent rate; -1 is "not sure".
    QSpinBox *nightsAWeekBox() const { return m_nightsAWeek; }

private:
    void update();
    ExperimentChange change() const;
    ExperimentDesign design() const;

    QList<Factor> m_ownFactors; // listed after the built-in changes, from m_firstOwnFactor on
    int m_firstOwnFactor = 0;
    std::optional<double> m_recentRate; // from the diary's last weeks, when it can tell
    QDate m_tonight;
    quint32 m_seed = 1;
    QComboBox *m_change = nullptr;
    QSpinBox *m_minutes = nullptr;
    QSpinBox *m_water = nullptr;
    QSpinBox *m_nights = nullptr;
    QSpinBox *m_washout = nullptr;
    QSpinBox *m_nightsAWeek = nullptr;
    QCheckBox *m_baseline = nullptr;
    QDateEdit *m_start = nullptr;
    QLabel *m_scheme = nullptr;
    QLabel *m_power = nullptr;
    QLabel *m_floor = nullptr;
};
