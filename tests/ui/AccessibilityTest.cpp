#include "UiFixture.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "ui/logging/CheckinDialog.h"
#include "ui/logging/EpisodeEditorDialog.h"
#include "ui/logging/QuickLogDialog.h"
#include "ui/manage/FactorManagerDialog.h"
#include "ui/manage/MedicationEditDialog.h"
#include "ui/manage/MedicationManagerDialog.h"
#include "ui/manage/UntrackedPeriodsDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/undo/UndoableDiary.h"
#include "ui/window/WindowScreenshot.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>

namespace {
// Every control a keyboard can reach has a name a screen reader can say.
void expectNamedAndReachable(QWidget &top)
{
    top.show();
    int controls = 0;
    for (QWidget *widget : top.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&top) || widget->focusPolicy() == Qt::NoFocus || widget->focusProxy())
            continue;
        const bool plainScrollArea = widget->inherits("QAbstractScrollArea") && !widget->inherits("QAbstractItemView")
                && !widget->inherits("QPlainTextEdit") && !widget->inherits("QTextEdit");
        if (qobject_cast<QMenuBar *>(widget) || plainScrollArea)
            continue;
        if (widget->parentWidget() && widget->parentWidget()->inherits("QAbstractSpinBox"))
            continue; // the spin box's own line edit
        if (widget->parentWidget() && widget->parentWidget()->inherits("QComboBox"))
            continue;
        if (QString::fromLatin1(widget->metaObject()->className()).startsWith(QStringLiteral("QCalendar")))
            continue;
        ++controls;
        QString name = widget->accessibleName();
        if (name.isEmpty())
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                name = button->text().remove(QLatin1Char('&'));
        EXPECT_FALSE(name.trimmed().isEmpty())
                << top.metaObject()->className() << ": unnamed " << widget->metaObject()->className() << " "
                << widget->objectName().toStdString();
        EXPECT_TRUE(widget->focusPolicy() & Qt::TabFocus)
                << top.metaObject()->className() << ": " << name.toStdString() << " cannot be reached with Tab";
    }
    EXPECT_GT(controls, 2) << top.metaObject()->className();
}
} // namespace

TEST_F(UiFixture, EveryControlHasANameAndIsReachableByKeyboard)
{
    diary->addMedication(
            { 0, QStringLiteral("Atorvastatin"), DrugClass::Statin, {}, { { QDate(2026, 1, 1), std::nullopt } } });
    Factor own { 0, {}, QStringLiteral("Tonic water"), FactorKind::YesNo, {}, {}, false, {} };
    diary->addFactor(own);
    for (int page = 0; page < 6; ++page) { // home, diary, charts, insights, guidance, report
        window->showPage(page);
        expectNamedAndReachable(*window);
    }
    UntrackedPeriodsDialog untracked(*diary, QDate(2026, 11, 1), QDate(2026, 11, 3));
    expectNamedAndReachable(untracked);
    Episode sample = episodeAt("2026-11-20T03:00:00+01:00");
    QuickLogDialog quick(*window->undoable(), NightClock(), sample);
    expectNamedAndReachable(quick);
    EpisodeEditorDialog editor(sample);
    expectNamedAndReachable(editor);
    CheckinDialog checkin(*diary, *settings, QDate(2026, 11, 20));
    expectNamedAndReachable(checkin);
    MedicationManagerDialog medicines(*diary);
    expectNamedAndReachable(medicines);
    MedicationEditDialog medicine(diary->medications().first());
    expectNamedAndReachable(medicine);
    FactorManagerDialog factors(*diary);
    expectNamedAndReachable(factors);
    SettingsDialog settingsDialog(*settings, *nightRule, diary->path());
    expectNamedAndReachable(settingsDialog);
}

TEST_F(UiFixture, EveryActionHasAShortcutShownInItsMenu)
{
    QStringList missing;
    for (QAction *menuAction : window->menuBar()->actions()) {
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->isSeparator() || action->text().contains(QStringLiteral("About")))
                continue;
            if (action->shortcut().isEmpty())
                missing.append(action->text());
        }
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(window->logCrampAction()->shortcuts().first(), QKeySequence(Qt::Key_L));
    EXPECT_EQ(window->checkinAction()->shortcuts().first(), QKeySequence(Qt::Key_E));
}

// A screen reader reads what a content label says ("No cramps logged"), with what it is as
// its description; Tab leaves a table instead of walking its cells; links in labels can be
// reached with Tab and followed with Enter.
TEST_F(UiFixture, ContentIsReadAsTextTablesAreLeftWithTabAndLinksTakeTheKeyboard)
{
    window->showPage(0);
    window->show();
    QLabel *lastNight = nullptr;
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->accessibleDescription() == QStringLiteral("Last night"))
            lastNight = label;
    ASSERT_NE(lastNight, nullptr);
    QAccessibleInterface *read = QAccessible::queryAccessibleInterface(lastNight);
    ASSERT_NE(read, nullptr);
    EXPECT_EQ(read->text(QAccessible::Name), lastNight->text());
    EXPECT_TRUE(read->text(QAccessible::Name).contains(QStringLiteral("No cramps")))
            << read->text(QAccessible::Name).toStdString();

    diary->addMedication({ 0, QStringLiteral("Atorvastatin"), DrugClass::Statin, {}, {} });
    MedicationManagerDialog medicines(*diary);
    for (QWidget *top : { static_cast<QWidget *>(window.get()), static_cast<QWidget *>(&medicines) })
        for (QAbstractItemView *view : top->findChildren<QAbstractItemView *>())
            EXPECT_FALSE(view->tabKeyNavigation()) << view->accessibleName().toStdString();
    int linkLabels = 0;
    for (QWidget *top : { static_cast<QWidget *>(window.get()), static_cast<QWidget *>(&medicines) }) {
        for (QLabel *label : top->findChildren<QLabel *>()) {
            const QString what = label->accessibleDescription();
            if (what == QStringLiteral("Something to mention to a clinician")
                || what == QStringLiteral("Note about the medicine")) {
                ++linkLabels;
                EXPECT_TRUE(label->textInteractionFlags() & Qt::LinksAccessibleByKeyboard) << what.toStdString();
            }
        }
    }
    EXPECT_EQ(linkLabels, 2);
}

// On Linux a drop-down's accessible name is its value; a screen reader says what it is from
// the label it is the buddy of, which Qt looks for among the drop-down's siblings only.
TEST_F(UiFixture, EveryDropDownOnEveryPageAndDialogHasALabel)
{
    DemoDiaryGenerator::Options options;
    options.nights = 60;
    options.lastNight = QDate::currentDate().addDays(-2);
    DemoDiaryGenerator::generate(*diary, options);
    window->show();
    int dropDowns = 0;
    for (const QString &view : WindowScreenshot::views()) {
        const std::unique_ptr<QDialog> dialog = WindowScreenshot::show(*window, view);
        QWidget *target = dialog ? static_cast<QWidget *>(dialog.get()) : window.get();
        for (QComboBox *combo : target->findChildren<QComboBox *>()) {
            if (!combo->isVisibleTo(target))
                continue;
            ++dropDowns;
            bool labelled = false;
            for (QObject *sibling : combo->parentWidget()->children())
                if (auto *label = qobject_cast<QLabel *>(sibling); label && label->buddy() == combo)
                    labelled = labelled || !label->text().remove(QLatin1Char('&')).trimmed().isEmpty();
            EXPECT_TRUE(labelled) << view.toStdString() << ": the drop-down showing \""
                                  << combo->currentText().toStdString() << "\" has no label";
        }
    }
    EXPECT_GT(dropDowns, 10);
}
