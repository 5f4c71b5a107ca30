#include "SpeakGerman.h"
#include "UiFixture.h"
#include "ui/home/HomeView.h"
#include "ui/logging/BedsideSheetActions.h"
#include "ui/logging/CheckinSummary.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/style/NightMode.h"
#include "ui/undo/UndoableDiary.h"
#include "ui/window/SectionList.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

TEST_F(UiFixture, HomeShowsLastNightThisWeekAndTheLastTwoWeeks)
{
    // Monday 23 November 2026, 20:00: last night is Sunday's, the week began on Monday the 23rd
    // with Monday first, so Sunday night belongs to the week before.
    nightRule->change(nightRule->boundaryHour(), nightRule->wakeUpHour(), Qt::Sunday);
    const QDate lastNight(2026, 11, 22);
    window->undoable()->addEpisodes({ episodeAt("2026-11-23T02:00:00+01:00", 7),
                                      episodeAt("2026-11-23T03:30:00+01:00", 4),
                                      episodeAt("2026-11-15T03:30:00+01:00", 4) });
    const qint64 water = diary->factorByKey(QStringLiteral("water_ml"))->id;
    diary->saveNightLog({ lastNight, {}, { { water, 900.0 } }, {}, {} });
    HomeView *home = window->homeView();
    home->setTimeSource([] { return at("2026-11-23T20:00:00+01:00"); });
    EXPECT_EQ(home->lastNightText(), QStringLiteral("2 cramps, worst 7/10"));
    EXPECT_TRUE(home->recentText().contains(QStringLiteral("Sun 22 Nov"))) << home->recentText().toStdString();
    EXPECT_TRUE(home->recentText().contains(QStringLiteral("2 cramps")));
    EXPECT_TRUE(home->recentText().contains(QStringLiteral("1 cramp, worst 4/10"))); // the 15th, singular
    EXPECT_TRUE(home->recentText().contains(QStringLiteral("checked in")));
    // The week (Sunday first) runs from Sunday the 22nd: Sunday night's two cramps.
    EXPECT_EQ(home->weekText(), QStringLiteral("2 cramps on 1 night"));
    EXPECT_TRUE(home->tonightText().contains(QStringLiteral("No check-in yet")));
}

TEST_F(UiFixture, CheckinSummariesReadAsPlainWords)
{
    const QList<Factor> factors = diary->factors();
    const auto key = [&](const char *k) { return diary->factorByKey(QString::fromLatin1(k))->id; };
    NightLog log { QDate(2026, 11, 20),
                   {},
                   { { key("water_ml"), 1250.0 },
                     { key("stretch_minutes"), 10.0 },
                     { key("sleep_position"), QStringLiteral("side") },
                     { key("alcohol"), true },
                     { key("caffeine"), false } },
                   {},
                   {} };
    EXPECT_EQ(CheckinSummary::describe(log, factors, {}, AppSettings::WaterUnit::Millilitres),
              QStringLiteral("1,250 ml water, stretched 10 min, on my side, alcohol")); // as entered
    EXPECT_EQ(CheckinSummary::describe(log, factors, {}, AppSettings::WaterUnit::FluidOunces),
              QStringLiteral("42 fl oz water, stretched 10 min, on my side, alcohol"));
    log.values.insert(key("supplement_vitamin_d"), true);
    log.values.insert(key("potassium_food"), true);
    EXPECT_TRUE(CheckinSummary::describe(log, factors, {}, AppSettings::WaterUnit::Millilitres)
                        .endsWith(QStringLiteral("alcohol, potassium-rich food, vitamin D supplement")))
            << "only the first letter is made small";

    // German writes its nouns with their capital inside a list too.
    QString deutsch;
    {
        const SpeakGerman german;
        ASSERT_TRUE(german.loaded());
        deutsch = CheckinSummary::describe(log, factors, {}, AppSettings::WaterUnit::Millilitres);
    }
    EXPECT_TRUE(deutsch.contains(QStringLiteral(", Alkohol, Kaliumreiche Kost, Vitamin-D-Präparat")))
            << deutsch.toStdString();
}

