#include "UiFixture.h"
#include "WaitFor.h"
#include "ui/home/HomeView.h"
#include "ui/logging/LoggingFlow.h"
#include "ui/logging/QuickLogDialog.h"
#include "ui/undo/UndoableDiary.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUndoStack>

namespace {
void showActive(QWidget *sheet)
{
    sheet->show();
    QApplication::setActiveWindow(sheet);
    ASSERT_TRUE(QTest::qWaitForWindowActive(sheet));
}
} // namespace

TEST_F(UiFixture, OneKeystrokeRecordsACrampAndTheSheetAddsDetails)
{
    window->show();
    QApplication::setActiveWindow(window.get());
    bool sheetSeen = false;
    onNextDialog<QuickLogDialog>([&](QuickLogDialog *sheet) {
        sheetSeen = true;
        // The cramp is already in the diary while the sheet is open.
        EXPECT_EQ(diary->episodeCount(), 1);
        sheet->chooseSeverity(8);
        sheet->chooseLeg(Leg::Right);
        sheet->accept();
    });
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    QTest::keyClick(window.get(), Qt::Key_L);
    ASSERT_TRUE(sheetSeen);
    const QList<Episode> all = diary->allEpisodes();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().severity, 8);
    EXPECT_EQ(all.first().leg, Leg::Right);
    EXPECT_FALSE(all.first().muscle.has_value()); // nothing is guessed for the person
    EXPECT_GE(all.first().start, before);
    EXPECT_EQ(all.first().start.offsetFromUtc(), QDateTime::currentDateTime().offsetFromUtc());
}

TEST_F(UiFixture, ClosingTheSheetKeepsTheRecordedCramp)
{
    onNextDialog<QuickLogDialog>([](QuickLogDialog *sheet) { sheet->reject(); });
    window->logCrampAction()->trigger();
    ASSERT_EQ(diary->episodeCount(), 1);
    EXPECT_FALSE(diary->allEpisodes().first().severity.has_value());
}

TEST_F(UiFixture, DigitKeysChooseTheSeverity)
{
    const qint64 id = window->logCrampNow();
    QuickLogDialog sheet(*window->undoable(), NightClock(), *diary->episode(id));
    sheet.show();
    QApplication::setActiveWindow(&sheet);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&sheet));
    QTest::keyClick(&sheet, Qt::Key_6);
    sheet.accept();
    EXPECT_EQ(diary->episode(id)->severity, 6);
}

TEST_F(UiFixture, TheMorningCaseLogsSeveralCrampsAtAnEarlierTimeOfTheNight)
{
    // Recorded "now" at 08:10 in the morning; the person remembers two cramps at about 03:00.
    const QDateTime morning = at("2026-11-20T08:10:00+01:00");
    const qint64 id = window->undoable()->addEpisodes({ episodeAt("2026-11-20T08:10:00+01:00") }).first();
    Episode recorded = *diary->episode(id);
    ASSERT_EQ(recorded.start, morning);
    QuickLogDialog sheet(*window->undoable(), NightClock(12), recorded);
    sheet.chooseEarlierTime(QTime(3, 0), 2);
    sheet.chooseSeverity(6);
    sheet.chooseLeg(Leg::Left);
    sheet.accept();
    EXPECT_EQ(sheet.result(), QDialog::Accepted);
    const QList<Episode> night = diary->episodesInNights(QDate(2026, 11, 19), QDate(2026, 11, 19), NightClock(12));
    ASSERT_EQ(night.size(), 2);
    for (const Episode &e : night) {
        EXPECT_EQ(e.start, at("2026-11-20T03:00:00+01:00"));
        EXPECT_EQ(e.start.offsetFromUtc(), 3600);
        EXPECT_EQ(e.severity, 6);
        EXPECT_EQ(e.leg, Leg::Left);
    }
    // One undo removes the second cramp, the next restores the first one's details.
    window->undoable()->undo();
    EXPECT_EQ(diary->episodeCount(), 1);
    window->undoable()->undo();
    EXPECT_EQ(diary->episode(id)->start, morning);
    EXPECT_EQ(diary->episode(id)->severity, 5);
    EXPECT_FALSE(diary->episode(id)->leg.has_value());
}

