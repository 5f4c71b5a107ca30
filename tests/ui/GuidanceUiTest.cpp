#include "UiFixture.h"
#include "core/settings/ReminderTimer.h"
#include "ui/diary/DiaryTableModel.h"
#include "ui/guidance/GuidanceButton.h"
#include "ui/guidance/GuidanceView.h"
#include "ui/guidance/RedFlagAlertDialog.h"
#include "ui/guidance/TopicBrowser.h"
#include "ui/home/HomeView.h"
#include "ui/logging/CheckinDialog.h"
#include "ui/logging/EpisodeEditorDialog.h"
#include "ui/manage/MedicationEditDialog.h"
#include "ui/manage/MedicationManagerDialog.h"
#include "ui/settings/ReminderEditor.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/undo/UndoableDiary.h"
#include "ui/welcome/WelcomeDialog.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTreeWidget>

namespace {
QStringList guidanceButtonNames(QWidget &widget)
{
    QStringList names;
    for (GuidanceButton *button : widget.findChildren<GuidanceButton *>()) {
        EXPECT_TRUE(button->isEnabled()) << button->accessibleName().toStdString();
        names.append(button->accessibleName());
    }
    return names;
}
} // namespace

TEST_F(UiFixture, SavingACrampWithAWarningSignSaysAtOnceHowSoonToSeeAClinician)
{
    const qint64 id = diary->addEpisode(episodeAt("2026-11-20T03:00:00+01:00"));
    QList<RedFlagAlert> shown;
    onNextDialog<EpisodeEditorDialog>([&](EpisodeEditorDialog *editor) {
        for (QCheckBox *box : editor->findChildren<QCheckBox *>()) {
            if (box->accessibleName() == QStringLiteral("Warning sign: Swelling of the leg"))
                box->setChecked(true);
        }
        editor->accept();
        onNextDialog<RedFlagAlertDialog>([&](RedFlagAlertDialog *alert) {
            shown = alert->alerts();
            // The alert offers the guidance about these signs, its topic named to a screen reader.
            bool hasLink = false;
            for (QPushButton *button : alert->findChildren<QPushButton *>())
                hasLink = hasLink || button->accessibleName().startsWith(QStringLiteral("Read the guidance: "));
            EXPECT_TRUE(hasLink);
            alert->accept();
        });
    });
    window->editEpisode(id);
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.first().urgency, Urgency::SameDay);
    EXPECT_EQ(shown.first().headline, QStringLiteral("See a clinician today"));
    EXPECT_TRUE(diary->episode(id)->warningSigns.contains(WarningSign::Swelling)); // saved before the alert

    // Editing the same flagged cramp again (a note) raises no second alarm.
    onNextDialog<EpisodeEditorDialog>([](EpisodeEditorDialog *editor) { editor->accept(); });
    window->editEpisode(id);

    // The diary list marks it by how soon.
    DiaryTableModel model(*diary, *settings, *nightRule);
    const int row = model.rowOfEpisode(id);
    EXPECT_EQ(model.index(row, DiaryTableModel::SignsColumn).data().toString(), QStringLiteral("\u26a0 see today"));
    EXPECT_TRUE(model.index(row, 0).data(DiaryTableModel::HasWarningRole).toBool());
}

TEST_F(UiFixture, EveryItemOffersItsGuidanceWhereItAppears)
{
    CheckinDialog checkin(*diary, *settings, QDate(2026, 11, 20), nullptr, &window->guidance());
    const QStringList factorLinks = guidanceButtonNames(checkin);
    EXPECT_EQ(factorLinks.size(), diary->factors().size());
    EXPECT_TRUE(factorLinks.contains(QStringLiteral("Guidance about Water drunk")));

    EpisodeEditorDialog editor(episodeAt("2026-11-20T03:00:00+01:00"), nullptr, &window->guidance());
    const QStringList episodeLinks = guidanceButtonNames(editor);
    EXPECT_EQ(episodeLinks.size(), allValues<Relief>().size() + allValues<WarningSign>().size());
    EXPECT_TRUE(episodeLinks.contains(QStringLiteral("Guidance about Heat")));
    EXPECT_TRUE(episodeLinks.contains(QStringLiteral("Guidance about Pain brought on by walking")));
}

