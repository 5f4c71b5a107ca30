#pragma once

#include "core/exchange/CsvImport.h"
#include "core/exchange/FhirExport.h"

#include <functional>

#include <QObject>

class AppSettings;
class DiaryRepository;
class NightRule;
class QDialog;
class QMenu;
class QWidget;
class UndoableDiary;
struct ImportForecast;

// The File menu's data work: CSV export and import, backup and restore. Each step reports
// what happened (finished or failed) and never leaves the open diary half-changed.
class DataFileActions : public QObject
{
    Q_OBJECT

public:
    enum class CsvKind { Episodes, CheckIns };
    using RunDialog = std::function<int(QDialog &)>; // the window's way to run a dialog

    DataFileActions(DiaryRepository &diary, AppSettings &settings, const NightRule &nightRule, RunDialog runDialog,
                    QWidget *window);

    // Adds the export, import, backup and restore entries, each asking for its file.
    void addTo(QMenu *fileMenu);

    bool exportCsv(CsvKind kind, const QString &path);
    // The whole diary as FHIR R4 for a clinic system, with the patient the report names.
    bool exportFhir(const QString &path);
    void setPatientSource(std::function<FhirExport::Patient()> source) { m_patient = std::move(source); }
    // Where an import from another app is put, as one step to undo.
    void setUndo(UndoableDiary *undo) { m_undo = undo; }
    bool importCsv(CsvKind kind, const QString &path);
    // Another app's CSV: asks how its columns map (remembering the last mapping), then imports.
    bool importFromOtherApp(const QString &path);
    // With a passphrase, the backup is encrypted (EncryptedBackup).
    bool backupTo(const QString &path, const QString &passphrase = {});
    // Restores into a new diary file (never the open one), asking for the passphrase of a
    // protected backup; then offers to open it.
    bool restoreFrom(const QString &backupPath, const QString &newDiaryPath);

signals:
    void finished(const QString &message); // for the status bar
    void failed(const QString &message);
    void diaryFileChosen(const QString &path);

private:
    bool reportImport(const CsvImportResult &result);
    bool confirmImport(const ImportForecast &forecast);

    DiaryRepository &m_diary;
    AppSettings &m_settings;
    const NightRule &m_nightRule;
    RunDialog m_runDialog;
    QWidget *m_window;
    UndoableDiary *m_undo = nullptr;
    std::function<FhirExport::Patient()> m_patient = [] { return FhirExport::Patient {}; };
};
