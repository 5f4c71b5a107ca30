#pragma once

#include <functional>
#include <optional>

#include <QDate>
#include <QDateTime>
#include <QObject>

class AppSettings;
class DiaryRepository;
class GuidanceLibrary;
class NightRule;
class QDialog;
class QWidget;
class UndoableDiary;
struct Episode;

// Every way a cramp or a check-in gets into the diary from the window: the one-key quick
// log and its sheet, the full editor, the evening check-in; each through the undo stack,
// each followed by the red-flag alert when a warning sign is new.
class LoggingFlow : public QObject
{
    Q_OBJECT

public:
    using RunDialog = std::function<int(QDialog &)>; // the window's way to run a dialog

    LoggingFlow(DiaryRepository &diary, AppSettings &settings, const NightRule &nightRule, UndoableDiary &undoable,
                const GuidanceLibrary &guidance, RunDialog runDialog, QWidget *window);

    // For tests: the clock that says when "now" is.
    void setTimeSource(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Records a cramp now and returns its id (0 if refused); logCramp() then opens the sheet.
    // Within two minutes of the last one, logCramp() first asks whether it is another cramp
    // or the same one (a second press of L at 3 a.m.); the same one reopens its sheet.
    // The cramp and what its sheet adds undo as one step.
    qint64 logCrampNow();
    void logCramp();
    // The morning's way: the same, with the sheet already on "earlier this night".
    void logCrampEarlier();
    void addDetailed();
    void editEpisode(qint64 id);
    void openCheckin(QDate night);

signals:
    void done(const QString &message); // for the status bar

private:
    void openSheet(qint64 id, bool earlier);
    bool isTheSameCramp(const Episode &recent);
    void alertIfWarningSigns(const Episode &saved, const std::optional<Episode> &before);

    DiaryRepository &m_diary;
    AppSettings &m_settings;
    const NightRule &m_nightRule;
    UndoableDiary &m_undoable;
    const GuidanceLibrary &m_guidance;
    RunDialog m_runDialog;
    QWidget *m_window;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTime(); };
    qint64 m_lastLoggedId = 0;
    QDateTime m_lastLoggedAt;
};
