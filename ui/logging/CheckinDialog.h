#pragma once

#include "core/domain/NightLog.h"

#include <functional>

#include <QDialog>
#include <QHash>

class AppSettings;
class DiaryRepository;
class FactorInput;
class GuidanceLibrary;
class QCheckBox;
class QDialogButtonBox;
class QPushButton;
class QDateEdit;
class PlanAdherenceRow;
class QLabel;
class QLineEdit;
class QVBoxLayout;

// The evening check-in: tonight's factors in one short form, with yesterday's values a
// click away. The dialog only reads the diary; the caller saves log() (undoably).
// Values of retired factors already in the night's log are kept, never dropped.
class CheckinDialog : public QDialog
{
    Q_OBJECT

public:
    CheckinDialog(DiaryRepository &diary, AppSettings &settings, QDate night, QWidget *parent = nullptr,
                  const GuidanceLibrary *guidance = nullptr);

    NightLog log() const { return m_result; }
    PlanAdherenceRow *plan() const { return m_plan; } // tonight's self-experiment, if any
    QDate night() const;
    void setNight(QDate night);
    FactorInput *input(const QString &builtinKeyOrName) const;
    QCheckBox *medicationBox(qint64 medicationId) const { return m_medications.value(medicationId); }
    void setNotes(const QString &notes);
    QString statusText() const; // what the form last said: copied, replaced, or not saved yet

    // Fills the form from the last check-in before this night. False if there is none.
    bool copyPrevious();
    // "Took my usual medicines": ticks those whose dates cover the night.
    void tickUsualMedicines();
    void accept() override;
    // Esc or Cancel after a change asks before the typed answers are discarded.
    void reject() override;
    bool hasChanges() const;
    // For tests: answers the "discard?" question instead of asking (true: discard).
    void setDiscardQuestion(std::function<bool()> ask) { m_askDiscard = std::move(ask); }

private:
    // What the form holds now, valid or not: compared with m_loaded to tell a change.
    NightLog formLog() const;
    void rebuild(bool keepTyped);
    void load(const std::optional<NightLog> &log);
    void manageFactors();
    void manageMedications();

    DiaryRepository &m_diary;
    AppSettings &m_settings;
    const GuidanceLibrary *m_guidance;
    NightLog m_result;
    QDateEdit *m_night = nullptr;
    QLabel *m_status = nullptr;
    PlanAdherenceRow *m_plan = nullptr;
    QWidget *m_formHost = nullptr;
    QVBoxLayout *m_formHostLayout = nullptr;
    QList<FactorInput *> m_inputs;
    QHash<qint64, QCheckBox *> m_medications;
    QLineEdit *m_notes = nullptr;
    QPushButton *m_usualMedicines = nullptr;
    QWidget *m_copy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QDate m_shownNight; // the night whose check-in the form holds
    NightLog m_loaded; // the form as loaded for m_shownNight: a change is any difference
    std::optional<bool> m_loadedFollowed;
    std::function<bool()> m_askDiscard;
};
