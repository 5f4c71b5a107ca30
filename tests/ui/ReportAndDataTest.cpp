#include "UiFixture.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/domain/TextLimits.h"
#include "core/guidance/GuidanceLibrary.h"
#include "ui/analysis/LiveAnalysis.h"
#include "ui/exchange/BackupProtectionDialog.h"
#include "ui/exchange/DataFileActions.h"
#include "ui/exchange/MappedImportDialog.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportView.h"
#include "ui/undo/UndoableDiary.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

namespace {
QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    EXPECT_TRUE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

void generate(DiaryRepository &diary, int nights)
{
    DemoDiaryGenerator::Options options;
    options.nights = nights;
    options.lastNight = QDate::currentDate().addDays(-2);
    DemoDiaryGenerator::generate(diary, options);
}
} // namespace

TEST_F(UiFixture, TheReportPageSavesThePdfWithTheChosenSections)
{
    generate(*diary, 120);
    ReportView *report = window->reportView();
    EXPECT_EQ(report->options().first.daysTo(report->options().last), 83); // the last 12 weeks
    ASSERT_EQ(report->options().baseline.kind, ReportFigures::BaselineChoice::Kind::Given);
    EXPECT_EQ(report->options().baseline.first, report->options().first);
    EXPECT_EQ(report->options().baseline.first.daysTo(report->options().baseline.last), 13);
    report->nameEdit()->setText(QStringLiteral("Ada Example"));
    const QString pdf = temp.dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(report->savePdf(pdf));
    EXPECT_TRUE(report->status().contains(QStringLiteral("Saved")));
    QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Patient: Ada Example")));
    EXPECT_TRUE(text.contains(QStringLiteral("Cramps per week")));
    // By default two pages at most: no appendix and no full numbers, until asked for.
    EXPECT_FALSE(text.contains(QStringLiteral("Appendix")));
    EXPECT_FALSE(text.contains(QStringLiteral("Fisher")));
    report->sectionBox(ReportOptions::Section::Episodes)->setChecked(true);
    report->sectionBox(ReportOptions::Section::Numbers)->setChecked(true);
    ASSERT_TRUE(report->savePdf(pdf));
    text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Appendix: every cramp")));
    EXPECT_TRUE(text.contains(QStringLiteral("Fisher's exact test")));
    report->sectionBox(ReportOptions::Section::Episodes)->setChecked(false);
    ASSERT_TRUE(report->savePdf(pdf));
    EXPECT_FALSE(pdfText(pdf).contains(QStringLiteral("Appendix")));
    // Saved, the PDF and its folder open with the desktop's apps, a click away.
    QList<QUrl> opened;
    report->setOpener([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    EXPECT_TRUE(report->openPdfButton()->isVisibleTo(report));
    report->openPdfButton()->click();
    report->openFolderButton()->click();
    EXPECT_EQ(opened, QList<QUrl>({ QUrl::fromLocalFile(pdf), QUrl::fromLocalFile(temp.dir.path()) }));
    EXPECT_FALSE(report->savePdf(temp.dir.filePath(QStringLiteral("no/such/folder/report.pdf"))));
    EXPECT_TRUE(report->status().contains(QStringLiteral("not saved")));
    EXPECT_FALSE(report->openPdfButton()->isVisibleTo(report)) << "nothing to open after a failed save";
}

TEST_F(UiFixture, CsvAndBackupGoOutAndComeBackThroughTheWindow)
{
    generate(*diary, 40);
    const QString csv = temp.dir.filePath(QStringLiteral("cramps.csv"));
    ASSERT_TRUE(window->dataFiles()->exportCsv(DataFileActions::CsvKind::Episodes, csv));
    const int cramps = diary->episodeCount();
    // Importing the same file again adds nothing twice, and says so.
    ASSERT_TRUE(window->dataFiles()->importCsv(DataFileActions::CsvKind::Episodes, csv));
    EXPECT_EQ(diary->episodeCount(), cramps);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(
            QStringLiteral("Skipped %1 cramps already in the diary").arg(cramps)))
            << window->statusBar()->currentMessage().toStdString();

    // A broken file: a dialog lists the problems and the diary is unchanged.
    QFile broken(temp.dir.filePath(QStringLiteral("broken.csv")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("id,night\n1,2\n");
    broken.close();
    QString shown;
    onNextDialog<QMessageBox>([&](QMessageBox *box) {
        shown = box->text() + box->detailedText();
        box->done(QMessageBox::Ok);
    });
    EXPECT_FALSE(window->dataFiles()->importCsv(DataFileActions::CsvKind::Episodes, broken.fileName()));
    EXPECT_TRUE(shown.contains(QStringLiteral("not changed")));
    EXPECT_TRUE(shown.contains(QStringLiteral("missing: start_local")));
    EXPECT_EQ(diary->episodeCount(), cramps);

    const QString backup = temp.dir.filePath(QStringLiteral("backup.json"));
    ASSERT_TRUE(window->dataFiles()->backupTo(backup));
    // Never over the open diary.
    onNextDialog<QMessageBox>([](QMessageBox *box) { box->done(QMessageBox::Ok); });
    EXPECT_FALSE(window->dataFiles()->restoreFrom(backup, diary->path()));
    // Into a new file, then the person is asked whether to open it.
    QSignalSpy chosen(window.get(), &MainWindow::diaryFileChosen);
    const QString restored = temp.dir.filePath(QStringLiteral("restored.sqlite"));
    onNextDialog<QMessageBox>([](QMessageBox *box) { box->done(QMessageBox::Open); });
    ASSERT_TRUE(window->dataFiles()->restoreFrom(backup, restored));
    ASSERT_TRUE(chosen.wait(2000));
    EXPECT_EQ(chosen.first().first().toString(), restored);
    auto copy = DiaryRepository::open(restored, true);
    EXPECT_EQ(copy->allEpisodes(), diary->allEpisodes());
}

// A backup protected by a passphrase: the dialog insists on a long enough passphrase typed
// twice; the restore asks for it and refuses a wrong one without creating the diary.
TEST_F(UiFixture, AProtectedBackupIsRestoredOnlyWithItsPassphrase)
{
    generate(*diary, 60);
    BackupProtectionDialog protection(window.get());
    QPushButton *ok = protection.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(ok->isEnabled()) << "an unprotected backup needs nothing more";
    protection.protectBox()->setChecked(true);
    EXPECT_FALSE(ok->isEnabled());
    protection.firstField()->setText(QStringLiteral("a long passphrase"));
    protection.secondField()->setText(QStringLiteral("a long passphrasE"));
    EXPECT_FALSE(ok->isEnabled());
    protection.secondField()->setText(QStringLiteral("a long passphrase"));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(protection.passphrase(), QStringLiteral("a long passphrase"));

    const QString backup = temp.dir.filePath(QStringLiteral("backup.cdbackup"));
    ASSERT_TRUE(window->dataFiles()->backupTo(backup, protection.passphrase()));
    QFile file(backup);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains("episodes"));

    const QString restored = temp.dir.filePath(QStringLiteral("restored.sqlite"));
    QSignalSpy failed(window->dataFiles(), &DataFileActions::failed);
    onNextDialog<QInputDialog>([this](QInputDialog *ask) {
        ask->setTextValue(QStringLiteral("not the passphrase"));
        ask->done(QDialog::Accepted);
        onNextDialog<QMessageBox>([](QMessageBox *box) { box->done(QMessageBox::Ok); }); // the refusal
    });
    EXPECT_FALSE(window->dataFiles()->restoreFrom(backup, restored));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("passphrase is wrong")));
    EXPECT_FALSE(QFile::exists(restored));

    onNextDialog<QInputDialog>([this](QInputDialog *ask) {
        ask->setTextValue(QStringLiteral("a long passphrase"));
        ask->done(QDialog::Accepted);
        onNextDialog<QMessageBox>([](QMessageBox *box) { box->done(QMessageBox::Cancel); }); // not opened now
    });
    ASSERT_TRUE(window->dataFiles()->restoreFrom(backup, restored)) << "then asked whether to open it";
    EXPECT_EQ(DiaryRepository::open(restored, true)->allEpisodes(), diary->allEpisodes());
}