TEST_F(UiFixture, AMedicineLinkedToCrampsGetsACalmHintWithItsTopic)
{
    MedicationManagerDialog manager(*diary, nullptr, &window->guidance());
    QObject::connect(&manager, &MedicationManagerDialog::editorOpened, &manager, [](MedicationEditDialog *editor) {
        editor->nameEdit()->setText(QStringLiteral("Atorvastatin"));
        editor->classCombo()->setCurrentIndex(editor->classCombo()->findData(int(DrugClass::Statin)));
        editor->accept();
    });
    for (QAbstractButton *button : manager.findChildren<QAbstractButton *>()) {
        if (button->accessibleName() == QStringLiteral("Add a medicine"))
            button->click();
    }
    EXPECT_TRUE(manager.message().contains(QStringLiteral("topic:medicines")));
    EXPECT_TRUE(manager.message().contains(QStringLiteral("Do not stop or change a medicine without asking")));
}

TEST_F(UiFixture, TheGuidanceViewBrowsesSearchesAndFollowsLinks)
{
    GuidanceView *view = window->guidanceView();
    for (const GuidanceTopic &topic : window->guidance().topics()) {
        ASSERT_TRUE(view->showTopic(topic.id)) << topic.id.toStdString();
        const QString page = view->browser()->toPlainText();
        EXPECT_TRUE(page.contains(topic.title));
        EXPECT_TRUE(page.contains(QStringLiteral("not medical advice")));
        EXPECT_TRUE(page.contains(QStringLiteral("Where this comes from"))
                    || page.contains(QStringLiteral("do not cover")));
        if (!topic.outside.isEmpty()) {
            EXPECT_TRUE(page.contains(QStringLiteral("From clinical sources")));
        }
    }
    view->showTopic(QStringLiteral("stretching-before-bed"));
    EXPECT_TRUE(view->browser()->toHtml().contains(QStringLiteral("topic:stretch-during-a-cramp")));
    emit view->browser()->anchorClicked(QUrl(QStringLiteral("topic:stretch-during-a-cramp")));
    EXPECT_EQ(view->browser()->currentTopic(), QStringLiteral("stretch-during-a-cramp"));
    EXPECT_EQ(view->index()->currentItem()->text(0), QStringLiteral("Stretching and standing on the leg"));

    view->searchEdit()->setText(QStringLiteral("vitamin"));
    ASSERT_GE(view->index()->topLevelItemCount(), 1);
    EXPECT_EQ(view->index()->topLevelItem(0)->text(0), QStringLiteral("Vitamin D and sunlight"));
    view->searchEdit()->setText(QStringLiteral("xylophone"));
    EXPECT_TRUE(view->index()->topLevelItem(0)->text(0).contains(QStringLiteral("No topic")));
}

