#include "ui/exchange/DataFileActions.h"

#include "core/exchange/DiaryBackup.h"
#include "core/exchange/EncryptedBackup.h"
#include "core/exchange/EpisodeCsv.h"
#include "core/exchange/InputFile.h"
#include "core/exchange/MappedImport.h"
#include "core/exchange/NightLogCsv.h"
#include "core/settings/AppSettings.h"
#include "core/settings/NightRule.h"
#include "core/settings/PrivateFiles.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/exchange/BackupProtectionDialog.h"
#include "ui/exchange/MappedImportDialog.h"
#include "ui/undo/ImportCommand.h"
#include "ui/undo/UndoableDiary.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

DataFileActions::DataFileActions(DiaryRepository &diary, AppSettings &settings, const NightRule &nightRule,
                                 RunDialog runDialog, QWidget *window)
    : QObject(window)
    , m_diary(diary)
    , m_settings(settings)
    , m_nightRule(nightRule)
    , m_runDialog(std::move(runDialog))
    , m_window(window)
{
}

void DataFileActions::addTo(QMenu *file)
{
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonFilter = tr("Cramp Diary backups (*.json *.cdbackup)");
    const auto exportAction = [&](const QString &text, CsvKind kind, const QString &name, QKeySequence keys) {
        file->addAction(text, keys, this, [this, kind, name, csvFilter] {
            const QString path = QFileDialog::getSaveFileName(m_window, tr("Export"), name, csvFilter);
            if (!path.isEmpty())
                exportCsv(kind, path);
        });
    };
    exportAction(tr("&Export cramps as CSV\u2026"), CsvKind::Episodes, QStringLiteral("cramps.csv"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction(tr("Export check-&ins as CSV\u2026"), CsvKind::CheckIns, QStringLiteral("check-ins.csv"),
                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    file->addAction(tr("Export for a c&linic system (FHIR)\u2026"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F), this,
                    [this] {
                        const QString path = QFileDialog::getSaveFileName(m_window, tr("Export for a clinic system"),
                                                                          QStringLiteral("cramp-diary-fhir.json"),
                                                                          tr("FHIR JSON (*.json)"));
                        if (!path.isEmpty())
                            exportFhir(path);
                    });
    const auto importAction = [&](const QString &text, CsvKind kind, QKeySequence keys) {
        QAction *action = file->addAction(text, keys, this, [this, kind, csvFilter] {
            const QString path = QFileDialog::getOpenFileName(m_window, tr("Import"), QString(), csvFilter);
            if (!path.isEmpty())
                importCsv(kind, path);
        });
        action->setEnabled(!m_diary.isReadOnly());
    };
    importAction(tr("Import cra&mps from CSV\u2026"), CsvKind::Episodes,
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importAction(tr("Import chec&k-ins from CSV\u2026"), CsvKind::CheckIns,
                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    QAction *fromOtherApp
            = file->addAction(tr("Import from &another app\u2026"),
                              QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_I), this, [this, csvFilter] {
                                  const QString path = QFileDialog::getOpenFileName(
                                          m_window, tr("Import from another app"), QString(), csvFilter);
                                  if (!path.isEmpty())
                                      importFromOtherApp(path);
                              });
    fromOtherApp->setEnabled(!m_diary.isReadOnly());
    file->addSeparator();
    file->addAction(
            tr("&Back up to a file\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this, [this, jsonFilter] {
                BackupProtectionDialog protection(m_window);
                if (m_runDialog(protection) != QDialog::Accepted)
                    return;
                const QString passphrase = protection.passphrase();
                // A protected backup is no longer JSON to look at, so it has a name of its own.
                const QString name
                        = QStringLiteral("cramp-diary-%1.%2")
                                  .arg(QDate::currentDate().toString(Qt::ISODate),
                                       passphrase.isEmpty() ? QStringLiteral("json") : QStringLiteral("cdbackup"));
                const QString path = QFileDialog::getSaveFileName(m_window, tr("Back up"), name, jsonFilter);
                if (!path.isEmpty())
                    backupTo(path, passphrase);
            });
    file->addAction(tr("&Restore from a backup\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                    [this, jsonFilter] {
                        const QString backup = QFileDialog::getOpenFileName(m_window, tr("Choose the backup"),
                                                                            QString(), jsonFilter);
                        if (backup.isEmpty())
                            return;
                        const QString target = QFileDialog::getSaveFileName(
                                m_window, tr("Restore into a new diary file"), QStringLiteral("restored.sqlite"),
                                tr("Cramp Diary (*.sqlite *.crampdiary)"));
                        if (!target.isEmpty())
                            restoreFrom(backup, target);
                    });
}

bool DataFileActions::exportCsv(CsvKind kind, const QString &path)
{
    QString error;
    const bool saved = PrivateFiles::saveWith(
            path,
            [&](QIODevice &file) {
                if (kind == CsvKind::Episodes) // streamed, a season of cramps at a time
                    return EpisodeCsv::write(file, m_diary, m_nightRule.clock());
                const QByteArray csv
                        = NightLogCsv::write(m_diary.nightLogs(QDate(1900, 1, 1), QDate(9999, 12, 31)),
                                             m_diary.factors(true), m_diary.medications(), m_diary.experiment())
                                  .toUtf8();
                return file.write(csv) == csv.size();
            },
            &error);
    if (!saved) {
        emit failed(tr("The export was not written to %1: %2").arg(path, error));
        return false;
    }
    emit finished(tr("Exported to %1.").arg(path));
    return true;
}

bool DataFileActions::exportFhir(const QString &path)
{
    const FhirExport::Patient patient = m_patient();
    QString error;
    if (!PrivateFiles::save(path, FhirExport::write(m_diary, patient), &error)) {
        emit failed(tr("The export was not written to %1: %2").arg(path, error));
        return false;
    }
    const bool named = !patient.name.trimmed().isEmpty() || patient.birthDate.isValid();
    emit finished(named ? tr("Exported the diary for a clinic system to %1, with the name and date of birth from "
                             "the Report page.")
                                  .arg(path)
                        : tr("Exported the diary for a clinic system to %1, without a name (type one on the "
                             "Report page to include it).")
                                  .arg(path));
    return true;
}

bool DataFileActions::importCsv(CsvKind kind, const QString &path)
{
    CsvImportResult result;
    try {
        const auto file = InputFile::open(path, CsvImport::MaxFileBytes);
        result = kind == CsvKind::Episodes ? EpisodeCsv::import(m_diary, *file) : NightLogCsv::import(m_diary, *file);
    } catch (const StoreError &error) {
        emit failed(error.message());
        return false;
    }
    return reportImport(result);
}

bool DataFileActions::importFromOtherApp(const QString &path)
{
    MappedImport::Preview preview;
    try {
        preview = MappedImport::preview(*InputFile::open(path, CsvImport::MaxFileBytes));
    } catch (const StoreError &error) {
        emit failed(error.message());
        return false;
    }
    if (preview.header.isEmpty()) {
        emit failed(tr("%1 is empty; nothing was imported.").arg(path));
        return false;
    }
    // The mapping used last time, when this file has its columns (the same app's export).
    ColumnMapping initial = ColumnMapping::guess(preview.header, preview.rows);
    try {
        const ColumnMapping last
                = ColumnMapping::fromJson(QJsonDocument::fromJson(m_settings.lastImportMapping()).object());
        if (last.missingFrom(preview.header).isEmpty())
            initial = last;
    } catch (const StoreError &) {
        // nothing remembered yet
    }
    MappedImportDialog dialog(preview, initial, m_diary.factors(), m_window);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return false;
    const ColumnMapping mapping = dialog.mapping();
    m_settings.setLastImportMapping(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    CsvImportResult result;
    MappedImport::Changes changes;
    try {
        // A trial run first: the person sees, in words and numbers, what the file adds.
        ImportForecast forecast;
        const CsvImportResult trial = MappedImport::trial(m_diary, *InputFile::open(path, CsvImport::MaxFileBytes),
                                                          mapping, m_nightRule.clock(), forecast);
        if (!trial.ok())
            return reportImport(trial);
        if (!confirmImport(forecast))
            return false;
        result = MappedImport::import(m_diary, *InputFile::open(path, CsvImport::MaxFileBytes), mapping,
                                      m_nightRule.clock(), nullptr, &changes);
    } catch (const StoreError &error) {
        emit failed(error.message());
        return false;
    }
    if (result.ok() && m_undo && (!changes.added.isEmpty() || !changes.nights.isEmpty()))
        m_undo->recordDone(std::make_unique<ImportCommand>(m_diary, std::move(changes),
                                                           tr("Import from %1").arg(QFileInfo(path).fileName())));
    return reportImport(result);
}

bool DataFileActions::confirmImport(const ImportForecast &forecast)
{
    const bool doubtful = forecast.doubtful();
    QMessageBox box(doubtful ? QMessageBox::Warning : QMessageBox::Question, tr("Import from another app"),
                    forecast.cramps > 0 || forecast.checkIns > 0 ? tr("This file adds to your diary:")
                                                                 : tr("This file adds nothing to your diary."),
                    QMessageBox::Yes | QMessageBox::Cancel, m_window);
    QString details = forecast.describe();
    if (doubtful)
        details += QStringLiteral("\n\n")
                + tr("Every cramp has the same severity or the same time, which a real diary rarely has. Go back "
                     "and check which columns hold what before importing.");
    box.setInformativeText(details);
    box.button(QMessageBox::Yes)->setText(tr("&Import"));
    box.button(QMessageBox::Cancel)->setText(tr("&Go back"));
    box.setDefaultButton(doubtful ? QMessageBox::Cancel : QMessageBox::Yes);
    if (forecast.cramps == 0 && forecast.checkIns == 0)
        box.button(QMessageBox::Yes)->setEnabled(false);
    return m_runDialog(box) == QMessageBox::Yes;
}

bool DataFileActions::reportImport(const CsvImportResult &result)
{
    if (!result.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Nothing was imported"),
                        tr("The file has %n problem(s); fix them and import again. Your diary was not changed.",
                           nullptr, result.problemCount),
                        QMessageBox::Ok, m_window);
        box.setDetailedText(result.describe());
        m_runDialog(box);
        return false;
    }
    emit finished(result.summary());
    return true;
}

bool DataFileActions::backupTo(const QString &path, const QString &passphrase)
{
    // Streamed into the file (sealed chunk by chunk when protected), never held whole.
    QString error;
    bool saved = false;
    try {
        saved = PrivateFiles::saveWith(
                path,
                [&](QIODevice &file) {
                    if (passphrase.isEmpty())
                        return DiaryBackup::write(m_diary, &m_settings, file);
                    EncryptedBackup::SealingDevice sealing(file, passphrase);
                    return DiaryBackup::write(m_diary, &m_settings, sealing) && sealing.finish();
                },
                &error);
    } catch (const StoreError &refused) {
        emit failed(refused.message());
        return false;
    }
    if (!saved) {
        emit failed(tr("The backup was not written to %1: %2").arg(path, error));
        return false;
    }
    emit finished(passphrase.isEmpty() ? tr("Backed up to %1.").arg(path)
                                       : tr("Backed up to %1, protected by your passphrase.").arg(path));
    return true;
}

bool DataFileActions::restoreFrom(const QString &backupPath, const QString &newDiaryPath)
{
    if (QFileInfo(newDiaryPath).absoluteFilePath() == QFileInfo(m_diary.path()).absoluteFilePath()) {
        emit failed(tr("A backup is restored into a new diary file, not over the one that is open."));
        return false;
    }
    try {
        DeviceSource file(InputFile::open(backupPath, InputFile::MaxBackupBytes));
        std::unique_ptr<EncryptedBackup::OpenedSource> opened;
        if (EncryptedBackup::isEncrypted(file)) {
            QInputDialog ask(m_window);
            ask.setWindowTitle(tr("Protected backup"));
            ask.setLabelText(tr("This backup is protected by a passphrase. Enter it to restore:"));
            ask.setTextEchoMode(QLineEdit::Password);
            if (m_runDialog(ask) != QDialog::Accepted)
                return false;
            opened = std::make_unique<EncryptedBackup::OpenedSource>(file, ask.textValue());
        }
        DiaryBackup::restoreToFile(opened ? static_cast<ByteSource &>(*opened) : file, newDiaryPath, nullptr);
    } catch (const StoreError &error) {
        emit failed(error.message());
        return false;
    }
    QMessageBox ask(QMessageBox::Question, tr("Backup restored"),
                    tr("The backup was restored into %1. Open that diary now? The diary open now stays as it is.")
                            .arg(newDiaryPath),
                    QMessageBox::Open | QMessageBox::Cancel, m_window);
    if (m_runDialog(ask) == QMessageBox::Open)
        QTimer::singleShot(0, this, [this, newDiaryPath] { emit diaryFileChosen(newDiaryPath); });
    return true;
}
