#include "ui/window/MainWindow.h"

#include "core/settings/AppSettings.h"
#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/analysis/LiveAnalysis.h"
#include "ui/charts/ChartsView.h"
#include "ui/diary/DiaryTableModel.h"
#include "ui/diary/DiaryView.h"
#include "ui/exchange/DataFileActions.h"
#include "ui/experiment/ExperimentView.h"
#include "ui/guidance/GuidanceView.h"
#include "ui/home/HomeView.h"
#include "ui/insights/InsightsView.h"
#include "ui/logging/BedsideSheetActions.h"
#include "ui/logging/LoggingFlow.h"
#include "ui/manage/FactorManagerDialog.h"
#include "ui/manage/MedicationManagerDialog.h"
#include "ui/manage/UntrackedPeriodsDialog.h"
#include "ui/report/ReportView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/style/NightMode.h"
#include "ui/style/TextSize.h"
#include "ui/undo/UndoableDiary.h"
#include "ui/welcome/WelcomeDialog.h"
#include "ui/window/DialogRunner.h"
#include "ui/window/LazyPages.h"
#include "ui/window/SectionList.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

MainWindow::MainWindow(DiaryRepository &diary, AppSettings &settings, NightRule &nightRule, QWidget *parent)
    : QMainWindow(parent)
    , m_diary(diary)
    , m_settings(settings)
    , m_nightRule(nightRule)
    , m_guidance(GuidanceLibrary::load())
{
    setWindowTitle(tr("Cramp Diary"));
    setAccessibleName(tr("Cramp Diary"));
    m_dialogs = new DialogRunner(this);
    connect(m_dialogs, &DialogRunner::dialogOpened, this, &MainWindow::dialogOpened);
    m_dataFiles = new DataFileActions(
            diary, settings, nightRule, [this](QDialog &dialog) { return m_dialogs->run(dialog); }, this);
    connect(m_dataFiles, &DataFileActions::failed, this, &MainWindow::showError);
    connect(m_dataFiles, &DataFileActions::finished, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_dataFiles, &DataFileActions::diaryFileChosen, this, &MainWindow::diaryFileChosen);
    m_bedsideSheet = new BedsideSheetActions(
            nightRule, [this](QDialog &dialog) { return m_dialogs->run(dialog); }, this);
    connect(m_bedsideSheet, &BedsideSheetActions::failed, this, &MainWindow::showError);
    connect(m_bedsideSheet, &BedsideSheetActions::finished, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_undoable = new UndoableDiary(diary, this);
    m_dataFiles->setUndo(m_undoable); // an import from another app undoes as one step
    m_logging = new LoggingFlow(
            diary, settings, nightRule, *m_undoable, m_guidance,
            [this](QDialog &dialog) { return m_dialogs->run(dialog); }, this);
    connect(m_logging, &LoggingFlow::done, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_undoable, &UndoableDiary::failed, this, &MainWindow::showError);
    m_nightMode = new NightMode(settings, this);
    m_textSize = new TextSize(settings, this);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new SectionList(central);
    createPages(central);
    m_dataFiles->setPatientSource([this] { // the clinic export names whom the report names
        return FhirExport::Patient { reportView()->options().patientName, reportView()->options().birthDate };
    });
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    m_home->setActions(m_logCramp, m_checkin);
    for (QAction *action : std::as_const(m_pageActions))
        m_navigation->addItem(action->iconText());
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &LazyPages::showPage);
    m_navigation->setCurrentRow(HomePage);

    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);

    auto *where = new QLabel(m_diary.path(), this);
    where->setAccessibleName(tr("Diary file"));
    statusBar()->addPermanentWidget(where);
    if (m_diary.isReadOnly())
        statusBar()->showMessage(m_diary.readOnlyReason().isEmpty() ? tr("Open for viewing only.")
                                                                    : m_diary.readOnlyReason());
    updateActions();
    // Where the person left it; the first time, as large as suits the screen and no larger.
    if (!restoreGeometry(m_settings.windowGeometry())) {
        const QRect available = screen()->availableGeometry();
        resize(std::min(1180, available.width() * 95 / 100), std::min(720, available.height() * 90 / 100));
        move(available.center() - rect().center());
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const bool writable = !m_diary.isReadOnly();
    m_logCramp = new QAction(tr("&Log a cramp"), this);
    m_logCramp->setIconText(tr("Log a cramp"));
    // A single key is enough at 3 a.m.; line edits still receive the letter when typing.
    m_logCramp->setShortcuts({ QKeySequence(Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_L) });
    m_logCramp->setToolTip(tr("Record a cramp now, then add details if you like (L)"));
    m_logCramp->setEnabled(writable);
    connect(m_logCramp, &QAction::triggered, m_logging, &LoggingFlow::logCramp);

    m_checkin = new QAction(tr("&Evening check-in\u2026"), this);
    m_checkin->setIconText(tr("Evening check-in"));
    m_checkin->setShortcuts({ QKeySequence(Qt::Key_E), QKeySequence(Qt::CTRL | Qt::Key_E) });
    m_checkin->setToolTip(tr("Record tonight's water, stretching, medicines and other factors (E)"));
    m_checkin->setEnabled(writable);
    connect(m_checkin, &QAction::triggered, this, [this] { openCheckin(m_nightRule.tonight()); });

    m_addDetailed = new QAction(tr("Add a cramp with &details\u2026"), this);
    m_addDetailed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_addDetailed->setEnabled(writable);
    connect(m_addDetailed, &QAction::triggered, m_logging, &LoggingFlow::addDetailed);

    m_edit = new QAction(tr("&Edit entry\u2026"), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_edit, &QAction::triggered, this, [this] {
        const QList<qint64> ids = diaryView()->selectedEpisodeIds();
        if (!ids.isEmpty())
            editEpisode(ids.first());
        else if (diaryView()->currentNight().isValid())
            openCheckin(diaryView()->currentNight());
    });

    m_delete = new QAction(tr("&Delete cramp"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, [this] {
        const int count = int(diaryView()->selectedEpisodeIds().size());
        if (count == 0)
            return;
        QMessageBox ask(
                QMessageBox::Question, tr("Delete cramp"),
                tr("Delete %n cramp(s) from the diary? You can undo this with Edit \u2192 Undo.", nullptr, count),
                QMessageBox::Yes | QMessageBox::Cancel, this);
        ask.setDefaultButton(QMessageBox::Cancel);
        if (m_dialogs->run(ask) == QMessageBox::Yes)
            deleteSelected();
    });

    m_undo = m_undoable->stack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoable->stack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    // Route through UndoableDiary so a store error is reported, not thrown into Qt.
    disconnect(m_undo, &QAction::triggered, nullptr, nullptr);
    disconnect(m_redo, &QAction::triggered, nullptr, nullptr);
    connect(m_undo, &QAction::triggered, m_undoable, &UndoableDiary::undo);
    connect(m_redo, &QAction::triggered, m_undoable, &UndoableDiary::redo);

    m_medicines = new QAction(tr("&Medicines\u2026"), this);
    m_medicines->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_medicines->setEnabled(writable);
    connect(m_medicines, &QAction::triggered, this, [this] {
        MedicationManagerDialog dialog(m_diary, this, &m_guidance);
        m_dialogs->run(dialog);
    });
    m_factors = new QAction(tr("My &factors\u2026"), this);
    m_factors->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_factors->setEnabled(writable);
    connect(m_factors, &QAction::triggered, this, [this] {
        FactorManagerDialog dialog(m_diary, this);
        m_dialogs->run(dialog);
    });

    m_settingsAction = new QAction(tr("&Settings\u2026"), this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_nightModeToggle = new QAction(tr("&Night mode"), this);
    m_nightModeToggle->setCheckable(true);
    m_nightModeToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_nightModeToggle->setToolTip(tr("Dark, dim colours for the middle of the night"));
    m_nightModeToggle->setChecked(m_nightMode->isActive());
    // By hand the choice is kept in the settings, so Settings shows what the person chose.
    connect(m_nightModeToggle, &QAction::triggered, m_nightMode, &NightMode::chooseByHand);
    connect(m_nightMode, &NightMode::activeChanged, m_nightModeToggle, &QAction::setChecked);

    // Larger text for tired eyes: Ctrl++ (also Ctrl+= on keyboards where + needs Shift).
    auto *larger = new QAction(tr("&Larger text"), this);
    larger->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    connect(larger, &QAction::triggered, m_textSize, &TextSize::larger);
    auto *smaller = new QAction(tr("&Smaller text"), this);
    smaller->setShortcut(QKeySequence::ZoomOut);
    connect(smaller, &QAction::triggered, m_textSize, &TextSize::smaller);
    auto *normal = new QAction(tr("&Normal text size"), this);
    normal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(normal, &QAction::triggered, m_textSize, &TextSize::normal);
    m_textSizeActions = { larger, smaller, normal };

    const QString filter = tr("Cramp Diary (*.sqlite *.crampdiary);;All files (*)");
    m_openDiary = new QAction(tr("&Open diary\u2026"), this);
    m_openDiary->setShortcut(QKeySequence::Open);
    connect(m_openDiary, &QAction::triggered, this, [this, filter] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a diary"), QString(), filter);
        if (!path.isEmpty())
            emit diaryFileChosen(path);
    });
    m_newDiary = new QAction(tr("&New diary\u2026"), this);
    m_newDiary->setShortcut(QKeySequence::New);
    connect(m_newDiary, &QAction::triggered, this, [this, filter] {
        const QString path
                = QFileDialog::getSaveFileName(this, tr("Create a new diary"), QStringLiteral("diary.sqlite"), filter);
        if (!path.isEmpty())
            emit diaryFileChosen(path);
    });

    const QList<QString> pageNames = { tr("&Home"),     tr("&Diary"),  tr("&Charts"),         tr("&Insights"),
                                       tr("&Guidance"), tr("&Report"), tr("Self-e&xperiment") };
    for (int page = 0; page < pageNames.size(); ++page) {
        auto *action = new QAction(pageNames.at(page), this);
        action->setIconText(QString(pageNames.at(page)).remove(QLatin1Char('&')));
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + page)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions.append(action);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newDiary);
    file->addAction(m_openDiary);
    file->addSeparator();
    m_dataFiles->addTo(file);
    file->addSeparator();
    m_bedsideSheet->addTo(file);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    QAction *quit
            = file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), qApp, &QApplication::closeAllWindows);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_edit);
    edit->addAction(m_delete);

    QMenu *log = menuBar()->addMenu(tr("&Log"));
    log->addAction(m_logCramp);
    log->addAction(m_addDetailed);
    log->addAction(m_checkin);
    log->addSeparator();
    log->addAction(m_medicines);
    log->addAction(m_factors);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *action : std::as_const(m_pageActions))
        view->addAction(action);
    view->addSeparator();
    view->addActions(m_textSizeActions);
    view->addSeparator();
    view->addAction(m_nightModeToggle);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Cramp Diary"), this, [this] {
        QMessageBox::about(this, tr("About Cramp Diary"),
                           tr("<b>Cramp Diary %1</b><p>A diary for night-time leg cramps. Your diary stays on this "
                              "computer; the app never uses the network.</p><p>Cramp Diary helps you keep a record "
                              "to discuss with a clinician. It does not give diagnoses.</p>")
                                   .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_logCramp);
    toolbar->addAction(m_checkin);
    toolbar->addSeparator();
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    toolbar->addSeparator();
    toolbar->addAction(m_nightModeToggle);
    // The button Qt shows when the toolbar does not fit has no name of its own.
    if (auto *more = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More actions"));
}