// The clinic-system export takes the name typed on the Report page, and only that.
TEST_F(UiFixture, TheFhirExportUsesTheNameTypedForTheReport)
{
    generate(*diary, 30);
    const QString path = temp.dir.filePath(QStringLiteral("fhir.json"));
    QSignalSpy finished(window->dataFiles(), &DataFileActions::finished);
    ASSERT_TRUE(window->dataFiles()->exportFhir(path));
    EXPECT_TRUE(finished.last().first().toString().contains(QStringLiteral("without a name")));
    const auto patientIn = [&path] {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll())
                .object()[QStringLiteral("entry")][0][QStringLiteral("resource")]
                .toObject();
    };
    EXPECT_FALSE(patientIn().contains(QStringLiteral("name")));
    window->reportView()->nameEdit()->setText(QStringLiteral("Alex Example"));
    ASSERT_TRUE(window->dataFiles()->exportFhir(path));
    EXPECT_EQ(patientIn()[QStringLiteral("name")][0][QStringLiteral("text")].toString(),
              QStringLiteral("Alex Example"));
}

// Unticking "Baseline for the change" on a period of 12 weeks gives a report without a
// change from baseline. Before, an unticked box meant "the default", which for four weeks
// or more is the first two weeks, so the box did nothing.
TEST_F(UiFixture, UntickingTheBaselineGivesAReportWithoutAChange)
{
    generate(*diary, 120);
    ReportView *report = window->reportView();
    ASSERT_TRUE(report->baselineBox()->isChecked()) << "set by default for 12 weeks";
    report->baselineBox()->click();
    EXPECT_EQ(report->options().baseline.kind, ReportFigures::BaselineChoice::Kind::None);
    const QString pdf = temp.dir.filePath(QStringLiteral("no-baseline.pdf"));
    ASSERT_TRUE(report->savePdf(pdf));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("no baseline was chosen"))) << text.left(1500).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("per week since"))) << "no change is given";
    report->baselineBox()->click();
    EXPECT_EQ(report->options().baseline.kind, ReportFigures::BaselineChoice::Kind::Given);
}