TEST_F(UiFixture, TheFirstStartWelcomesSetsTheNightAndTheReminderAndShowsOnce)
{
    QTemporaryDir config;
    int shown = 0;
    onNextDialog<WelcomeDialog>([&](WelcomeDialog *welcome) {
        ++shown;
        QStringList texts;
        for (const QLabel *label : welcome->findChildren<QLabel *>())
            texts << label->text();
        const QString all = texts.join(QLatin1Char(' '));
        EXPECT_TRUE(all.contains(QStringLiteral("not medical advice"))) << all.toStdString();
        EXPECT_TRUE(all.contains(QStringLiteral("belongs to Monday's night"))) << all.toStdString();
        welcome->boundaryHour()->setValue(15);
        // Night mode at night hours is offered, ticked; the person's answer is what is kept.
        EXPECT_TRUE(welcome->dimAtNight()->isChecked());
        EXPECT_TRUE(welcome->dimAtNight()->text().contains(QStringLiteral("Dim the window at night")));
        welcome->reminder()->useTimer(ReminderTimer(config.path()));
        welcome->reminder()->enabled()->setChecked(true);
        welcome->reminder()->time()->setTime(QTime(21, 45));
        // Medicines from the welcome go through the window's dialogs like any other.
        onNextDialog<MedicationManagerDialog>([](MedicationManagerDialog *dialog) { dialog->done(0); });
        welcome->openMedicines();
        welcome->accept();
    });
    window->showFirstRunNotice();
    window->showFirstRunNotice(); // a second dialog would fail the fixture
    EXPECT_EQ(shown, 1);
    EXPECT_TRUE(settings->disclaimerAccepted());
    EXPECT_EQ(nightRule->boundaryHour(), 15);
    EXPECT_EQ(settings->nightBoundaryHour(), 15);
    EXPECT_TRUE(settings->reminderEnabled());
    EXPECT_EQ(settings->reminderTime(), QTime(21, 45));
    EXPECT_EQ(settings->nightMode(), AppSettings::NightMode::Automatic);
    // The timer that reminds with the window closed is in place, at the chosen time.
    const ReminderTimer timer(config.path());
    ASSERT_TRUE(timer.isInstalled());
    QFile unit(timer.timerPath());
    ASSERT_TRUE(unit.open(QIODevice::ReadOnly));
    EXPECT_TRUE(unit.readAll().contains("OnCalendar=*-*-* 21:45:00"));
    QFile service(timer.servicePath());
    ASSERT_TRUE(service.open(QIODevice::ReadOnly));
    const QByteArray expected = QByteArray("remind --database \"") + diary->path().toUtf8() + "\"";
    const QByteArray serviceText = service.readAll();
    EXPECT_TRUE(serviceText.contains(expected));
    // After apt remove the units stay in the home folder: the missing program is skipped, not run.
    const QByteArray condition = "ConditionFileIsExecutable=" + QCoreApplication::applicationFilePath().toUtf8() + '\n';
    EXPECT_TRUE(serviceText.contains(condition)) << serviceText.toStdString();
    EXPECT_TRUE(QFileInfo(timer.enabledLinkPath()).isSymLink());
}

TEST_F(UiFixture, TurningTheReminderOffInSettingsRemovesItsTimer)
{
    QTemporaryDir config;
    const ReminderTimer timer(config.path());
    ASSERT_TRUE(timer.install(QStringLiteral("/usr/bin/cramp-diary"), diary->path(), QTime(21, 0)));
    settings->setReminderEnabled(true);
    SettingsDialog dialog(*settings, *nightRule, diary->path());
    dialog.reminder()->useTimer(timer);
    EXPECT_TRUE(dialog.reminder()->enabled()->isChecked());
    dialog.reminder()->enabled()->setChecked(false);
    dialog.accept();
    EXPECT_FALSE(settings->reminderEnabled());
    EXPECT_FALSE(timer.isInstalled());
    EXPECT_FALSE(QFileInfo::exists(timer.enabledLinkPath()));
    EXPECT_FALSE(QFileInfo::exists(timer.servicePath()));
}

TEST_F(UiFixture, HomeSuggestsMentioningCrampsThatComeMoreOften)
{
    QList<Episode> cramps;
    for (int night = 0; night < 28; night += 2) // every other night in the four weeks to the 22nd
        cramps.append(episodeAt(QDate(2026, 10, 26)
                                        .addDays(night + 1)
                                        .toString(Qt::ISODate)
                                        .append(QStringLiteral("T03:00:00+00:00"))
                                        .toLatin1()
                                        .constData()));
    window->undoable()->addEpisodes(cramps);
    HomeView *home = window->homeView();
    home->setTimeSource([] { return at("2026-11-23T20:00:00+00:00"); });
    EXPECT_TRUE(home->trendText().contains(QStringLiteral("Mention this at your next appointment")))
            << home->trendText().toStdString();
    EXPECT_TRUE(home->trendText().contains(QStringLiteral("14 in the last four weeks against 0")));
    QString requested;
    QObject::connect(home, &HomeView::guidanceRequested, home, [&](const QString &topic) { requested = topic; });
    window->showGuidance(QStringLiteral("when-to-see-a-clinician"));
    EXPECT_EQ(window->guidanceView()->browser()->currentTopic(), QStringLiteral("when-to-see-a-clinician"));
}