void MainWindow::showPage(int page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::updateActions()
{
    const bool onDiary = m_pages->currentIndex() == DiaryPage;
    const bool writable = !m_diary.isReadOnly();
    const bool hasSelection = onDiary && !diaryView()->selectedEpisodeIds().isEmpty();
    m_edit->setEnabled(writable && onDiary && diaryView()->table()->currentIndex().isValid());
    m_delete->setEnabled(writable && hasSelection);
}

qint64 MainWindow::logCrampNow()
{
    return m_logging->logCrampNow();
}

void MainWindow::editEpisode(qint64 id)
{
    m_logging->editEpisode(id);
}

void MainWindow::openCheckin(QDate night)
{
    m_logging->openCheckin(night);
}

void MainWindow::deleteSelected()
{
    m_undoable->deleteEpisodes(diaryView()->selectedEpisodeIds());
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_nightRule, m_diary.path(), this);
    connect(&dialog, &SettingsDialog::diaryFileChosen, this, [this, &dialog](const QString &path) {
        dialog.reject();
        // Let the dialog close before the app replaces this window.
        QTimer::singleShot(0, this, [this, path] { emit diaryFileChosen(path); });
    });
    if (m_dialogs->run(dialog) == QDialog::Accepted) {
        m_nightMode->followSettings();
        if (m_pages->isMade(DiaryPage))
            diaryView()->model()->reload();
        m_home->refresh();
    }
}

void MainWindow::showNights(QDate first, QDate last)
{
    diaryView()->showNights(first, last);
    showPage(DiaryPage);
}

void MainWindow::editUntracked(QDate first, QDate last)
{
    UntrackedPeriodsDialog dialog(m_diary, first, last, this);
    m_dialogs->run(dialog);
}

void MainWindow::showGuidance(const QString &topicId)
{
    showPage(GuidancePage);
    if (!topicId.isEmpty())
        guidanceView()->showTopic(topicId);
}

void MainWindow::showFirstRunNotice()
{
    if (m_settings.disclaimerAccepted())
        return;
    WelcomeDialog welcome(
            m_diary, m_settings, m_nightRule, m_guidance, [this](QDialog &dialog) { return m_dialogs->run(dialog); },
            this);
    m_dialogs->run(welcome);
    m_settings.setDisclaimerAccepted(true); // shown once, however it was closed
    m_settings.sync();
    m_nightMode->followSettings(); // the welcome's "dim the window at night"
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(tr("Not saved."), 8000);
    QMessageBox box(QMessageBox::Warning, tr("Not saved"), message, QMessageBox::Ok, this);
    m_dialogs->run(box);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::setNightMode(bool on)
{
    m_nightMode->setActive(on);
}
