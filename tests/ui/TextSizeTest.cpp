// Larger text for tired eyes: View > Larger text (Ctrl++), Smaller text, Normal size, kept
// in the settings, and pages that still lay out without cutting a word at 150% and 200%.
#include "ui/style/TextSize.h"

#include "TextFit.h"
#include "UiFixture.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "ui/home/HomeView.h"
#include "ui/home/RecentNights.h"
#include "ui/logging/LoggingFlow.h"
#include "ui/logging/QuickLogDialog.h"
#include "ui/manage/MedicationManagerDialog.h"
#include "ui/window/WindowScreenshot.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStyle>
#include <QTest>
#include <QTranslator>

namespace {
using TextFit::cutTexts;

void settle(QWidget *widget)
{
    widget->show();
    QApplication::processEvents();
    QTest::qWait(20);
}
} // namespace

TEST_F(UiFixture, CtrlPlusMakesEveryTextLargerAndTheChoiceIsKept)
{
    const double normal = QApplication::font().pointSizeF();
    window->show();
    const QList<QAction *> actions = window->textSizeActions();
    ASSERT_EQ(actions.size(), 3);
    EXPECT_TRUE(actions[0]->shortcuts().contains(QKeySequence(QKeySequence::ZoomIn)));
    EXPECT_EQ(actions[2]->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    QWidget *big = window->homeView()->findChildren<QAbstractButton *>().value(0);
    ASSERT_TRUE(big);
    const double bigBefore = QFontInfo(big->font()).pointSizeF();
    QCheckBox box(QStringLiteral("Alcohol"));
    const auto boxSize = [&box] { return box.style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, &box); };
    const int boxBefore = boxSize();
    // Under the app's style sheet Qt leaves a widget already on screen at its old font.
    QWidget *ordinary = window->menuBar();
    const double ordinaryBefore = QFontInfo(ordinary->font()).pointSizeF();

    actions[0]->trigger();
    actions[0]->trigger();
    EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), normal * 1.5);
    EXPECT_GT(boxSize(), boxBefore) << "a tick box grows with its words";
    EXPECT_NEAR(QFontInfo(ordinary->font()).pointSizeF() / ordinaryBefore, 1.5, 0.15)
            << "a widget already on screen takes the larger text at once";
    EXPECT_GE(boxSize(), box.fontMetrics().height() * 3 / 4);
    EXPECT_DOUBLE_EQ(settings->textScale(), 1.5);
    // A text drawn larger than the rest keeps its proportion.
    EXPECT_NEAR(QFontInfo(big->font()).pointSizeF() / bigBefore, 1.5, 0.15);

    // Kept: a new window (the next start) opens at the chosen size.
    makeWindow();
    EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), normal * 1.5);
    window->textSizeActions()[1]->trigger();
    EXPECT_DOUBLE_EQ(settings->textScale(), 1.25);
    window->textSizeActions()[2]->trigger();
    EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), normal);
    EXPECT_DOUBLE_EQ(settings->textScale(), 1.0);
    // Never beyond the limits, however often it is pressed.
    for (int i = 0; i < 10; ++i)
        window->textSizeActions()[0]->trigger();
    EXPECT_DOUBLE_EQ(settings->textScale(), AppSettings::LargestTextScale);
    window->textSizeActions()[2]->trigger();
}

// The issue's examples: Home's last two weeks and the quick log's muscle targets ("Front
// of thigh (H)", "Other muscle (O)") were cut at 150%.
TEST_F(UiFixture, HomeAndTheQuickLogCutNoWordAtLargerSizes)
{
    // At a fixed morning, so Home shows the same texts whenever the suite runs.
    const auto morning = [] { return at("2026-12-06T10:00:00+00:00"); };
    DemoDiaryGenerator::Options options;
    options.nights = 60;
    options.lastNight = QDate(2026, 12, 5);
    DemoDiaryGenerator::generate(*diary, options);
    window->homeView()->setTimeSource(morning);
    window->logging()->setTimeSource(morning);
    for (double scale : { 1.0, 1.5, 2.0 }) {
        SCOPED_TRACE(scale);
        window->textSize()->setScale(scale);
        window->resize(1280, 900);
        settle(window.get());
        const QStringList home = cutTexts(window->homeView());
        EXPECT_TRUE(home.isEmpty()) << home.join(u'\n').toStdString();
        const qint64 id = window->logCrampNow();
        QuickLogDialog sheet(*window->undoable(), NightClock(), *diary->episode(id));
        settle(&sheet);
        const QStringList quickLog = cutTexts(&sheet);
        EXPECT_TRUE(quickLog.isEmpty()) << quickLog.join(u'\n').toStdString();
        sheet.reject();
    }
    window->textSize()->normal();
}