// Import from another app: the dialog shows the guessed mapping, the import runs, and the
// next file from the same app opens with the mapping used last time.
TEST_F(UiFixture, AnotherAppsFileIsImportedThroughTheMappingDialog)
{
    QFile file(temp.dir.filePath(QStringLiteral("other.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Day,Pain,Notes\n2026-10-01,7,woke me\n2026-10-02,4,\n");
    file.close();
    ColumnMapping shown;
    QString confirmed;
    onNextDialog<MappedImportDialog>([&](MappedImportDialog *dialog) {
        shown = dialog->mapping();
        dialog->columnChoice("notes")->setCurrentIndex(0); // the person leaves the notes out
        EXPECT_FALSE(dialog->factorChoice()->isEnabled()) << "no factor column chosen";
        // Before anything is written, what the file adds is said in words and numbers.
        onNextDialog<QMessageBox>([&](QMessageBox *box) {
            confirmed = box->informativeText();
            EXPECT_EQ(diary->episodeCount(), 0) << "nothing is written before the person confirms";
            box->done(QMessageBox::Yes);
        });
        dialog->accept();
    });
    QSignalSpy finished(window->dataFiles(), &DataFileActions::finished);
    ASSERT_TRUE(window->dataFiles()->importFromOtherApp(file.fileName()));
    EXPECT_EQ(shown.date, QStringLiteral("Day"));
    EXPECT_EQ(shown.severity, QStringLiteral("Pain"));
    EXPECT_EQ(shown.notes, QStringLiteral("Notes"));
    EXPECT_TRUE(confirmed.contains(QStringLiteral("2 cramps from the night of"))) << confirmed.toStdString();
    EXPECT_TRUE(confirmed.contains(QStringLiteral("Severity from 4 to 7 of 10."))) << confirmed.toStdString();
    EXPECT_TRUE(finished.last().first().toString().contains(QStringLiteral("Imported 2 rows")));
    ASSERT_EQ(diary->episodeCount(), 2);
    EXPECT_TRUE(diary->allEpisodes().first().notes.isEmpty());
    // One step undoes the whole import, and redo brings it back.
    ASSERT_TRUE(window->undoable()->stack()->canUndo());
    window->undoable()->undo();
    EXPECT_EQ(diary->episodeCount(), 0);
    window->undoable()->redo();
    EXPECT_EQ(diary->episodeCount(), 2);

    onNextDialog<MappedImportDialog>([&shown](MappedImportDialog *dialog) {
        shown = dialog->mapping();
        dialog->reject();
    });
    EXPECT_FALSE(window->dataFiles()->importFromOtherApp(file.fileName()));
    EXPECT_TRUE(shown.notes.isEmpty()) << "the mapping used last time is offered again";
}

// A real Flaredown export through the window: the guess is its symptom sheet, the trial
// says what it adds, going back writes nothing, and the import undoes as one step, its
// check-ins with it.
TEST_F(UiFixture, AFlaredownExportIsGuessedConfirmedAndUndoneAsOneStep)
{
    const QString flaredown = QStringLiteral(CRAMP_FIXTURES "/other-apps/flaredown.csv");
    QString confirmed;
    const auto answer = [&](QMessageBox::StandardButton button) {
        onNextDialog<MappedImportDialog>([&, button](MappedImportDialog *dialog) {
            EXPECT_EQ(dialog->mapping().kind, ColumnMapping::Kind::SymptomSheet);
            EXPECT_EQ(dialog->mapping().symptom, QStringLiteral("Leg cramps"));
            EXPECT_TRUE(dialog->mapping().severity.isEmpty());
            onNextDialog<QMessageBox>([&, button](QMessageBox *box) {
                confirmed = box->informativeText();
                box->done(button);
            });
            dialog->accept();
        });
    };
    answer(QMessageBox::Cancel);
    EXPECT_FALSE(window->dataFiles()->importFromOtherApp(flaredown));
    EXPECT_EQ(diary->episodeCount(), 0);
    EXPECT_TRUE(diary->nightLogs(QDate(2024, 1, 1), QDate(2024, 12, 31)).isEmpty()) << "the trial left nothing";
    EXPECT_TRUE(confirmed.contains(QStringLiteral("3 cramps"))) << confirmed.toStdString();
    EXPECT_TRUE(confirmed.contains(QStringLiteral("5 nights are marked as checked in"))) << confirmed.toStdString();

    answer(QMessageBox::Yes);
    ASSERT_TRUE(window->dataFiles()->importFromOtherApp(flaredown));
    EXPECT_EQ(diary->episodeCount(), 3);
    EXPECT_EQ(diary->nightLogs(QDate(2024, 1, 1), QDate(2024, 12, 31)).size(), 5);
    window->undoable()->undo();
    EXPECT_EQ(diary->episodeCount(), 0);
    EXPECT_TRUE(diary->nightLogs(QDate(2024, 1, 1), QDate(2024, 12, 31)).isEmpty());
}

// A year of cramps, some with long notes: the appendix runs over many pages, and no
// cramp's row is cut by a page end; the header is repeated on every page.
TEST_F(UiFixture, NoAppendixRowIsSplitAcrossPages)
{
    generate(*diary, 365);
    const QList<Episode> all = diary->allEpisodes();
    for (qsizetype i = 0; i < all.size(); i += 7) {
        Episode e = all[i];
        e.notes = QStringLiteral("Woke with the left calf hard as a stone; stretched against the wall. ")
                          .repeated(1 + i % 4);
        diary->updateEpisode(e);
    }
    LiveAnalysis live(*diary, *nightRule);
    ReportOptions options;
    options.last = live.analysis().lastNight();
    options.first = options.last.addDays(-364);
    options.sections.append(ReportOptions::Section::Episodes);
    const GuidanceLibrary guidance = GuidanceLibrary::load();
    ReportDocument document(live.analysis(), options, guidance);
    QString error;
    const QString pdf = temp.dir.filePath(QStringLiteral("year.pdf"));
    ASSERT_TRUE(document.writePdf(pdf, &error)) << error.toStdString();
    EXPECT_EQ(document.rowsCrossingPages(), 0);
    const QString text = pdfText(pdf);
    EXPECT_GE(text.count(QStringLiteral("Warning signs")), 4); // the header on every appendix page
    for (qsizetype i = 0; i < all.size(); i += 50) // every cramp is there
        EXPECT_TRUE(text.contains(QLocale().toString(all[i].start, QStringLiteral("d MMM yyyy"))));
}

// The person's questions are typed on the Report page, kept in the diary (so the next
// report and `report` have them) and printed on page one.
TEST_F(UiFixture, TheQuestionsForTheVisitAreKeptInTheDiaryAndPrintedOnPageOne)
{
    generate(*diary, 60);
    ReportView *report = window->reportView();
    report->questionsEdit()->setPlainText(QStringLiteral("Could the water tablet cause the cramps?\nIs quinine safe?"));
    const QString pdf = temp.dir.filePath(QStringLiteral("questions.pdf"));
    ASSERT_TRUE(report->savePdf(pdf));
    EXPECT_EQ(diary->visitQuestions(), QStringLiteral("Could the water tablet cause the cramps?\nIs quinine safe?"));
    const QString text = pdfText(pdf);
    const QString pageOne = text.left(text.indexOf(QLatin1Char('\f')));
    EXPECT_TRUE(pageOne.contains(QStringLiteral("Could the water tablet cause the cramps?"))) << pageOne.toStdString();
    EXPECT_TRUE(pageOne.contains(QStringLiteral("Is quinine safe?")));
    // Too long: refused with a message, the text stays in the box and the diary keeps the old.
    report->questionsEdit()->setPlainText(QString(TextLimits::Questions + 1, QLatin1Char('x')));
    EXPECT_FALSE(report->saveQuestions());
    EXPECT_TRUE(report->status().contains(QStringLiteral("not kept"))) << report->status().toStdString();
    EXPECT_EQ(report->questionsEdit()->toPlainText().size(), TextLimits::Questions + 1);
    EXPECT_TRUE(diary->visitQuestions().startsWith(QStringLiteral("Could the water tablet")));
    // Emptied: removed from the diary, and page one has no questions heading.
    report->questionsEdit()->clear();
    ASSERT_TRUE(report->savePdf(pdf));
    EXPECT_TRUE(diary->visitQuestions().isEmpty());
    EXPECT_FALSE(pdfText(pdf).contains(QStringLiteral("questions for this visit")));
}
