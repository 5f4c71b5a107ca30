#pragma once

#include "core/guidance/GuidanceLibrary.h"

#include <optional>

#include <QMainWindow>

class AppSettings;
class DataFileActions;
class DialogRunner;
class NightRule;
class DiaryRepository;
class DiaryView;
class ExperimentView;
class ChartsView;
class GuidanceView;
class InsightsView;
class LiveAnalysis;
class BedsideSheetActions;
class LoggingFlow;
class ReportView;
struct Episode;
class HomeView;
class NightMode;
class TextSize;
class QAction;
class SectionList;
class LazyPages;
class UndoableDiary;

// The main window: home, diary list, menus, toolbar and every logging action. It works
// on the diary it is given; opening another diary is asked of the app (diaryFileChosen).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { HomePage, DiaryPage, ChartsPage, InsightsPage, GuidancePage, ReportPage, ExperimentPage };

    MainWindow(DiaryRepository &diary, AppSettings &settings, NightRule &nightRule, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setNightMode(bool on);

    // The actions, named for tests and for the home view's buttons.
    QAction *logCrampAction() const { return m_logCramp; }
    QAction *checkinAction() const { return m_checkin; }
    QAction *addDetailedAction() const { return m_addDetailed; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *nightModeAction() const { return m_nightModeToggle; }
    TextSize *textSize() const { return m_textSize; }
    QList<QAction *> textSizeActions() const { return m_textSizeActions; }
    UndoableDiary *undoable() const { return m_undoable; }
    HomeView *homeView() const { return m_home; }
    // Pages other than home are made when first shown; asking for one makes it.
    DiaryView *diaryView() const;
    GuidanceView *guidanceView() const;
    ChartsView *chartsView() const;
    InsightsView *insightsView() const;
    void showNights(QDate first, QDate last);
    ReportView *reportView() const;
    ExperimentView *experimentView() const;

    // Data in and out (File menu); each reports what happened in the status bar or a dialog.
    DataFileActions *dataFiles() const { return m_dataFiles; }
    DiaryRepository &diary() const { return m_diary; }
    AppSettings &settings() const { return m_settings; }
    NightRule &nightRule() const { return m_nightRule; }
    DialogRunner *dialogs() const { return m_dialogs; }
    void editUntracked(QDate first, QDate last);
    const GuidanceLibrary &guidance() const { return m_guidance; }
    void showGuidance(const QString &topicId);
    // The first time the app opens: what the guidance is and is not. Shown once.
    void showFirstRunNotice();
    void showPage(int page);

    // The steps behind the actions, callable without a running event loop in tests.
    // logCrampNow() records a cramp at once and returns its id (0 if refused).
    qint64 logCrampNow();
    LoggingFlow *logging() { return m_logging; }
    BedsideSheetActions *bedsideSheet() { return m_bedsideSheet; }
    void editEpisode(qint64 id);
    void openCheckin(QDate night);
    void deleteSelected();

protected:
    void closeEvent(QCloseEvent *event) override; // remembers where the window was

signals:
    void diaryFileChosen(const QString &path);
    // Emitted with each dialog as it opens, before it runs; tests fill dialogs from here.
    void dialogOpened(QDialog *dialog);

private:
    void createPages(QWidget *central);
    void createActions();
    void createMenus();
    void showError(const QString &message);
    void updateActions();
    void openSettings();

    DiaryRepository &m_diary;
    AppSettings &m_settings;
    NightRule &m_nightRule;
    DialogRunner *m_dialogs = nullptr;
    DataFileActions *m_dataFiles = nullptr;
    UndoableDiary *m_undoable = nullptr;
    LoggingFlow *m_logging = nullptr;
    BedsideSheetActions *m_bedsideSheet = nullptr;
    NightMode *m_nightMode = nullptr;
    TextSize *m_textSize = nullptr;
    SectionList *m_navigation = nullptr;
    LazyPages *m_pages = nullptr;
    HomeView *m_home = nullptr;
    LiveAnalysis *m_analysis = nullptr;
    GuidanceLibrary m_guidance;
    QAction *m_logCramp = nullptr;
    QAction *m_checkin = nullptr;
    QAction *m_addDetailed = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_medicines = nullptr;
    QAction *m_factors = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_nightModeToggle = nullptr;
    QList<QAction *> m_textSizeActions; // larger, smaller, normal
    QAction *m_openDiary = nullptr;
    QAction *m_newDiary = nullptr;
    QList<QAction *> m_pageActions;
};
