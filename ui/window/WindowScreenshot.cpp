#include "ui/window/WindowScreenshot.h"

#include "core/domain/NightClock.h"
#include "core/exchange/EpisodeCsv.h"
#include "core/guidance/RedFlagRules.h"
#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"
#include "ui/analysis/RangeSelector.h"
#include "ui/charts/ChartsView.h"
#include "ui/exchange/BackupProtectionDialog.h"
#include "ui/exchange/MappedImportDialog.h"
#include "ui/experiment/ExperimentPlanDialog.h"
#include "ui/guidance/GuidanceTopicDialog.h"
#include "ui/guidance/RedFlagAlertDialog.h"
#include "ui/logging/CheckinDialog.h"
#include "ui/logging/EpisodeEditorDialog.h"
#include "ui/logging/QuickLogDialog.h"
#include "ui/manage/FactorManagerDialog.h"
#include "ui/manage/MedicationManagerDialog.h"
#include "ui/manage/UntrackedPeriodsDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/welcome/WelcomeDialog.h"
#include "ui/window/MainWindow.h"

#include <memory>

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QLineEdit>
#include <QScrollArea>

QStringList WindowScreenshot::views()
{
    return { QStringLiteral("home"),       QStringLiteral("diary"),          QStringLiteral("charts"),
             QStringLiteral("insights"),   QStringLiteral("report"),         QStringLiteral("guidance"),
             QStringLiteral("quicklog"),   QStringLiteral("editor"),         QStringLiteral("checkin"),
             QStringLiteral("alert"),      QStringLiteral("settings"),       QStringLiteral("medicines"),
             QStringLiteral("factors"),    QStringLiteral("untracked"),      QStringLiteral("topic"),
             QStringLiteral("welcome"),    QStringLiteral("backup"),         QStringLiteral("import"),
             QStringLiteral("experiment"), QStringLiteral("experiment-plan") };
}

std::unique_ptr<QDialog> WindowScreenshot::show(MainWindow &window, const QString &view)
{
    const NightClock &clock = window.nightRule().clock();
    DiaryRepository &diary = window.diary();
    const GuidanceLibrary &guidance = window.guidance();
    std::unique_ptr<QDialog> dialog;
    window.showPage(MainWindow::HomePage);
    if (view == QLatin1StringView("diary")) {
        window.showPage(MainWindow::DiaryPage);
    } else if (view == QLatin1StringView("quicklog")) {
        Episode sample; // shown, never saved: the sheet is only photographed
        sample.start = withFixedOffset(QDateTime::currentDateTime());
        dialog = std::make_unique<QuickLogDialog>(*window.undoable(), clock, sample, &window);
    } else if (view == QLatin1StringView("editor")) {
        const QList<Episode> all = diary.allEpisodes();
        Episode sample = all.isEmpty() ? Episode {} : all.last();
        if (!sample.start.isValid())
            sample.start = withFixedOffset(QDateTime::currentDateTime());
        dialog = std::make_unique<EpisodeEditorDialog>(sample, &window, &guidance);
    } else if (view == QLatin1StringView("checkin")) {
        dialog = std::make_unique<CheckinDialog>(
                diary, window.settings(), clock.nightOf(QDateTime::currentDateTime()).addDays(-1), &window, &guidance);
    } else if (view == QLatin1StringView("charts")) {
        window.showPage(MainWindow::ChartsPage);
    } else if (view.startsWith(QLatin1StringView("charts-page"))) {
        window.showPage(MainWindow::ChartsPage);
        if (view.endsWith(QLatin1StringView("-all")))
            window.chartsView()->range()->setPreset(RangeSelector::All);
    } else if (view == QLatin1StringView("report")) {
        window.showPage(MainWindow::ReportPage);
    } else if (view == QLatin1StringView("insights")) {
        window.showPage(MainWindow::InsightsPage);
    } else if (view == QLatin1StringView("guidance")) {
        window.showGuidance(QStringLiteral("stretch-during-a-cramp"));
    } else if (view == QLatin1StringView("alert")) {
        Episode sample; // shown, never saved
        sample.start = withFixedOffset(QDateTime::currentDateTime());
        sample.warningSigns = { WarningSign::Swelling, WarningSign::Warmth, WarningSign::NumbnessOrTingling };
        dialog = std::make_unique<RedFlagAlertDialog>(guidance, RedFlagRules::forEpisode(sample), &window);
    } else if (view == QLatin1StringView("settings")) {
        dialog = std::make_unique<SettingsDialog>(window.settings(), window.nightRule(), diary.path(), &window);
    } else if (view == QLatin1StringView("medicines")) {
        dialog = std::make_unique<MedicationManagerDialog>(diary, &window, &guidance);
    } else if (view == QLatin1StringView("factors")) {
        dialog = std::make_unique<FactorManagerDialog>(diary, &window);
    } else if (view == QLatin1StringView("untracked")) {
        const QDate lastNight = window.nightRule().lastSleptNight();
        dialog = std::make_unique<UntrackedPeriodsDialog>(diary, lastNight.addDays(-13), lastNight, &window);
    } else if (view == QLatin1StringView("welcome")) {
        dialog = std::make_unique<WelcomeDialog>(
                diary, window.settings(), window.nightRule(), guidance, [](QDialog &shown) { return shown.exec(); },
                &window);
    } else if (view == QLatin1StringView("backup")) {
        auto protection = std::make_unique<BackupProtectionDialog>(&window);
        protection->protectBox()->setChecked(true);
        protection->firstField()->setText(QStringLiteral("short")); // shows the rule it must meet
        dialog = std::move(protection);
    } else if (view == QLatin1StringView("import")) {
        // The diary's own CSV export, as another app's file would be shown.
        QByteArray csv = EpisodeCsv::write(diary.allEpisodes(), window.nightRule().clock()).toUtf8();
        QBuffer file(&csv);
        file.open(QIODevice::ReadOnly);
        const MappedImport::Preview preview = MappedImport::preview(file);
        dialog = std::make_unique<MappedImportDialog>(preview, ColumnMapping::guess(preview.header, preview.rows),
                                                      diary.factors(), &window);
    } else if (view == QLatin1StringView("experiment")) {
        window.showPage(MainWindow::ExperimentPage);
    } else if (view == QLatin1StringView("experiment-plan")) {
        dialog = std::make_unique<ExperimentPlanDialog>(diary, clock, &window);
    } else if (view == QLatin1StringView("topic")) {
        dialog = std::make_unique<GuidanceTopicDialog>(guidance, QStringLiteral("stretch-during-a-cramp"), &window);
    }
    if (dialog)
        dialog->show();
    QApplication::processEvents();
    return dialog;
}

bool WindowScreenshot::save(MainWindow &window, const QString &file, const QString &view)
{
    const std::unique_ptr<QDialog> dialog = show(window, view);
    QWidget *target = dialog ? static_cast<QWidget *>(dialog.get()) : &window;
    if (view.startsWith(QLatin1StringView("charts-page"))) {
        // Every chart at once: the scrolled page at full height.
        if (auto *scroll = window.chartsView()->findChild<QScrollArea *>()) {
            QWidget *page = scroll->widget();
            page->resize(scroll->viewport()->width(), page->sizeHint().height() + 260);
            QApplication::processEvents();
            return page->grab().save(file, "PNG");
        }
    }
    return target->grab().save(file, "PNG");
}
