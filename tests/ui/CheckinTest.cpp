#include "UiFixture.h"
#include "ui/logging/CheckinDialog.h"
#include "ui/logging/FactorInput.h"
#include "ui/undo/UndoableDiary.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QTranslator>

namespace {
// A medicine taken since January, so the check-in has a medicine box to tick.
void addDiuretic(DiaryRepository &diary)
{
    diary.addMedication(Medication { 0,
                                     QStringLiteral("Furosemide"),
                                     DrugClass::Diuretic,
                                     QStringLiteral("20 mg"),
                                     { { QDate(2026, 1, 1), std::nullopt } } });
}

void setNumber(FactorInput *input, double value)
{
    ASSERT_NE(input, nullptr);
    auto *edit = qobject_cast<QLineEdit *>(input->focusTarget());
    ASSERT_NE(edit, nullptr);
    edit->setText(QString::number(value));
}

void setYes(FactorInput *input)
{
    ASSERT_NE(input, nullptr);
    qobject_cast<QPushButton *>(input->focusTarget())->click(); // the Yes button
}

void choose(FactorInput *input, const QString &text)
{
    ASSERT_NE(input, nullptr);
    auto *combo = qobject_cast<QComboBox *>(input->focusTarget());
    combo->setCurrentIndex(combo->findText(text));
    ASSERT_GE(combo->currentIndex(), 1);
}
} // namespace

TEST_F(UiFixture, TheCheckInSavesTonightsFactorsAndCanBeUndone)
{
    const qint64 statin = diary->addMedication({ 0,
                                                 QStringLiteral("Simvastatin"),
                                                 DrugClass::Statin,
                                                 QStringLiteral("20 mg"),
                                                 { { QDate(2026, 1, 1), std::nullopt } } });
    onNextDialog<CheckinDialog>([&](CheckinDialog *form) {
        EXPECT_EQ(form->night(), QDate(2026, 11, 20));
        // Nothing is ticked for the person; "Took my usual medicines" ticks those taken then.
        EXPECT_FALSE(form->medicationBox(statin)->isChecked());
        form->tickUsualMedicines();
        EXPECT_TRUE(form->medicationBox(statin)->isChecked());
        setNumber(form->input(QStringLiteral("water_ml")), 1250);
        setNumber(form->input(QStringLiteral("stretch_minutes")), 10);
        choose(form->input(QStringLiteral("sleep_position")), QStringLiteral("Toes pointed down"));
        setYes(form->input(QStringLiteral("exercise")));
        setNumber(form->input(QStringLiteral("stress")), 7);
        form->setNotes(QStringLiteral("Long walk"));
        form->accept();
    });
    window->openCheckin(QDate(2026, 11, 20));
    const auto log = diary->nightLog(QDate(2026, 11, 20));
    ASSERT_TRUE(log.has_value());
    const auto id = [&](const char *key) { return diary->factorByKey(QString::fromLatin1(key))->id; };
    EXPECT_EQ(std::get<double>(log->values.value(id("water_ml"))), 1250.0);
    EXPECT_EQ(std::get<double>(log->values.value(id("stretch_minutes"))), 10.0);
    EXPECT_EQ(std::get<QString>(log->values.value(id("sleep_position"))), QStringLiteral("toes_pointed"));
    EXPECT_EQ(std::get<bool>(log->values.value(id("exercise"))), true);
    EXPECT_FALSE(log->values.contains(id("alcohol"))); // not answered is not a "no"
    EXPECT_EQ(std::get<double>(log->values.value(id("stress"))), 7.0);
    EXPECT_EQ(log->medicationIds, QList<qint64> { statin });
    EXPECT_EQ(log->notes, QStringLiteral("Long walk"));

    window->undoAction()->trigger();
    EXPECT_FALSE(diary->nightLog(QDate(2026, 11, 20)).has_value());
    window->redoAction()->trigger();
    EXPECT_EQ(*diary->nightLog(QDate(2026, 11, 20)), *log);
}

