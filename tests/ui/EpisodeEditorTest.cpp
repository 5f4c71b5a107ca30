#include "UiFixture.h"
#include "ui/guidance/RedFlagAlertDialog.h"
#include "ui/logging/EpisodeEditorDialog.h"
#include "ui/undo/UndoableDiary.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace {
template<typename W>
W *field(QWidget &dialog, const QString &accessibleName)
{
    for (W *widget : dialog.findChildren<W *>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    ADD_FAILURE() << "no field " << accessibleName.toStdString();
    return nullptr;
}
} // namespace

TEST_F(UiFixture, TheEditorShowsEachProblemNextToItsFieldAndSavesNothing)
{
    const qint64 id = diary->addEpisode(episodeAt("2026-11-20T03:00:00+01:00", 5));
    const Episode original = *diary->episode(id);
    bool checked = false;
    onNextDialog<EpisodeEditorDialog>([&](EpisodeEditorDialog *editor) {
        field<QDateTimeEdit>(*editor, QStringLiteral("Start time"))
                ->setDateTime(QDateTime::currentDateTime().addDays(1));
        field<QLineEdit>(*editor, QStringLiteral("Duration"))->setText(QStringLiteral("-5"));
        editor->accept();
        EXPECT_NE(editor->result(), QDialog::Accepted);
        EXPECT_TRUE(editor->problemText(QStringLiteral("start")).contains(QStringLiteral("future")));
        EXPECT_TRUE(editor->problemText(QStringLiteral("duration")).contains(QStringLiteral("between 0 and 24 hours")));
        field<QLineEdit>(*editor, QStringLiteral("Duration"))->setText(QStringLiteral("ninety"));
        editor->accept();
        EXPECT_TRUE(editor->problemText(QStringLiteral("duration")).contains(QStringLiteral("number")));
        checked = true;
        editor->reject();
    });
    window->editEpisode(id);
    ASSERT_TRUE(checked);
    EXPECT_EQ(*diary->episode(id), original);
    EXPECT_EQ(window->undoable()->stack()->count(), 0);
}

TEST_F(UiFixture, TheEditorSavesEveryFieldAndUndoRestoresThem)
{
    const qint64 id = diary->addEpisode(episodeAt("2026-11-20T03:00:00+01:00", 5));
    onNextDialog<EpisodeEditorDialog>([&](EpisodeEditorDialog *editor) {
        field<QDateTimeEdit>(*editor, QStringLiteral("Start time"))
                ->setDateTime(QDateTime(QDate(2026, 11, 20), QTime(2, 40)));
        field<QLineEdit>(*editor, QStringLiteral("Duration"))->setText(QStringLiteral("3"));
        field<QComboBox>(*editor, QStringLiteral("Duration unit"))->setCurrentIndex(1); // minutes
        field<QSpinBox>(*editor, QStringLiteral("Severity, 0 to 10"))->setValue(9);
        field<QComboBox>(*editor, QStringLiteral("Leg"))->setCurrentIndex(2); // Right
        field<QComboBox>(*editor, QStringLiteral("Muscle"))->setCurrentIndex(2); // Foot
        field<QComboBox>(*editor, QStringLiteral("Woke me from sleep"))->setCurrentIndex(1);
        field<QSpinBox>(*editor, QStringLiteral("Sleep disturbance, 0 to 10"))->setValue(7);
        field<QComboBox>(*editor, QStringLiteral("Sore afterwards"))->setCurrentIndex(2);
        field<QCheckBox>(*editor, QStringLiteral("Tried: Stretched the muscle"))->setChecked(true);
        field<QComboBox>(*editor, QStringLiteral("Did stretched the muscle help?"))->setCurrentIndex(1);
        field<QCheckBox>(*editor, QStringLiteral("Tried: Heat"))->setChecked(true);
        field<QComboBox>(*editor, QStringLiteral("Did heat help?"))->setCurrentIndex(2);
        field<QCheckBox>(*editor, QStringLiteral("Warning sign: Swelling of the leg"))->setChecked(true);
        field<QPlainTextEdit>(*editor, QStringLiteral("Notes"))
                ->setPlainText(QStringLiteral("Toes curled, line 1\nline 2"));
        editor->accept();
        // Swelling is a warning sign: the alert follows the save at once.
        onNextDialog<RedFlagAlertDialog>([](RedFlagAlertDialog *alert) { alert->accept(); });
    });
    window->editEpisode(id);
    const Episode saved = *diary->episode(id);
    EXPECT_EQ(saved.start, at("2026-11-20T02:40:00+01:00"));
    EXPECT_EQ(saved.durationSeconds, 180);
    EXPECT_EQ(saved.severity, 9);
    EXPECT_EQ(saved.leg, Leg::Right);
    EXPECT_EQ(saved.muscle, Muscle::Foot);
    EXPECT_EQ(saved.wokeFromSleep, true);
    EXPECT_EQ(saved.sleepDisturbance, 7);
    EXPECT_EQ(saved.sorenessAfter, false);
    EXPECT_EQ(saved.reliefs, (QList<ReliefTried> { { Relief::Stretch, true }, { Relief::Heat, false } }));
    EXPECT_EQ(saved.warningSigns, QList<WarningSign> { WarningSign::Swelling });
    EXPECT_EQ(saved.notes, QStringLiteral("Toes curled, line 1\nline 2"));

    window->undoAction()->trigger();
    EXPECT_EQ(diary->episode(id)->severity, 5);
    EXPECT_TRUE(diary->episode(id)->reliefs.isEmpty());
    window->redoAction()->trigger();
    EXPECT_EQ(*diary->episode(id), saved);
}

TEST_F(UiFixture, ANewCrampWithDetailsIsAddedOnlyWhenValid)
{
    onNextDialog<EpisodeEditorDialog>([&](EpisodeEditorDialog *editor) {
        field<QLineEdit>(*editor, QStringLiteral("Duration"))->setText(QStringLiteral("4"));
        field<QSpinBox>(*editor, QStringLiteral("Severity, 0 to 10"))->setValue(3);
        editor->accept();
    });
    window->addDetailedAction()->trigger();
    ASSERT_EQ(diary->episodeCount(), 1);
    EXPECT_EQ(diary->allEpisodes().first().durationSeconds, 4 * 60); // minutes unless told otherwise
    EXPECT_EQ(diary->allEpisodes().first().muscle, Muscle::Calf);
}
