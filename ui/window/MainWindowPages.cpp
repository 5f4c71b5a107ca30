// The window's pages: home made at once, the others when first shown (LazyPages), each
// wired to the window as it is made.
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/analysis/LiveAnalysis.h"
#include "ui/charts/ChartsView.h"
#include "ui/diary/DiaryView.h"
#include "ui/experiment/ExperimentView.h"
#include "ui/guidance/GuidanceView.h"
#include "ui/home/HomeView.h"
#include "ui/insights/InsightsView.h"
#include "ui/logging/LoggingFlow.h"
#include "ui/report/ReportView.h"
#include "ui/window/DialogRunner.h"
#include "ui/window/LazyPages.h"
#include "ui/window/MainWindow.h"

void MainWindow::createPages(QWidget *central)
{
    m_pages = new LazyPages(central);
    m_analysis = new LiveAnalysis(m_diary, m_nightRule, this);
    m_home = new HomeView(m_diary, m_settings, m_nightRule, m_pages);
    connect(m_home, &HomeView::guidanceRequested, this, &MainWindow::showGuidance);
    connect(m_home, &HomeView::logEarlierRequested, m_logging, &LoggingFlow::logCrampEarlier);
    m_pages->addLazyPage([this] { return m_home; });
    m_pages->addLazyPage([this] {
        auto *view = new DiaryView(m_diary, m_settings, m_nightRule, m_pages);
        connect(view, &DiaryView::untrackedRequested, this, &MainWindow::editUntracked);
        connect(view, &DiaryView::editEpisodeRequested, this, &MainWindow::editEpisode);
        connect(view, &DiaryView::editCheckinRequested, this, &MainWindow::openCheckin);
        connect(view, &DiaryView::selectionChanged, this, &MainWindow::updateActions);
        return view;
    });
    m_pages->addLazyPage([this] {
        auto *view = new ChartsView(*m_analysis, m_pages);
        connect(view, &ChartsView::showNightsRequested, this, &MainWindow::showNights);
        return view;
    });
    m_pages->addLazyPage([this] {
        auto *view = new InsightsView(*m_analysis, m_guidance, m_pages);
        connect(view, &InsightsView::guidanceRequested, this, &MainWindow::showGuidance);
        connect(view, &InsightsView::splitChosen, this, [this](qint64 factorId, std::optional<double> splitAt) {
            try {
                m_diary.setFactorSplit(factorId, splitAt);
            } catch (const StoreError &error) {
                showError(error.message());
            }
        });
        return view;
    });
    m_pages->addLazyPage([this] { return new GuidanceView(m_guidance, m_pages); });
    m_pages->addLazyPage([this] { return new ReportView(m_diary, *m_analysis, m_guidance, m_pages); });
    m_pages->addLazyPage([this] {
        auto *view = new ExperimentView(
                m_diary, m_nightRule, [this](QDialog &dialog) { return m_dialogs->run(dialog); }, m_pages);
        connect(view, &ExperimentView::failed, this, &MainWindow::showError);
        return view;
    });
    m_pages->page(HomePage);
}

DiaryView *MainWindow::diaryView() const
{
    return m_pages->page<DiaryView>(DiaryPage);
}

ChartsView *MainWindow::chartsView() const
{
    return m_pages->page<ChartsView>(ChartsPage);
}

InsightsView *MainWindow::insightsView() const
{
    return m_pages->page<InsightsView>(InsightsPage);
}

GuidanceView *MainWindow::guidanceView() const
{
    return m_pages->page<GuidanceView>(GuidancePage);
}

ReportView *MainWindow::reportView() const
{
    return m_pages->page<ReportView>(ReportPage);
}

ExperimentView *MainWindow::experimentView() const
{
    return m_pages->page<ExperimentView>(ExperimentPage);
}
