#pragma once

#include <functional>

#include <QDate>
#include <QDateTime>
#include <QWidget>

class AppSettings;
class NightRule;
class DiaryRepository;
class QFrame;
class QLabel;
class RecentNights;
class QPushButton;

// Last night at a glance, this week's count, and the two big actions.
class HomeView : public QWidget
{
    Q_OBJECT

public:
    HomeView(DiaryRepository &diary, AppSettings &settings, const NightRule &nightRule, QWidget *parent = nullptr);

    void setActions(QAction *logCramp, QAction *checkin);
    // Where "now" comes from; tests pin it so "last night" is a known night.
    void setTimeSource(std::function<QDateTime()> now);
    void refresh();
    QString trendText() const;

    QString lastNightTitle() const; // "Last night (Monday 30 November)"
    QString lastNightText() const;
    QString weekText() const;
    QString tonightText() const;
    QString planTonightText() const; // tonight's part in a self-experiment, if any
    QString recentText() const;
    // The morning card, shown while the night just past has nothing recorded for it.
    bool asksAboutLastNight() const;
    QPushButton *noCrampsButton() const { return m_noCramps; }
    QPushButton *logLastNightButton() const { return m_logLastNight; }

signals:
    void guidanceRequested(const QString &topicId);
    // "Log cramps" on the morning card: the quick log sheet, already on "earlier this night".
    void logEarlierRequested();

protected:
    void showEvent(QShowEvent *event) override;
    // Rich text carries colours of the palette it was made with: made again on a change.
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void fillIfStale() const;

    DiaryRepository &m_diary;
    AppSettings &m_settings;
    const NightRule &m_nightRule;
    QLabel *m_banner = nullptr;
    QFrame *m_trendBox = nullptr;
    QLabel *m_trend = nullptr;
    QLabel *m_lastNightTitle = nullptr;
    QLabel *m_lastNight = nullptr;
    QLabel *m_lastEvening = nullptr;
    QFrame *m_morningCard = nullptr;
    QLabel *m_morningQuestion = nullptr;
    QPushButton *m_noCramps = nullptr;
    QPushButton *m_logLastNight = nullptr;
    QDate m_shownNight; // the night the "last night" card speaks of
    QLabel *m_week = nullptr;
    QLabel *m_tonight = nullptr;
    QLabel *m_planTonight = nullptr;
    bool m_stale = false; // changed while another page was showing: refreshed when shown
    QLabel *m_recent = nullptr; // before the first entry: how to begin
    RecentNights *m_recentNights = nullptr;
    QLabel *m_diaryBegan = nullptr;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTime(); };
    QPushButton *m_log = nullptr;
    QPushButton *m_checkin = nullptr;
};