TEST_F(UiFixture, YesterdaysValuesAreOneClickAway)
{
    const qint64 water = diary->factorByKey(QStringLiteral("water_ml"))->id;
    const qint64 alcohol = diary->factorByKey(QStringLiteral("alcohol"))->id;
    diary->saveNightLog(
            { QDate(2026, 11, 19), {}, { { water, 1750.0 }, { alcohol, true } }, {}, QStringLiteral("old note") });
    CheckinDialog form(*diary, *settings, QDate(2026, 11, 20));
    ASSERT_TRUE(form.copyPrevious());
    form.accept();
    const NightLog copied = form.log();
    EXPECT_EQ(std::get<double>(copied.values.value(water)), 1750.0);
    EXPECT_EQ(std::get<bool>(copied.values.value(alcohol)), true);
    EXPECT_TRUE(copied.notes.isEmpty()); // notes describe one evening only
    CheckinDialog first(*diary, *settings, QDate(2026, 11, 1));
    EXPECT_FALSE(first.copyPrevious());
}

TEST_F(UiFixture, WaterIsEnteredInTheChosenUnitAndStoredInMillilitres)
{
    settings->setWaterUnit(AppSettings::WaterUnit::FluidOunces);
    CheckinDialog form(*diary, *settings, QDate(2026, 11, 20));
    setNumber(form.input(QStringLiteral("water_ml")), 40);
    form.accept();
    const qint64 water = diary->factorByKey(QStringLiteral("water_ml"))->id;
    EXPECT_NEAR(std::get<double>(form.log().values.value(water)), 1183.0, 1.0);
    // Numbers left at "not recorded" are not stored at all.
    EXPECT_FALSE(form.log().values.contains(diary->factorByKey(QStringLiteral("stress"))->id));
}

TEST_F(UiFixture, ARetiredFactorsValuesSurviveANewCheckIn)
{
    Factor own { 0, {}, QStringLiteral("Tonic water"), FactorKind::YesNo, {}, {}, false, {} };
    own.id = diary->addFactor(own);
    CheckinDialog before(*diary, *settings, QDate(2026, 11, 20));
    ASSERT_NE(before.input(QStringLiteral("Tonic water")), nullptr);
    setYes(before.input(QStringLiteral("Tonic water")));
    before.accept();
    diary->saveNightLog(before.log());

    diary->setFactorRetired(own.id, true);
    CheckinDialog after(*diary, *settings, QDate(2026, 11, 20));
    EXPECT_EQ(after.input(QStringLiteral("Tonic water")), nullptr); // no longer asked
    after.accept();
    EXPECT_EQ(std::get<bool>(after.log().values.value(own.id)), true);
}

TEST_F(UiFixture, AYesNoFactorHasThreeStatesAndOnlyAnAnswerIsStored)
{
    CheckinDialog form(*diary, *settings, QDate(2026, 11, 20));
    FactorInput *alcohol = form.input(QStringLiteral("alcohol"));
    FactorInput *caffeine = form.input(QStringLiteral("caffeine"));
    FactorInput *sun = form.input(QStringLiteral("sun_exposure"));
    ASSERT_TRUE(alcohol && caffeine && sun);
    EXPECT_FALSE(alcohol->value().has_value()) << "nothing chosen at first";
    alcohol->answer(true);
    caffeine->answer(false);
    sun->answer(true);
    sun->answer(std::nullopt); // pressed, then taken back
    EXPECT_EQ(alcohol->value(), std::optional<FactorValue>(true));
    EXPECT_EQ(caffeine->value(), std::optional<FactorValue>(false));
    EXPECT_FALSE(sun->value().has_value());
    // Pressing the chosen answer again takes it back; pressing the other switches.
    auto *yes = qobject_cast<QPushButton *>(alcohol->focusTarget());
    yes->click();
    EXPECT_FALSE(alcohol->value().has_value());
    yes->click();
    EXPECT_EQ(alcohol->value(), std::optional<FactorValue>(true));
    form.accept();
    const auto id = [&](const char *key) { return diary->factorByKey(QString::fromLatin1(key))->id; };
    EXPECT_EQ(form.log().values.value(id("alcohol")), FactorValue(true));
    EXPECT_EQ(form.log().values.value(id("caffeine")), FactorValue(false));
    EXPECT_FALSE(form.log().values.contains(id("sun_exposure")));
    EXPECT_FALSE(form.log().values.contains(id("exercise")));

    // Saved and opened again, each shows as it was saved, unanswered ones included.
    diary->saveNightLog(form.log());
    CheckinDialog again(*diary, *settings, QDate(2026, 11, 20));
    EXPECT_EQ(again.input(QStringLiteral("alcohol"))->value(), std::optional<FactorValue>(true));
    EXPECT_EQ(again.input(QStringLiteral("caffeine"))->value(), std::optional<FactorValue>(false));
    EXPECT_FALSE(again.input(QStringLiteral("sun_exposure"))->value().has_value());
}