TEST_F(UiFixture, ATimeThatHasNotComeYetIsRefusedNextToTheField)
{
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 id = window->logCrampNow();
    // With the boundary three hours ahead, one hour from now is later in this same night.
    const NightClock clock((now.time().hour() + 3) % 24);
    QuickLogDialog sheet(*window->undoable(), clock, *diary->episode(id));
    sheet.chooseEarlierTime(now.addSecs(3600).time());
    sheet.chooseSeverity(4);
    sheet.accept();
    EXPECT_NE(sheet.result(), QDialog::Accepted);
    const auto problem = sheet.findChild<QLabel *>(QStringLiteral("problem"));
    ASSERT_NE(problem, nullptr);
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("not come yet")));
    EXPECT_FALSE(diary->episode(id)->severity.has_value()); // nothing saved
}

TEST_F(UiFixture, SeverityEightRightCalfTakesFourKeysAfterL)
{
    window->show();
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    onNextDialog<QuickLogDialog>([&](QuickLogDialog *sheet) {
        showActive(sheet);
        const auto hint = sheet->findChild<QLabel *>(QStringLiteral("keysHint"));
        ASSERT_NE(hint, nullptr);
        EXPECT_TRUE(hint->text().contains(QStringLiteral("1 then 0 for 10"))) << hint->text().toStdString();
        for (const auto key : { Qt::Key_8, Qt::Key_R, Qt::Key_C, Qt::Key_Return })
            QTest::keyClick(QApplication::focusWidget(), key);
        EXPECT_FALSE(sheet->isVisible()); // Enter closed it
    });
    QTest::keyClick(window.get(), Qt::Key_L);
    const QList<Episode> all = diary->allEpisodes();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().severity, 8);
    EXPECT_EQ(all.first().leg, Leg::Right);
    EXPECT_EQ(all.first().muscle, Muscle::Calf);
}

TEST_F(UiFixture, OneThenZeroIsTenAndEveryLetterChoosesItsTarget)
{
    const qint64 id = window->logCrampNow();
    QuickLogDialog sheet(*window->undoable(), NightClock(), *diary->episode(id));
    showActive(&sheet);
    QTest::keyClick(&sheet, Qt::Key_1);
    QTest::keyClick(&sheet, Qt::Key_0);
    QTest::keyClick(&sheet, Qt::Key_B);
    QTest::keyClick(&sheet, Qt::Key_K);
    QTest::keyClick(&sheet, Qt::Key_Enter);
    EXPECT_EQ(sheet.result(), QDialog::Accepted);
    EXPECT_EQ(diary->episode(id)->severity, 10);
    EXPECT_EQ(diary->episode(id)->leg, Leg::Both);
    EXPECT_EQ(diary->episode(id)->muscle, Muscle::ThighBack);
}

TEST_F(UiFixture, ZeroOnItsOwnIsZero)
{
    const qint64 id = window->logCrampNow();
    QuickLogDialog sheet(*window->undoable(), NightClock(), *diary->episode(id));
    showActive(&sheet);
    QTest::keyClick(&sheet, Qt::Key_3);
    QTest::keyClick(&sheet, Qt::Key_0);
    QTest::keyClick(&sheet, Qt::Key_Return);
    EXPECT_EQ(diary->episode(id)->severity, 0);
}

TEST_F(UiFixture, EscapeClosesTheSheetAndKeepsWhatWasChosen)
{
    const qint64 id = window->logCrampNow();
    QuickLogDialog sheet(*window->undoable(), NightClock(), *diary->episode(id));
    showActive(&sheet);
    QTest::keyClick(&sheet, Qt::Key_7);
    QTest::keyClick(&sheet, Qt::Key_L);
    QTest::keyClick(&sheet, Qt::Key_F);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_FALSE(sheet.isVisible());
    EXPECT_EQ(diary->episode(id)->severity, 7);
    EXPECT_EQ(diary->episode(id)->leg, Leg::Left);
    EXPECT_EQ(diary->episode(id)->muscle, Muscle::Foot);
    EXPECT_EQ(diary->episodeCount(), 1);
}

namespace {
// The sheet at 08:10 on Friday 20 November 2026 (noon boundary): the night of Thursday the 19th.
const QDateTime MorningOfThe20th = at("2026-11-20T08:10:00+01:00");
QuickLogDialog::Now fixedNow(const QDateTime &now)
{
    return [now] { return now; };
}
} // namespace

