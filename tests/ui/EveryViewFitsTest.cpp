// Every page and dialog a person can see (the screenshot list), at 100%, 150% and 200% text
// and in English and German: no word cut off or elided, no widgets drawn over each other.
// The test's screen is the offscreen platform's 800 x 600: what fits there fits a netbook.
#include "SpeakGerman.h"
#include "TextFit.h"
#include "UiFixture.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "ui/home/HomeView.h"
#include "ui/logging/LoggingFlow.h"
#include "ui/style/TextSize.h"
#include "ui/window/LazyPages.h"
#include "ui/window/SectionList.h"
#include "ui/window/WindowScreenshot.h"

#include <gtest/gtest.h>
#include <optional>

#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QTest>

namespace {
void settle(QWidget *widget)
{
    widget->show();
    QApplication::processEvents();
    QTest::qWait(10);
    QApplication::processEvents(); // layouts requested by the first round
}
} // namespace

TEST_F(UiFixture, EveryViewFitsItsWordsAtEveryTextSizeInBothLanguages)
{
    DemoDiaryGenerator::Options options;
    options.nights = 120;
    options.lastNight = QDate(2026, 12, 5);
    options.experiment = true;
    DemoDiaryGenerator::generate(*diary, options);
    const auto morning = [] { return at("2026-12-06T10:00:00+00:00"); }; // the same texts whenever it runs
    QStringList problems;
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
        std::optional<SpeakGerman> german;
        if (language == QLatin1StringView("de")) {
            ASSERT_TRUE(german.emplace().loaded());
        }
        makeWindow(); // its words in the language now installed
        window->homeView()->setTimeSource(morning);
        window->logging()->setTimeSource(morning);
        for (double scale : { 1.0, 1.5, 2.0 }) {
            window->textSize()->setScale(scale);
            window->resize(1280, 900);
            settle(window.get());
            for (const QString &view : WindowScreenshot::views()) {
                const std::unique_ptr<QDialog> dialog = WindowScreenshot::show(*window, view);
                QWidget *shown = dialog ? static_cast<QWidget *>(dialog.get()) : window.get();
                settle(shown);
                const QString where = QStringLiteral("%1, %2%, %3: ").arg(language).arg(scale * 100).arg(view);
                for (const QString &problem : TextFit::cutTexts(shown) + TextFit::overlaps(shown))
                    problems.append(where + problem);
            }
        }
        window->textSize()->normal();
    }
    problems.removeDuplicates();
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " problems:\n" << problems.join(u'\n').toStdString();
}

// Large text on an ordinary screen: the window still fits the screen (a page that needs more
// room scrolls inside it), no page needs sideways scrolling in a window 1280 pixels wide, and
// the sections' names are whole.
TEST_F(UiFixture, TheWindowFitsTheScreenAndNoPageScrollsSidewaysAtAnyTextSize)
{
    DemoDiaryGenerator::Options options;
    options.nights = 120;
    options.lastNight = QDate(2026, 12, 5);
    DemoDiaryGenerator::generate(*diary, options);
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
        std::optional<SpeakGerman> german;
        if (language == QLatin1StringView("de")) {
            ASSERT_TRUE(german.emplace().loaded());
        }
        makeWindow();
        auto *sections = window->findChild<SectionList *>();
        ASSERT_NE(sections, nullptr);
        for (double scale : { 1.0, 1.5, 2.0 }) {
            window->textSize()->setScale(scale);
            const QString where = QStringLiteral("%1, %2%: ").arg(language).arg(scale * 100);
            for (int index = 0; index < sections->count(); ++index) {
                window->showPage(index);
                settle(window.get());
                const QSize least = window->minimumSizeHint();
                EXPECT_LE(least.width(), screen.width()) << where.toStdString() << index;
                EXPECT_LE(least.height(), screen.height()) << where.toStdString() << index;
                // Beside the sections, with the window's margins, in 1280 pixels.
                QWidget *page = window->findChild<LazyPages *>()->page(index);
                const int needed = sections->width() + page->minimumSizeHint().width() + 40;
                EXPECT_LE(needed, 1280) << where.toStdString() << page->accessibleName().toStdString() << " needs "
                                        << needed;
            }
            for (int row = 0; row < sections->count(); ++row) {
                const QString name = sections->item(row)->text();
                const int needed = sections->fontMetrics().horizontalAdvance(name);
                EXPECT_LE(needed, sections->visualItemRect(sections->item(row)).width())
                        << where.toStdString() << name.toStdString();
            }
        }
        window->textSize()->normal();
    }
}