TEST_F(UiFixture, ANumberIsWhatWasTypedAndAClickAloneRecordsNothing)
{
    CheckinDialog form(*diary, *settings, QDate(2026, 11, 20));
    auto *water = qobject_cast<QLineEdit *>(form.input(QStringLiteral("water_ml"))->focusTarget());
    ASSERT_NE(water, nullptr);
    water->setFocus();
    QTest::mouseClick(water, Qt::LeftButton);
    EXPECT_TRUE(water->text().isEmpty()) << "a click shows no 0 ml";
    EXPECT_FALSE(form.input(QStringLiteral("water_ml"))->value().has_value());
    QTest::keyClicks(water, QStringLiteral("1250"));
    EXPECT_EQ(form.input(QStringLiteral("water_ml"))->value(), std::optional<FactorValue>(1250.0));
    // A value the diary refuses keeps the check-in open and says why.
    auto *stress = qobject_cast<QLineEdit *>(form.input(QStringLiteral("stress"))->focusTarget());
    stress->setText(QStringLiteral("14"));
    form.accept();
    EXPECT_NE(form.result(), QDialog::Accepted);
    EXPECT_TRUE(form.statusText().contains(QStringLiteral("Not saved yet"))) << form.statusText().toStdString();
    stress->setText(QStringLiteral("4"));
    form.accept();
    EXPECT_EQ(form.result(), QDialog::Accepted);
    EXPECT_EQ(form.log().values.value(diary->factorByKey(QStringLiteral("water_ml"))->id), FactorValue(1250.0));
}

TEST_F(UiFixture, EnterOnAnUntouchedCheckInSavesNothingAndSaysSo)
{
    CheckinDialog form(*diary, *settings, QDate(2026, 11, 20));
    form.show();
    QApplication::setActiveWindow(&form);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&form));
    // The cursor starts in the first question, never in the night's date.
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    EXPECT_EQ(focus, form.input(QStringLiteral("water_ml"))->focusTarget());
    QTest::keyClick(focus, Qt::Key_Return); // the default button: Save
    EXPECT_TRUE(form.isVisible()) << "still open";
    EXPECT_NE(form.result(), QDialog::Accepted);
    EXPECT_TRUE(form.statusText().contains(QStringLiteral("nothing was saved"))) << form.statusText().toStdString();
    // 1500 typed goes to the water; Enter in the night's field keeps it; Enter saves.
    QTest::keyClicks(focus, QStringLiteral("1500"));
    auto *night = form.findChild<QDateEdit *>();
    ASSERT_NE(night, nullptr);
    EXPECT_EQ(night->date(), QDate(2026, 11, 20));
    QTest::keyClick(night, Qt::Key_Return);
    EXPECT_EQ(form.result(), QDialog::Accepted);
    EXPECT_EQ(form.log().values.value(diary->factorByKey(QStringLiteral("water_ml"))->id), FactorValue(1500.0));
}

TEST_F(UiFixture, TabWalksTheQuestionsInReadingOrderThenTheDateThenTheButtons)
{
    addDiuretic(*diary);
    CheckinDialog form(*diary, *settings, QDate(2026, 11, 20));
    form.show();
    QApplication::setActiveWindow(&form);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&form));
    QList<QWidget *> visited { QApplication::focusWidget() };
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() == visited.first())
            break;
        visited.append(QApplication::focusWidget());
    }
    auto *night = form.findChild<QDateEdit *>();
    const qsizetype dateAt = visited.indexOf(night);
    QStringList names;
    for (QWidget *w : visited)
        names << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(':') + w->accessibleName();
    ASSERT_GE(dateAt, 0) << "Tab reaches the night's date: " << names.join(QStringLiteral(", ")).toStdString();
    // Every question comes before the date: water first, then the rest in the form's order.
    const QStringList keys
            = { QStringLiteral("water_ml"), QStringLiteral("stretch_minutes"), QStringLiteral("sleep_position"),
                QStringLiteral("exercise"), QStringLiteral("alcohol") };
    qsizetype previous = -1;
    for (const QString &key : keys) {
        const qsizetype at = visited.indexOf(form.input(key)->focusTarget());
        EXPECT_GT(at, previous) << key.toStdString();
        EXPECT_LT(at, dateAt) << key.toStdString();
        previous = at;
    }
    const qsizetype medicine = visited.indexOf(form.medicationBox(diary->medications().first().id));
    EXPECT_GT(medicine, previous);
    EXPECT_LT(medicine, dateAt);
    // After the date (Tab first walks its day, month and year): the copy button, then the
    // dialog's buttons, Save among them.
    const qsizetype dateLeft = visited.lastIndexOf(night);
    ASSERT_LT(dateLeft + 2, visited.size());
    auto *copy = qobject_cast<QPushButton *>(visited.at(dateLeft + 1));
    ASSERT_NE(copy, nullptr) << names.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(copy->text().contains(QStringLiteral("opy")));
    bool saveAfter = false;
    for (qsizetype i = dateLeft + 1; i < visited.size(); ++i)
        if (auto *b = qobject_cast<QPushButton *>(visited.at(i));
            b && b->text().remove(QLatin1Char('&')) == QStringLiteral("Save"))
            saveAfter = true;
    EXPECT_TRUE(saveAfter);
}

