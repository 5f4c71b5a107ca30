#include "UiFixture.h"
#include "ui/manage/FactorManagerDialog.h"
#include "ui/manage/MedicationEditDialog.h"
#include "ui/manage/MedicationManagerDialog.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

TEST_F(UiFixture, AMedicineIsAddedWithItsDatesAndACalmHint)
{
    MedicationManagerDialog manager(*diary);
    QObject::connect(&manager, &MedicationManagerDialog::editorOpened, &manager, [](MedicationEditDialog *editor) {
        editor->nameEdit()->setText(QStringLiteral("Bendroflumethiazide"));
        editor->classCombo()->setCurrentIndex(editor->classCombo()->findData(int(DrugClass::Diuretic)));
        editor->doseEdit()->setText(QStringLiteral("2.5 mg"));
        editor->periodStart(0)->setDate(QDate(2026, 3, 1));
        editor->periodStopped(0)->setChecked(true);
        editor->periodStop(0)->setDate(QDate(2026, 6, 30));
        editor->addPeriod({ QDate(2026, 9, 1), std::nullopt });
        editor->accept();
    });
    for (QAbstractButton *button : manager.findChildren<QAbstractButton *>()) {
        if (button->accessibleName() == QStringLiteral("Add a medicine"))
            button->click();
    }
    const QList<Medication> stored = diary->medications();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().name, QStringLiteral("Bendroflumethiazide"));
    EXPECT_EQ(stored.first().drugClass, DrugClass::Diuretic);
    EXPECT_EQ(stored.first().periods,
              (QList<MedicationPeriod> { { QDate(2026, 3, 1), QDate(2026, 6, 30) },
                                         { QDate(2026, 9, 1), std::nullopt } }));
    EXPECT_EQ(manager.table()->rowCount(), 1);
    EXPECT_TRUE(manager.message().contains(QStringLiteral("prescriber")));
    EXPECT_FALSE(manager.message().contains(QStringLiteral("stop taking")));
}

TEST_F(UiFixture, AMedicineWithoutANameOrWithBackwardDatesIsNotSaved)
{
    MedicationEditDialog editor(Medication {});
    editor.accept();
    EXPECT_NE(editor.result(), QDialog::Accepted);
    EXPECT_TRUE(editor.problem().contains(QStringLiteral("name")));
    editor.nameEdit()->setText(QStringLiteral("Atorvastatin"));
    editor.periodStart(0)->setDate(QDate(2026, 5, 1));
    editor.periodStopped(0)->setChecked(true);
    editor.periodStop(0)->setDate(QDate(2026, 4, 1));
    editor.accept();
    EXPECT_NE(editor.result(), QDialog::Accepted);
    EXPECT_TRUE(editor.problem().contains(QStringLiteral("stops before it starts")));
    editor.periodStop(0)->setDate(QDate(2026, 6, 1));
    editor.accept();
    EXPECT_EQ(editor.result(), QDialog::Accepted);
    EXPECT_TRUE(diary->medications().isEmpty()); // the editor itself never writes
}

TEST_F(UiFixture, OwnFactorsAreAddedRenamedAndRetired)
{
    FactorManagerDialog manager(*diary);
    EXPECT_FALSE(manager.addFactor());
    EXPECT_TRUE(manager.problem().contains(QStringLiteral("name")));

    manager.nameEdit()->setText(QStringLiteral("Shoes"));
    manager.kindCombo()->setCurrentIndex(manager.kindCombo()->findData(int(FactorKind::Choice)));
    manager.choicesEdit()->setText(QStringLiteral("Heels, Flats, Trainers"));
    ASSERT_TRUE(manager.addFactor());
    manager.nameEdit()->setText(QStringLiteral("Steps"));
    manager.kindCombo()->setCurrentIndex(manager.kindCombo()->findData(int(FactorKind::Number)));
    manager.unitEdit()->setText(QStringLiteral("steps"));
    ASSERT_TRUE(manager.addFactor());
    manager.nameEdit()->setText(QStringLiteral("shoes"));
    EXPECT_FALSE(manager.addFactor()); // same name, any case
    EXPECT_TRUE(manager.problem().contains(QStringLiteral("already")));
    ASSERT_EQ(manager.list()->count(), 2);

    manager.list()->setCurrentRow(0);
    ASSERT_TRUE(manager.renameSelected(QStringLiteral("Shoes worn")));
    manager.list()->setCurrentRow(0);
    ASSERT_TRUE(manager.toggleRetiredSelected());

    const QList<Factor> all = diary->factors(true);
    const auto shoes = std::find_if(all.cbegin(), all.cend(),
                                    [](const Factor &f) { return f.name == QStringLiteral("Shoes worn"); });
    ASSERT_NE(shoes, all.cend());
    EXPECT_EQ(shoes->choices,
              (QStringList { QStringLiteral("Heels"), QStringLiteral("Flats"), QStringLiteral("Trainers") }));
    EXPECT_TRUE(shoes->retired);
    const QList<Factor> active = diary->factors();
    EXPECT_TRUE(std::any_of(active.cbegin(), active.cend(),
                            [](const Factor &f) { return f.unit == QStringLiteral("steps"); }));
}

TEST_F(UiFixture, AMedicineNameSuggestsItsKindAndThePersonChoosesIt)
{
    MedicationEditDialog editor(Medication {});
    EXPECT_FALSE(editor.useSuggestionButton()->isVisibleTo(&editor));
    editor.nameEdit()->setText(QStringLiteral("Simvastatin 40 mg"));
    ASSERT_TRUE(editor.useSuggestionButton()->isVisibleTo(&editor)) << "the name suggests a statin";
    EXPECT_EQ(DrugClass(editor.classCombo()->currentData().toInt()), DrugClass::Other) << "never chosen for them";
    editor.useSuggestionButton()->click();
    EXPECT_EQ(DrugClass(editor.classCombo()->currentData().toInt()), DrugClass::Statin);
    EXPECT_FALSE(editor.useSuggestionButton()->isVisibleTo(&editor));
    editor.nameEdit()->setText(QStringLiteral("Metformin"));
    EXPECT_FALSE(editor.useSuggestionButton()->isVisibleTo(&editor));
}