TEST_F(UiFixture, SettingsAreKeptAndNightModeDimsThePalette)
{
    SettingsDialog dialog(*settings, *nightRule, diary->path());
    dialog.boundaryHour()->setValue(15);
    dialog.waterUnit()->setCurrentIndex(dialog.waterUnit()->findData(int(AppSettings::WaterUnit::FluidOunces)));
    dialog.firstDay()->setCurrentIndex(dialog.firstDay()->findData(int(Qt::Sunday)));
    dialog.nightMode()->setCurrentIndex(dialog.nightMode()->findData(int(AppSettings::NightMode::Automatic)));
    dialog.accept();
    AppSettings reread(temp.dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_EQ(reread.nightBoundaryHour(), 15);
    EXPECT_EQ(reread.waterUnit(), AppSettings::WaterUnit::FluidOunces);
    EXPECT_EQ(reread.firstDayOfWeek(), Qt::Sunday);
    EXPECT_EQ(reread.nightMode(), AppSettings::NightMode::Automatic);

    const QColor day = QApplication::palette().color(QPalette::Window);
    window->nightModeAction()->trigger();
    const QColor night = QApplication::palette().color(QPalette::Window);
    // Switched by hand, the choice is the setting, so Settings shows what is on screen.
    EXPECT_EQ(settings->nightMode(), AppSettings::NightMode::On);
    SettingsDialog shown(*settings, *nightRule, diary->path());
    EXPECT_EQ(AppSettings::NightMode(shown.nightMode()->currentData().toInt()), AppSettings::NightMode::On);
    EXPECT_LT(night.lightness(), 40);
    EXPECT_LT(night.blue(), night.red()); // warm, little blue light
    window->nightModeAction()->trigger();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), day);
    EXPECT_EQ(settings->nightMode(), AppSettings::NightMode::Off);

    EXPECT_TRUE(NightMode::isNightHour(23, 22, 7));
    EXPECT_TRUE(NightMode::isNightHour(3, 22, 7));
    EXPECT_FALSE(NightMode::isNightHour(7, 22, 7));
    EXPECT_FALSE(NightMode::isNightHour(12, 22, 7));
    EXPECT_TRUE(NightMode::isNightHour(1, 0, 6));
}

TEST_F(UiFixture, ARefusedWriteSaysWhyAndKeepsWhatWasThere)
{
    diary->addEpisode(episodeAt("2026-11-20T02:00:00+01:00", 6));
    window.reset();
    diary.reset();
    ASSERT_TRUE(QFile::setPermissions(temp.path, QFileDevice::ReadOwner));
    diary = temp.open();
    ASSERT_TRUE(diary->isReadOnly());
    makeWindow();
    EXPECT_FALSE(window->logCrampAction()->isEnabled());
    EXPECT_FALSE(window->checkinAction()->isEnabled());
    QString shown;
    onNextDialog<QMessageBox>([&](QMessageBox *box) {
        shown = box->text();
        box->done(QMessageBox::Ok);
    });
    EXPECT_EQ(window->logCrampNow(), 0);
    EXPECT_TRUE(shown.contains(QStringLiteral("viewing only"))) << shown.toStdString();
    EXPECT_EQ(diary->episodeCount(), 1);
}

TEST_F(UiFixture, TheWindowFitsTheScreenAndReopensWhereItWasLeft)
{
    // The offscreen screen is smaller than the window's usual size: the window fits it.
    const QRect available = window->screen()->availableGeometry();
    EXPECT_LE(window->frameGeometry().width(), available.width());
    EXPECT_LE(window->frameGeometry().height(), available.height());
    window->show();
    window->resize(900, 580);
    window->move(available.topLeft() + QPoint(20, 30));
    window->close();
    makeWindow();
    EXPECT_EQ(window->size(), QSize(900, 580));
}