// The German examples: the diary's column headers („Schweregrad“, „Ärztlich
// abklären“) and the medicines' („Eingenommen“) were cut, and stayed at their widths when
// the text grew. Every page and dialog, with no widget drawn over another at 100%.
TEST_F(UiFixture, ColumnHeadersFitInBothLanguagesAtEveryTextSize)
{
    DemoDiaryGenerator::Options options;
    options.nights = 60;
    options.lastNight = QDate(2026, 12, 5);
    DemoDiaryGenerator::generate(*diary, options);
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
        QTranslator german;
        if (language == QLatin1StringView("de")) {
            ASSERT_TRUE(german.load(QStringLiteral(":/i18n/cramp-diary_de.qm")));
            QCoreApplication::installTranslator(&german);
        }
        makeWindow();
        for (double scale : { 1.0, 1.5, 2.0 }) {
            SCOPED_TRACE(testing::Message() << language.toStdString() << " " << scale);
            window->textSize()->setScale(scale);
            window->resize(1280, 900);
            for (const QString &view : { QStringLiteral("diary"), QStringLiteral("medicines") }) {
                const std::unique_ptr<QDialog> dialog = WindowScreenshot::show(*window, view);
                QWidget *shown = dialog ? static_cast<QWidget *>(dialog.get()) : window.get();
                settle(shown);
                QStringList headers = cutTexts(shown).filter(QStringLiteral("column header"));
                EXPECT_TRUE(headers.isEmpty()) << view.toStdString() << "\n" << headers.join(u'\n').toStdString();
                if (scale == 1.0) {
                    const QStringList over = TextFit::overlaps(shown);
                    EXPECT_TRUE(over.isEmpty()) << view.toStdString() << "\n" << over.join(u'\n').toStdString();
                }
            }
        }
        window->textSize()->normal();
        QCoreApplication::removeTranslator(&german);
    }
}

// Home's last two weeks are read and seen in night order: the last seven nights down the
// first column, the seven before down the second; a night without a check-in says so to a
// screen reader rather than being a blank cell.
TEST_F(UiFixture, HomesTwoWeeksGoDownNightByNight)
{
    RecentNights nights;
    QList<RecentNights::Night> list;
    for (int i = 0; i < RecentNights::Nights; ++i)
        list.append({ QDate(2026, 12, 5).addDays(-i), QStringLiteral("no cramp"), false, i % 2 == 0 });
    nights.setNights(list);
    nights.resize(900, 400);
    settle(&nights);
    const QList<QLabel *> labels = nights.findChildren<QLabel *>(); // day, what, evening per night
    ASSERT_EQ(labels.size(), 3 * RecentNights::Nights);
    const auto day = [&](int night) { return labels[3 * night]->mapTo(&nights, QPoint(0, 0)); };
    for (int i = 0; i + 1 < RecentNights::Nights / 2; ++i) {
        EXPECT_GT(day(i + 1).y(), day(i).y()) << i;
        EXPECT_EQ(day(i + 1).x(), day(i).x()) << i;
    }
    EXPECT_GT(day(7).x(), day(6).x());
    EXPECT_EQ(day(7).y(), day(0).y());
    EXPECT_EQ(labels[3 * 1 + 2]->accessibleName(), QStringLiteral("not checked in"));
    EXPECT_EQ(labels[3 * 0 + 2]->text(), QStringLiteral("checked in"));

    // Too narrow for both weeks side by side: the second goes below the first, still in
    // night order, and is given the height it needs.
    const int narrow = nights.minimumSizeHint().width();
    ASSERT_LT(narrow, 900 / 2);
    nights.resize(narrow, nights.heightForWidth(narrow));
    settle(&nights);
    EXPECT_EQ(day(7).x(), day(0).x());
    EXPECT_GT(day(7).y(), day(6).y());
    EXPECT_LE(labels.last()->mapTo(&nights, QPoint(0, labels.last()->height())).y(), nights.height());
}
