#pragma once

#include "core/domain/Episode.h"
#include "core/domain/NightClock.h"

#include <functional>

#include <QDialog>
#include <QElapsedTimer>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class UndoableDiary;

// The 3 a.m. sheet. The cramp is already in the diary when this opens (one keystroke is
// enough); here the person may add, with big targets or single keys, how bad it was, which
// leg and muscle, and - for the morning case - when it was and how many there were.
// Keys: digits for severity ("1" then "0" for 10), one letter per leg and muscle, Enter is
// Done from anywhere, Escape closes and keeps whatever was chosen. While the cursor is in
// the time or the count, digits and letters are typed there, never taken as sheet keys.
class QuickLogDialog : public QDialog
{
    Q_OBJECT

public:
    using Now = std::function<QDateTime()>;
    QuickLogDialog(
            UndoableDiary &diary, const NightClock &clock, const Episode &recorded, QWidget *parent = nullptr,
            Now now = [] { return QDateTime::currentDateTime(); });

    // After Done: whether the person asked for the full editor.
    bool wantsDetails() const { return m_wantsDetails; }
    qint64 episodeId() const { return m_recorded.id; }

    // For tests and keyboard users: the same as clicking the corresponding target.
    void chooseSeverity(int severity);
    void chooseLeg(Leg leg);
    void chooseMuscle(Muscle muscle);
    void chooseEarlierTime(QTime time, int count = 1);
    // For the morning: "Earlier this night" chosen and the cursor in its time, ready for digits.
    void startEarlier();

    void accept() override;
    // Escape or the close button: whatever was chosen so far is kept, never dropped.
    void reject() override;

private:
    struct Choice {
        int id;
        QString text;
        QString key;
    };
    QWidget *makeTargets(QButtonGroup *group, const QList<Choice> &choices, int minimumWidth, int columns);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void typeDigit(int digit);
    // The start chosen: the recorded time, or the typed time within this night; empty, with
    // `problem` set, when the typed time cannot be read or has not come yet.
    std::optional<QDateTime> chosenStart(QString *problem = nullptr) const;
    void showReading();
    bool save(const QDateTime &start);
    void finish(bool details);
    void showTimeProblem(const QString &text);

    UndoableDiary &m_diary;
    NightClock m_clock;
    Episode m_recorded;
    Now m_currentTime;
    QButtonGroup *m_severity = nullptr;
    QButtonGroup *m_leg = nullptr;
    QButtonGroup *m_muscle = nullptr;
    QRadioButton *m_now = nullptr;
    QRadioButton *m_earlier = nullptr;
    QLineEdit *m_time = nullptr;
    QLabel *m_reading = nullptr; // what the typed time was read as, before it is saved
    QSpinBox *m_count = nullptr;
    QLabel *m_timeProblem = nullptr;
    bool m_escapeWarned = false; // a second Escape closes even with an unreadable time
    QElapsedTimer m_sinceOne; // "1" then "0" soon after is 10
    bool m_wantsDetails = false;
    bool m_saved = false;
};