TEST_F(UiFixture, KeysOnlyLogACrampAtATypedTimeOfThisNight)
{
    // L, Alt+E, 0400, Enter: a cramp at 04:00 of this night, nothing taken as a sheet key.
    window->logging()->setTimeSource(fixedNow(MorningOfThe20th));
    window->show();
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    onNextDialog<QuickLogDialog>([&](QuickLogDialog *sheet) {
        showActive(sheet);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::AltModifier);
        // A mnemonic clicks with a short animation; then the cursor is in the time.
        ASSERT_TRUE(waitFor([] { return qobject_cast<QLineEdit *>(QApplication::focusWidget()) != nullptr; }));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0400"));
        const auto reading = sheet->findChild<QLabel *>(QStringLiteral("reading"));
        ASSERT_NE(reading, nullptr);
        EXPECT_EQ(reading->text(), QStringLiteral("= 04:00, the night of Thu 19 Nov")); // shown before it is saved
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        EXPECT_FALSE(sheet->isVisible());
    });
    QTest::keyClick(window.get(), Qt::Key_L);
    const QList<Episode> all = diary->allEpisodes();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().start, at("2026-11-20T04:00:00+01:00"));
    EXPECT_FALSE(all.first().severity.has_value()); // the digits went into the time, not the severity
}

TEST_F(UiFixture, EveryWayOfTypingTheTimeIsRead)
{
    for (const char *typed : { "0400", "04:00", "4:00", "4", "4.00" }) {
        const qint64 id = window->undoable()->addEpisodes({ episodeAt("2026-11-20T08:10:00+01:00") }).first();
        QuickLogDialog sheet(*window->undoable(), NightClock(12), *diary->episode(id), nullptr,
                             fixedNow(MorningOfThe20th));
        showActive(&sheet);
        // Clicking the time field chooses "earlier" by itself.
        auto *time = sheet.findChild<QLineEdit *>();
        ASSERT_NE(time, nullptr);
        QTest::mouseClick(time, Qt::LeftButton);
        QTest::keyClicks(time, QString::fromLatin1(typed));
        QTest::keyClick(time, Qt::Key_Enter);
        EXPECT_EQ(sheet.result(), QDialog::Accepted) << typed;
        EXPECT_EQ(diary->episode(id)->start, at("2026-11-20T04:00:00+01:00")) << typed;
        diary->removeEpisode(id);
    }
}