namespace {
QStringList mnemonicClashes(QWidget *dialog)
{
    QStringList texts;
    for (auto *button : dialog->findChildren<QAbstractButton *>())
        texts << button->text();
    for (auto *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    QHash<QChar, QString> seen;
    QStringList clashes;
    static const QRegularExpression amp(QStringLiteral("&([^&])"));
    for (const QString &text : std::as_const(texts)) {
        const auto match = amp.match(text);
        if (!match.hasMatch())
            continue;
        const QChar key = match.captured(1).at(0).toLower();
        if (seen.contains(key))
            clashes << seen.value(key) + QStringLiteral(" / ") + text;
        seen.insert(key, text);
    }
    return clashes;
}
} // namespace

TEST_F(UiFixture, EveryCheckInMnemonicIsUniqueInEnglishAndGerman)
{
    addDiuretic(*diary);
    {
        CheckinDialog form(*diary, *settings, QDate(2026, 11, 20));
        EXPECT_EQ(mnemonicClashes(&form), QStringList());
    }
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/cramp-diary_de.qm")));
    QCoreApplication::installTranslator(&german);
    {
        CheckinDialog form(*diary, *settings, QDate(2026, 11, 20));
        EXPECT_EQ(mnemonicClashes(&form), QStringList());
        EXPECT_TRUE(form.windowTitle() != QStringLiteral("Evening check-in")); // German really loaded
    }
    QCoreApplication::removeTranslator(&german);
}

TEST_F(UiFixture, EscapeAfterAChangeAsksBeforeDiscardingAndAnUntouchedFormJustCloses)
{
    {
        CheckinDialog untouched(*diary, *settings, QDate(2026, 11, 20));
        bool asked = false;
        untouched.setDiscardQuestion([&] { return asked = true; });
        untouched.show();
        untouched.reject();
        EXPECT_FALSE(asked);
        EXPECT_FALSE(untouched.isVisible());
    }
    CheckinDialog form(*diary, *settings, QDate(2026, 11, 20));
    form.show();
    QApplication::setActiveWindow(&form);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&form));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1500"));
    int asked = 0;
    form.setDiscardQuestion([&] {
        ++asked;
        return false; // keep editing
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(form.isVisible()) << "kept open with 1500 in it";
    EXPECT_EQ(qobject_cast<QLineEdit *>(form.input(QStringLiteral("water_ml"))->focusTarget())->text(),
              QStringLiteral("1500"));
    form.setDiscardQuestion([&] {
        ++asked;
        return true;
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_EQ(asked, 2);
    EXPECT_FALSE(form.isVisible());
    EXPECT_FALSE(diary->nightLog(QDate(2026, 11, 20)).has_value());
}

TEST_F(UiFixture, TheDiscardQuestionDefaultsToKeepingWhatWasTyped)
{
    CheckinDialog form(*diary, *settings, QDate(2026, 11, 20));
    form.show();
    form.setNotes(QStringLiteral("long walk"));
    QString question;
    QTimer::singleShot(0, &form, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        question = box->text();
        box->defaultButton()->click();
    });
    form.reject();
    EXPECT_TRUE(question.contains(QStringLiteral("has not been saved"))) << question.toStdString();
    EXPECT_TRUE(form.isVisible());
    form.setNotes(QString());
    form.reject(); // back to as loaded: nothing to ask
    EXPECT_FALSE(form.isVisible());
}