TEST_F(UiFixture, AYoungDiarySaysOnceWhenItBeganInsteadOfOnEveryEarlierNight)
{
    window->undoable()->addEpisodes({ episodeAt("2026-11-21T03:00:00+01:00", 5) }); // the night of Fri 20 Nov
    HomeView *home = window->homeView();
    home->setTimeSource([] { return at("2026-11-23T20:00:00+01:00"); });
    const QString recent = home->recentText();
    EXPECT_EQ(recent.count(QStringLiteral("began")), 1) << recent.toStdString();
    EXPECT_TRUE(recent.contains(QStringLiteral("Your diary began on the night of Fri 20 Nov"))) << recent.toStdString();
    EXPECT_FALSE(recent.contains(QStringLiteral("Thu 19 Nov"))) << recent.toStdString(); // before it: blank
    EXPECT_TRUE(recent.contains(QStringLiteral("Sat 21 Nov, no cramp"))) << recent.toStdString();
}

TEST_F(UiFixture, ALetterTypedOnTheSectionListOpensNoOtherSection)
{
    window->show();
    QApplication::setActiveWindow(window.get());
    auto *sections = window->findChild<SectionList *>();
    ASSERT_NE(sections, nullptr);
    sections->setFocus();
    sections->setCurrentRow(MainWindow::HomePage);
    for (const Qt::Key key : { Qt::Key_R, Qt::Key_G, Qt::Key_I, Qt::Key_D, Qt::Key_S })
        QTest::keyClick(sections, key);
    EXPECT_EQ(sections->currentRow(), int(MainWindow::HomePage));
    QTest::keyClick(sections, Qt::Key_Down); // arrows still move between sections
    EXPECT_EQ(sections->currentRow(), int(MainWindow::DiaryPage));
}

TEST_F(UiFixture, TheWakeUpHourIsASettingKeptAtOrBeforeTheBoundary)
{
    SettingsDialog dialog(*settings, *nightRule, diary->path());
    EXPECT_EQ(dialog.wakeUpHour()->value(), 6);
    dialog.wakeUpHour()->setValue(8);
    dialog.boundaryHour()->setValue(7); // the morning cannot come after the night has ended
    EXPECT_EQ(dialog.wakeUpHour()->value(), 7);
    dialog.boundaryHour()->setValue(18);
    dialog.wakeUpHour()->setValue(9);
    dialog.accept();
    EXPECT_EQ(settings->wakeUpHour(), 9);
    EXPECT_EQ(nightRule->wakeUpHour(), 9);
    EXPECT_EQ(nightRule->boundaryHour(), 18);
    // Up at 09:00: at 08:59 last night is not counted yet, at 09:00 it is.
    EXPECT_EQ(nightRule->clock().lastSleptNight(at("2026-12-02T08:59:00Z")), QDate(2026, 11, 30));
    EXPECT_EQ(nightRule->clock().lastSleptNight(at("2026-12-02T09:00:00Z")), QDate(2026, 12, 1));
}

TEST_F(UiFixture, TheFileMenuPrintsAndSavesABedsideSheet)
{
    QStringList fileMenu;
    for (QAction *menu : window->menuBar()->actions())
        if (menu->text() == QStringLiteral("&File"))
            for (QAction *item : menu->menu()->actions())
                fileMenu << item->text();
    EXPECT_TRUE(fileMenu.contains(QStringLiteral("&Print a bedside sheet\u2026"))) << fileMenu.join(u'|').toStdString();
    EXPECT_TRUE(fileMenu.contains(QStringLiteral("Save a bedside sheet as P&DF\u2026")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    ASSERT_TRUE(window->bedsideSheet()->save(pdf));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Bedside sheet")));

    // A folder that does not exist: said, and nothing claimed.
    QString said;
    onNextDialog<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        box->done(0);
    });
    EXPECT_FALSE(window->bedsideSheet()->save(dir.filePath(QStringLiteral("missing/sheet.pdf"))));
    EXPECT_TRUE(said.contains(QStringLiteral("Cannot write"))) << said.toStdString();
}
