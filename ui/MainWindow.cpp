#include "MainWindow.h"

#include "AppSettings.h"
#include "CheckinDialog.h"
#include "DiaryBackup.h"
#include "DiaryRepository.h"
#include "DiaryTableModel.h"
#include "DiaryView.h"
#include "EpisodeCsv.h"
#include "EpisodeEditorDialog.h"
#include "FactorManagerDialog.h"
#include "GuidanceView.h"
#include "HomeView.h"
#include "InsightsView.h"
#include "LiveAnalysis.h"
#include "MedicationManagerDialog.h"
#include "NightClock.h"
#include "NightLogCsv.h"
#include "NightMode.h"
#include "QuickLogDialog.h"
#include "RedFlagAlertDialog.h"
#include "RedFlagRules.h"
#include "SettingsDialog.h"
#include "StoreError.h"
#include "TopicBrowser.h"
#include "UndoableDiary.h"
#include "UntrackedPeriodsDialog.h"
#include "charts/ChartsView.h"
#include "charts/RangeSelector.h"
#include "report/ReportView.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace {
enum Page { HomePage, DiaryPage, ChartsPage, InsightsPage, GuidancePage, ReportPage };
}

MainWindow::MainWindow(DiaryRepository &diary, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_diary(diary)
    , m_settings(settings)
    , m_guidance(GuidanceLibrary::load())
{
    setWindowTitle(tr("Cramp Diary"));
    setAccessibleName(tr("Cramp Diary"));
    m_undoable = new UndoableDiary(diary, this);
    connect(m_undoable, &UndoableDiary::failed, this, &MainWindow::showError);
    m_nightMode = new NightMode(settings, this);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFixedWidth(150);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    m_pages = new QStackedWidget(central);
    m_home = new HomeView(diary, settings, m_pages);
    m_diaryView = new DiaryView(diary, settings, m_pages);
    m_guidanceView = new GuidanceView(m_guidance, m_pages);
    m_analysis = new LiveAnalysis(diary, settings, this);
    m_chartsView = new ChartsView(*m_analysis, m_pages);
    m_insightsView = new InsightsView(*m_analysis, m_guidance, m_pages);
    m_pages->addWidget(m_home);
    m_pages->addWidget(m_diaryView);
    m_pages->addWidget(m_chartsView);
    m_pages->addWidget(m_insightsView);
    m_pages->addWidget(m_guidanceView);
    m_reportView = new ReportView(*m_analysis, m_guidance, m_pages);
    m_pages->addWidget(m_reportView);
    connect(m_chartsView, &ChartsView::showNightsRequested, this, &MainWindow::showNights);
    connect(m_insightsView, &InsightsView::guidanceRequested, this, &MainWindow::showGuidance);
    connect(m_diaryView, &DiaryView::untrackedRequested, this, &MainWindow::editUntracked);
    connect(m_home, &HomeView::guidanceRequested, this, &MainWindow::showGuidance);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    m_home->setActions(m_logCramp, m_checkin);
    for (QAction *action : std::as_const(m_pageActions))
        m_navigation->addItem(action->iconText());
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(HomePage);

    connect(m_diaryView, &DiaryView::editEpisodeRequested, this, &MainWindow::editEpisode);
    connect(m_diaryView, &DiaryView::editCheckinRequested, this, &MainWindow::openCheckin);
    connect(m_diaryView, &DiaryView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);

    auto *where = new QLabel(m_diary.path(), this);
    where->setAccessibleName(tr("Diary file"));
    statusBar()->addPermanentWidget(where);
    if (m_diary.isReadOnly())
        statusBar()->showMessage(m_diary.readOnlyReason().isEmpty() ? tr("Open for viewing only.")
                                                                    : m_diary.readOnlyReason());
    updateActions();
    resize(1180, 720);
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
    connect(m_logCramp, &QAction::triggered, this, [this] {
        const qint64 id = logCrampNow();
        if (!id)
            return;
        const auto recorded = m_diary.episode(id);
        QuickLogDialog sheet(*m_undoable, NightClock(m_settings.nightBoundaryHour()), *recorded, this);
        if (runDialog(sheet) == QDialog::Accepted && sheet.wantsDetails())
            editEpisode(sheet.episodeId());
    });

    m_checkin = new QAction(tr("&Evening check-in\u2026"), this);
    m_checkin->setIconText(tr("Evening check-in"));
    m_checkin->setShortcuts({ QKeySequence(Qt::Key_E), QKeySequence(Qt::CTRL | Qt::Key_E) });
    m_checkin->setToolTip(tr("Record tonight's water, stretching, medicines and other factors (E)"));
    m_checkin->setEnabled(writable);
    connect(m_checkin, &QAction::triggered, this,
            [this] { openCheckin(NightClock(m_settings.nightBoundaryHour()).nightOf(QDateTime::currentDateTime())); });

    m_addDetailed = new QAction(tr("Add a cramp with &details\u2026"), this);
    m_addDetailed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_addDetailed->setEnabled(writable);
    connect(m_addDetailed, &QAction::triggered, this, [this] {
        Episode fresh;
        fresh.start = withFixedOffset(QDateTime::currentDateTime());
        fresh.muscle = Muscle::Calf;
        EpisodeEditorDialog editor(fresh, this, &m_guidance);
        if (runDialog(editor) == QDialog::Accepted && !m_undoable->addEpisodes({ editor.episode() }).isEmpty())
            alertIfWarningSigns(editor.episode(), std::nullopt);
    });

    m_edit = new QAction(tr("&Edit entry\u2026"), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_edit, &QAction::triggered, this, [this] {
        const QList<qint64> ids = m_diaryView->selectedEpisodeIds();
        if (!ids.isEmpty())
            editEpisode(ids.first());
        else if (m_diaryView->currentNight().isValid())
            openCheckin(m_diaryView->currentNight());
    });

    m_delete = new QAction(tr("&Delete cramp"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, [this] {
        const int count = int(m_diaryView->selectedEpisodeIds().size());
        if (count == 0)
            return;
        QMessageBox ask(
                QMessageBox::Question, tr("Delete cramp"),
                tr("Delete %n cramp(s) from the diary? You can undo this with Edit \u2192 Undo.", nullptr, count),
                QMessageBox::Yes | QMessageBox::Cancel, this);
        ask.setDefaultButton(QMessageBox::Cancel);
        if (runDialog(ask) == QMessageBox::Yes)
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
        runDialog(dialog);
    });
    m_factors = new QAction(tr("My &factors\u2026"), this);
    m_factors->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_factors->setEnabled(writable);
    connect(m_factors, &QAction::triggered, this, [this] {
        FactorManagerDialog dialog(m_diary, this);
        runDialog(dialog);
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
    connect(m_nightModeToggle, &QAction::toggled, m_nightMode, &NightMode::setActive);
    connect(m_nightMode, &NightMode::activeChanged, m_nightModeToggle, &QAction::setChecked);

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

    const QList<QString> pageNames
            = { tr("&Home"), tr("&Diary"), tr("&Charts"), tr("&Insights"), tr("&Guidance"), tr("&Report") };
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
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonFilter = tr("Cramp Diary backups (*.json)");
    const auto exportAction
            = [this, file, csvFilter](const QString &text, CsvKind kind, const QString &name, QKeySequence keys) {
                  file->addAction(text, keys, this, [this, kind, name, csvFilter] {
                      const QString path = QFileDialog::getSaveFileName(this, tr("Export"), name, csvFilter);
                      if (!path.isEmpty())
                          exportCsv(kind, path);
                  });
              };
    exportAction(tr("&Export cramps as CSV\u2026"), CsvKind::Episodes, QStringLiteral("cramps.csv"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction(tr("Export check-&ins as CSV\u2026"), CsvKind::CheckIns, QStringLiteral("check-ins.csv"),
                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    const auto importAction = [this, file, csvFilter](const QString &text, CsvKind kind, QKeySequence keys) {
        QAction *action = file->addAction(text, keys, this, [this, kind, csvFilter] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QString(), csvFilter);
            if (!path.isEmpty())
                importCsv(kind, path);
        });
        action->setEnabled(!m_diary.isReadOnly());
    };
    importAction(tr("Import cra&mps from CSV\u2026"), CsvKind::Episodes,
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importAction(tr("Import chec&k-ins from CSV\u2026"), CsvKind::CheckIns,
                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    file->addSeparator();
    file->addAction(tr("&Back up to a file\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this,
                    [this, jsonFilter] {
                        const QString path = QFileDialog::getSaveFileName(
                                this, tr("Back up"),
                                QStringLiteral("cramp-diary-%1.json").arg(QDate::currentDate().toString(Qt::ISODate)),
                                jsonFilter);
                        if (!path.isEmpty())
                            backupTo(path);
                    });
    file->addAction(tr("&Restore from a backup\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                    [this, jsonFilter] {
                        const QString backup
                                = QFileDialog::getOpenFileName(this, tr("Choose the backup"), QString(), jsonFilter);
                        if (backup.isEmpty())
                            return;
                        const QString target = QFileDialog::getSaveFileName(this, tr("Restore into a new diary file"),
                                                                            QStringLiteral("restored.sqlite"),
                                                                            tr("Cramp Diary (*.sqlite *.crampdiary)"));
                        if (!target.isEmpty())
                            restoreFrom(backup, target);
                    });
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
}

void MainWindow::showPage(int page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::updateActions()
{
    const bool onDiary = m_pages->currentWidget() == m_diaryView;
    const bool writable = !m_diary.isReadOnly();
    const bool hasSelection = onDiary && !m_diaryView->selectedEpisodeIds().isEmpty();
    m_edit->setEnabled(writable && onDiary && m_diaryView->table()->currentIndex().isValid());
    m_delete->setEnabled(writable && hasSelection);
}

int MainWindow::runDialog(QDialog &dialog)
{
    // Whoever listens to dialogOpened (a test) may finish the dialog right there.
    std::optional<int> finishedEarly;
    const auto connection = connect(&dialog, &QDialog::finished, this, [&finishedEarly](int r) { finishedEarly = r; });
    emit dialogOpened(&dialog);
    disconnect(connection);
    return finishedEarly ? *finishedEarly : dialog.exec();
}

qint64 MainWindow::logCrampNow()
{
    Episode episode;
    episode.start = withFixedOffset(QDateTime::currentDateTime());
    const QList<qint64> ids = m_undoable->addEpisodes({ episode });
    if (ids.isEmpty())
        return 0;
    statusBar()->showMessage(tr("Cramp recorded at %1.").arg(episode.start.toString(QStringLiteral("HH:mm"))), 8000);
    return ids.first();
}

void MainWindow::editEpisode(qint64 id)
{
    const auto episode = m_diary.episode(id);
    if (!episode)
        return;
    EpisodeEditorDialog editor(*episode, this, &m_guidance);
    if (runDialog(editor) == QDialog::Accepted && m_undoable->editEpisode(editor.episode()))
        alertIfWarningSigns(editor.episode(), episode);
}

void MainWindow::openCheckin(QDate night)
{
    CheckinDialog dialog(m_diary, m_settings, night, this, &m_guidance);
    if (runDialog(dialog) == QDialog::Accepted && m_undoable->saveNightLog(dialog.log()))
        statusBar()->showMessage(tr("Check-in saved."), 5000);
}

void MainWindow::deleteSelected()
{
    m_undoable->deleteEpisodes(m_diaryView->selectedEpisodeIds());
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_diary.path(), this);
    connect(&dialog, &SettingsDialog::diaryFileChosen, this, [this, &dialog](const QString &path) {
        dialog.reject();
        // Let the dialog close before the app replaces this window.
        QTimer::singleShot(0, this, [this, path] { emit diaryFileChosen(path); });
    });
    if (runDialog(dialog) == QDialog::Accepted) {
        m_nightMode->followSettings();
        m_diaryView->model()->reload();
        m_home->refresh();
    }
}

void MainWindow::alertIfWarningSigns(const Episode &saved, const std::optional<Episode> &before)
{
    const QList<RedFlagAlert> alerts = RedFlagRules::forEpisode(saved);
    if (alerts.isEmpty())
        return;
    // Editing notes of an episode already flagged should not raise the same alarm again.
    if (before) {
        QList<Urgency> had;
        for (const RedFlagAlert &alert : RedFlagRules::forEpisode(*before))
            had.append(alert.urgency);
        const bool anythingNew = std::any_of(alerts.cbegin(), alerts.cend(),
                                             [&](const RedFlagAlert &alert) { return !had.contains(alert.urgency); });
        if (!anythingNew)
            return;
    }
    RedFlagAlertDialog dialog(m_guidance, alerts, this);
    runDialog(dialog);
}

bool MainWindow::exportCsv(CsvKind kind, const QString &path)
{
    const QString csv = kind == CsvKind::Episodes
            ? EpisodeCsv::write(m_diary.allEpisodes(), NightClock(m_settings.nightBoundaryHour()))
            : NightLogCsv::write(m_diary.nightLogs(QDate(1900, 1, 1), QDate(9999, 12, 31)), m_diary.factors(true),
                                 m_diary.medications());
    QSaveFile file(path);
    const QByteArray bytes = csv.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("The export was not written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(path), 8000);
    return true;
}

bool MainWindow::importCsv(CsvKind kind, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const CsvImportResult result
            = kind == CsvKind::Episodes ? EpisodeCsv::import(m_diary, text) : NightLogCsv::import(m_diary, text);
    if (!result.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Nothing was imported"),
                        tr("The file has %n problem(s); fix them and import again. Your diary was not changed.",
                           nullptr, int(result.problems.size())),
                        QMessageBox::Ok, this);
        box.setDetailedText(result.describe());
        runDialog(box);
        return false;
    }
    statusBar()->showMessage(tr("Imported %n row(s).", nullptr, result.imported), 8000);
    return true;
}

bool MainWindow::backupTo(const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = DiaryBackup::write(m_diary, &m_settings);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("The backup was not written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Backed up to %1.").arg(path), 8000);
    return true;
}

bool MainWindow::restoreFrom(const QString &backupPath, const QString &newDiaryPath)
{
    if (QFileInfo(newDiaryPath).absoluteFilePath() == QFileInfo(m_diary.path()).absoluteFilePath()) {
        showError(tr("A backup is restored into a new diary file, not over the one that is open."));
        return false;
    }
    QFile file(backupPath);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(backupPath, file.errorString()));
        return false;
    }
    try {
        auto target = DiaryRepository::open(newDiaryPath);
        DiaryBackup::restore(file.readAll(), *target, nullptr);
    } catch (const StoreError &error) {
        showError(error.message());
        return false;
    }
    QMessageBox ask(QMessageBox::Question, tr("Backup restored"),
                    tr("The backup was restored into %1. Open that diary now? The diary open now stays as it is.")
                            .arg(newDiaryPath),
                    QMessageBox::Open | QMessageBox::Cancel, this);
    if (runDialog(ask) == QMessageBox::Open)
        QTimer::singleShot(0, this, [this, newDiaryPath] { emit diaryFileChosen(newDiaryPath); });
    return true;
}

void MainWindow::showNights(QDate first, QDate last)
{
    m_diaryView->showNights(first, last);
    showPage(DiaryPage);
}

void MainWindow::editUntracked(QDate first, QDate last)
{
    UntrackedPeriodsDialog dialog(m_diary, first, last, this);
    runDialog(dialog);
}

void MainWindow::showGuidance(const QString &topicId)
{
    showPage(GuidancePage);
    if (!topicId.isEmpty())
        m_guidanceView->showTopic(topicId);
}

void MainWindow::showFirstRunNotice()
{
    if (m_settings.disclaimerAccepted())
        return;
    QMessageBox notice(QMessageBox::Information, tr("Welcome to Cramp Diary"),
                       tr("Cramp Diary helps you record night cramps and what goes with them, and shows guidance "
                          "from two documents about leg cramps.\n\n%1\n\nIf you notice swelling, redness or warmth "
                          "of a leg, pain that does not ease, or breathlessness, the app will tell you how soon to "
                          "see a clinician.")
                               .arg(TopicBrowser::notMedicalAdvice()),
                       QMessageBox::Ok, this);
    runDialog(notice);
    m_settings.setDisclaimerAccepted(true);
    m_settings.sync();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(tr("Not saved."), 8000);
    QMessageBox box(QMessageBox::Warning, tr("Not saved"), message, QMessageBox::Ok, this);
    runDialog(box);
}

void MainWindow::setNightMode(bool on)
{
    m_nightMode->setActive(on);
}

bool MainWindow::saveScreenshot(const QString &file, const QString &view)
{
    const NightClock clock(m_settings.nightBoundaryHour());
    QWidget *target = this;
    std::unique_ptr<QDialog> dialog;
    if (view == QLatin1StringView("diary")) {
        showPage(DiaryPage);
    } else if (view == QLatin1StringView("quicklog")) {
        Episode sample; // shown, never saved: the sheet is only photographed
        sample.start = withFixedOffset(QDateTime::currentDateTime());
        dialog = std::make_unique<QuickLogDialog>(*m_undoable, clock, sample, this);
    } else if (view == QLatin1StringView("editor")) {
        const QList<Episode> all = m_diary.allEpisodes();
        Episode sample = all.isEmpty() ? Episode {} : all.last();
        if (!sample.start.isValid())
            sample.start = withFixedOffset(QDateTime::currentDateTime());
        dialog = std::make_unique<EpisodeEditorDialog>(sample, this, &m_guidance);
    } else if (view == QLatin1StringView("checkin")) {
        dialog = std::make_unique<CheckinDialog>(
                m_diary, m_settings, clock.nightOf(QDateTime::currentDateTime()).addDays(-1), this, &m_guidance);
    } else if (view == QLatin1StringView("charts")) {
        showPage(ChartsPage);
    } else if (view.startsWith(QLatin1StringView("charts-page"))) {
        showPage(ChartsPage);
        if (view.endsWith(QLatin1StringView("-all")))
            m_chartsView->range()->setPreset(RangeSelector::All);
    } else if (view == QLatin1StringView("report")) {
        showPage(ReportPage);
    } else if (view == QLatin1StringView("insights")) {
        showPage(InsightsPage);
    } else if (view == QLatin1StringView("guidance")) {
        showGuidance(QStringLiteral("stretch-during-a-cramp"));
    } else if (view == QLatin1StringView("alert")) {
        Episode sample; // shown, never saved
        sample.start = withFixedOffset(QDateTime::currentDateTime());
        sample.warningSigns = { WarningSign::Swelling, WarningSign::Warmth, WarningSign::NumbnessOrTingling };
        dialog = std::make_unique<RedFlagAlertDialog>(m_guidance, RedFlagRules::forEpisode(sample), this);
    } else if (view == QLatin1StringView("settings")) {
        dialog = std::make_unique<SettingsDialog>(m_settings, m_diary.path(), this);
    } else if (view == QLatin1StringView("medicines")) {
        dialog = std::make_unique<MedicationManagerDialog>(m_diary, this, &m_guidance);
    } else if (view == QLatin1StringView("factors")) {
        dialog = std::make_unique<FactorManagerDialog>(m_diary, this);
    }
    if (dialog) {
        dialog->show();
        target = dialog.get();
    }
    QApplication::processEvents();
    if (view.startsWith(QLatin1StringView("charts-page"))) {
        // Every chart at once: the scrolled page at full height.
        if (auto *scroll = m_chartsView->findChild<QScrollArea *>()) {
            QWidget *page = scroll->widget();
            page->resize(scroll->viewport()->width(), page->sizeHint().height() + 260);
            QApplication::processEvents();
            return page->grab().save(file, "PNG");
        }
    }
    return target->grab().save(file, "PNG");
}