TEST_F(UiFixture, TabPassingThroughTheTimeLeavesJustNowAndTypingThereMeansEarlier)
{
    const qint64 id = window->undoable()->addEpisodes({ episodeAt("2026-11-20T08:10:00+01:00") }).first();
    const auto now = [](QuickLogDialog &sheet) {
        const QList<QRadioButton *> radios = sheet.findChildren<QRadioButton *>();
        return *std::find_if(radios.cbegin(), radios.cend(), [](QRadioButton *r) {
            return r->accessibleName() == QStringLiteral("It happened just now");
        });
    };
    {
        QuickLogDialog sheet(*window->undoable(), NightClock(12), *diary->episode(id), nullptr,
                             fixedNow(MorningOfThe20th));
        showActive(&sheet);
        auto *time = sheet.findChild<QLineEdit *>();
        ASSERT_NE(time, nullptr);
        for (int i = 0; i < 40 && QApplication::focusWidget() != time; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        ASSERT_EQ(QApplication::focusWidget(), time) << "Tab reaches the time";
        EXPECT_TRUE(now(sheet)->isChecked()) << "Tab alone changes no answer";
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
        EXPECT_EQ(sheet.result(), QDialog::Accepted) << "Enter after Tab logs the cramp as recorded";
        EXPECT_EQ(diary->episode(id)->start, at("2026-11-20T08:10:00+01:00"));
    }
    QuickLogDialog sheet(*window->undoable(), NightClock(12), *diary->episode(id), nullptr, fixedNow(MorningOfThe20th));
    showActive(&sheet);
    auto *time = sheet.findChild<QLineEdit *>();
    time->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(time, QStringLiteral("0330"));
    EXPECT_FALSE(now(sheet)->isChecked()) << "a typed time means earlier this night";
    QTest::keyClick(time, Qt::Key_Enter);
    EXPECT_EQ(sheet.result(), QDialog::Accepted);
    EXPECT_EQ(diary->episode(id)->start, at("2026-11-20T03:30:00+01:00"));
}

TEST_F(UiFixture, EscapeKeepsATypedTimeAndNeverSilentlyDropsAnUnreadableOne)
{
    const qint64 id = window->undoable()->addEpisodes({ episodeAt("2026-11-20T08:10:00+01:00") }).first();
    {
        QuickLogDialog sheet(*window->undoable(), NightClock(12), *diary->episode(id), nullptr,
                             fixedNow(MorningOfThe20th));
        showActive(&sheet);
        sheet.startEarlier();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3:30"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        EXPECT_FALSE(sheet.isVisible());
        EXPECT_EQ(diary->episode(id)->start, at("2026-11-20T03:30:00+01:00"));
    }
    QuickLogDialog sheet(*window->undoable(), NightClock(12), *diary->episode(id), nullptr, fixedNow(MorningOfThe20th));
    showActive(&sheet);
    sheet.startEarlier();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("33:0"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_TRUE(sheet.isVisible()) << "the first Esc says what is wrong";
    const auto problem = sheet.findChild<QLabel *>(QStringLiteral("problem"));
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("\u201c33:0\u201d is not a time")))
            << problem->text().toStdString();
    EXPECT_TRUE(problem->text().contains(QStringLiteral("keeps 03:30")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_FALSE(sheet.isVisible());
    EXPECT_EQ(diary->episode(id)->start, at("2026-11-20T03:30:00+01:00"));
}

TEST_F(UiFixture, ATimeThatHasNotComeYetThisMorningIsRefused)
{
    // At 08:10, 09:00 has not come yet in this night.
    const qint64 id = window->undoable()->addEpisodes({ episodeAt("2026-11-20T08:10:00+01:00") }).first();
    QuickLogDialog sheet(*window->undoable(), NightClock(12), *diary->episode(id), nullptr, fixedNow(MorningOfThe20th));
    sheet.chooseEarlierTime(QTime(9, 0));
    sheet.accept();
    EXPECT_NE(sheet.result(), QDialog::Accepted);
    EXPECT_TRUE(sheet.findChild<QLabel *>(QStringLiteral("problem"))
                        ->text()
                        .contains(QStringLiteral("09:00 has not come yet")));
    diary->removeEpisode(id);
}

TEST_F(UiFixture, ASecondLWithinTwoMinutesAsksWhetherItIsTheSameCramp)
{
    QDateTime now = at("2026-11-20T03:05:00+01:00");
    window->logging()->setTimeSource([&now] { return now; });
    onNextDialog<QuickLogDialog>([](QuickLogDialog *sheet) {
        sheet->chooseSeverity(6);
        sheet->accept();
    });
    window->logCrampAction()->trigger();
    ASSERT_EQ(diary->episodeCount(), 1);

    // A minute later: asked; Enter (the default) means the same one, and its sheet reopens.
    now = now.addSecs(60);
    bool asked = false, reopened = false;
    onNextDialog<QMessageBox>([&](QMessageBox *box) {
        asked = true;
        EXPECT_TRUE(box->text().contains(QStringLiteral("03:05"))) << box->text().toStdString();
        ASSERT_NE(box->defaultButton(), nullptr);
        EXPECT_TRUE(box->defaultButton()->text().contains(QStringLiteral("same")));
        onNextDialog<QuickLogDialog>([&](QuickLogDialog *sheet) {
            reopened = true;
            EXPECT_TRUE(sheet->findChild<QLabel *>()->text().contains(QStringLiteral("03:05")));
            sheet->chooseSeverity(7);
            sheet->accept();
        });
        box->defaultButton()->click();
    });
    window->logCrampAction()->trigger();
    EXPECT_TRUE(asked);
    EXPECT_TRUE(reopened);
    ASSERT_EQ(diary->episodeCount(), 1);
    EXPECT_EQ(diary->allEpisodes().first().severity, 7);

    // "Another cramp" adds one.
    now = now.addSecs(30);
    onNextDialog<QMessageBox>([&](QMessageBox *box) {
        onNextDialog<QuickLogDialog>([](QuickLogDialog *sheet) { sheet->accept(); });
        for (QAbstractButton *button : box->buttons())
            if (button->text().contains(QStringLiteral("Another")))
                button->click();
    });
    window->logCrampAction()->trigger();
    EXPECT_EQ(diary->episodeCount(), 2);

    // Two minutes after that one, no question.
    now = now.addSecs(120);
    onNextDialog<QuickLogDialog>([](QuickLogDialog *sheet) { sheet->accept(); });
    window->logCrampAction()->trigger();
    EXPECT_EQ(diary->episodeCount(), 3);
}

TEST_F(UiFixture, ACrampAndWhatItsSheetAddedUndoAsOneStep)
{
    window->logging()->setTimeSource(fixedNow(MorningOfThe20th));
    onNextDialog<QuickLogDialog>([](QuickLogDialog *sheet) {
        sheet->chooseSeverity(6);
        sheet->chooseLeg(Leg::Left);
        sheet->chooseEarlierTime(QTime(3, 0), 2);
        sheet->accept();
    });
    const int before = window->undoable()->stack()->count();
    window->logCrampAction()->trigger();
    EXPECT_EQ(diary->episodeCount(), 2);
    EXPECT_EQ(window->undoable()->stack()->count(), before + 1);
    EXPECT_EQ(window->undoable()->stack()->undoText(), QStringLiteral("Log a cramp"));
    window->undoable()->undo();
    EXPECT_EQ(diary->episodeCount(), 0);
    window->undoable()->redo();
    ASSERT_EQ(diary->episodeCount(), 2);
    for (const Episode &e : diary->allEpisodes()) {
        EXPECT_EQ(e.start, at("2026-11-20T03:00:00+01:00"));
        EXPECT_EQ(e.severity, 6);
        EXPECT_EQ(e.leg, Leg::Left);
    }
}

TEST_F(UiFixture, TheTimeProblemIsFullyVisibleAndMnemonicsAreUnique)
{
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 id = window->logCrampNow();
    const NightClock clock((now.time().hour() + 3) % 24);
    QuickLogDialog sheet(*window->undoable(), clock, *diary->episode(id));
    showActive(&sheet);
    sheet.chooseEarlierTime(now.addSecs(3600).time());
    QTest::keyClick(&sheet, Qt::Key_Return);
    const auto problem = sheet.findChild<QLabel *>(QStringLiteral("problem"));
    ASSERT_NE(problem, nullptr);
    ASSERT_TRUE(problem->isVisible());
    const QRect inSheet(problem->mapTo(&sheet, QPoint(0, 0)), problem->size());
    EXPECT_TRUE(sheet.rect().contains(inSheet));
    EXPECT_GE(problem->height(), problem->heightForWidth(problem->width()));

    QSet<QChar> mnemonics;
    static const QRegularExpression amp(QStringLiteral("&([^&])"));
    QStringList texts;
    for (auto *button : sheet.findChildren<QAbstractButton *>())
        texts << button->text();
    for (auto *label : sheet.findChildren<QLabel *>())
        texts << label->text();
    for (const QString &text : texts) {
        const auto match = amp.match(text);
        if (!match.hasMatch())
            continue;
        const QChar key = match.captured(1).at(0).toLower();
        EXPECT_FALSE(mnemonics.contains(key)) << "Alt+" << QString(key).toStdString() << " twice";
        mnemonics.insert(key);
    }
    EXPECT_GE(mnemonics.size(), 4);
}

TEST_F(UiFixture, TheMorningCardRecordsAQuietNightInOneClickOrOpensTheSheetOnEarlier)
{
    HomeView *home = window->homeView();
    const QDate tuesday(2026, 11, 24);
    home->setTimeSource([&] { return QDateTime(tuesday, QTime(5, 0)); });
    window->show();
    EXPECT_FALSE(home->asksAboutLastNight()) << "before the wake-up hour the night is not over";
    home->setTimeSource([&] { return QDateTime(tuesday, QTime(8, 0)); });
    ASSERT_TRUE(home->asksAboutLastNight());

    // "Log cramps": the sheet opens on "earlier this night", the cursor in the time.
    bool sheetSeen = false;
    onNextDialog<QuickLogDialog>([&](QuickLogDialog *sheet) {
        sheetSeen = true;
        const auto radios = sheet->findChildren<QRadioButton *>();
        const auto earlier = std::find_if(radios.cbegin(), radios.cend(), [](QRadioButton *r) {
            return r->text().contains(QStringLiteral("Earlier"));
        });
        ASSERT_NE(earlier, radios.cend());
        EXPECT_TRUE((*earlier)->isChecked());
        EXPECT_NE(qobject_cast<QLineEdit *>(sheet->focusWidget()), nullptr);
        sheet->reject();
    });
    home->logLastNightButton()->click();
    EXPECT_TRUE(sheetSeen);
    // That cramp was logged at today's real time, not in the night under test: removed.
    for (const Episode &e : diary->allEpisodes())
        diary->removeEpisode(e.id);

    // "No cramps": Monday's night is recorded as quiet, and the card goes.
    home->noCrampsButton()->click();
    EXPECT_EQ(diary->noCrampNights(), QList<QDate>({ tuesday.addDays(-1) }));
    EXPECT_FALSE(home->asksAboutLastNight());
    EXPECT_EQ(home->lastNightText(), QStringLiteral("No cramps (recorded)"));

    // The next evening it asks about Tuesday's night; a check-in answers it as well.
    home->setTimeSource([&] { return QDateTime(tuesday.addDays(1), QTime(20, 0)); });
    EXPECT_TRUE(home->asksAboutLastNight());
    NightLog log;
    log.night = tuesday;
    log.checkedInAt = QDateTime(tuesday, QTime(21, 0));
    diary->saveNightLog(log);
    EXPECT_FALSE(home->asksAboutLastNight());
}

TEST_F(UiFixture, HomeNamesTheNightsByThePersonsDayWhateverTheBoundary)
{
    HomeView *home = window->homeView();
    window->show();
    const QDate tuesday(2026, 12, 1);
    struct Case {
        int boundary;
        QTime at;
        const char *title, *tonight;
    };
    const Case cases[] = {
        { 18, QTime(15, 0), "Last night (Monday 30 November)", "(Tue 1 Dec)" }, // before an evening boundary
        { 12, QTime(15, 0), "Last night (Monday 30 November)", "(Tue 1 Dec)" },
        { 12, QTime(9, 0), "Last night (Monday 30 November)", "(Tue 1 Dec)" }, // awake, before the boundary
        { 12, QTime(3, 0), "This night so far (Monday 30 November)", "(Mon 30 Nov)" }, // still that night
    };
    for (const Case &c : cases) {
        nightRule->change(c.boundary, NightClock::DefaultWakeUpHour, Qt::Monday);
        home->setTimeSource([&] { return QDateTime(tuesday, c.at); });
        EXPECT_EQ(home->lastNightTitle(), QString::fromUtf8(c.title)) << c.boundary << " " << c.at.hour();
        EXPECT_TRUE(home->tonightText().contains(QString::fromUtf8(c.tonight)))
                << c.boundary << " " << c.at.hour() << ": " << home->tonightText().toStdString();
    }
}

// A screen reader learns each target's key from its name or description, and hears what a
// key chose: the chosen target takes the focus.
TEST_F(UiFixture, EveryQuickLogTargetSaysItsKeyAndAKeyMovesTheFocusToItsChoice)
{
    const qint64 id = window->logCrampNow();
    QuickLogDialog sheet(*window->undoable(), NightClock(), *diary->episode(id));
    showActive(&sheet);
    int targets = 0;
    for (QPushButton *button : sheet.findChildren<QPushButton *>()) {
        if (!button->isCheckable())
            continue;
        ++targets;
        const QString spoken = button->accessibleName() + QLatin1Char(' ') + button->accessibleDescription();
        EXPECT_TRUE(spoken.contains(QRegularExpression(QStringLiteral("[Kk]eys? \\w")))) << spoken.toStdString();
    }
    EXPECT_EQ(targets, 11 + 3 + 6); // severities 0-10, three legs, six muscles
    QTest::keyClick(&sheet, Qt::Key_R);
    ASSERT_TRUE(QApplication::focusWidget());
    EXPECT_EQ(QApplication::focusWidget()->accessibleName(), QStringLiteral("Leg: Right, key R"));
    QTest::keyClick(&sheet, Qt::Key_7);
    EXPECT_EQ(QApplication::focusWidget()->accessibleName(), QStringLiteral("Severity 7 of 10"));
    EXPECT_EQ(QApplication::focusWidget()->accessibleDescription(), QStringLiteral("Key 7"));
    QTest::keyClick(&sheet, Qt::Key_Return);
    EXPECT_EQ(diary->episode(id)->severity, 7);
    EXPECT_EQ(diary->episode(id)->leg, Leg::Right);
}
