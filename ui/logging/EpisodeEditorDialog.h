#pragma once

#include "core/domain/Episode.h"

#include <QDialog>
#include <QHash>

class GuidanceLibrary;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Every detail of one cramp. Problems are shown next to their field and nothing is saved
// until all of them are fixed. The dialog edits a copy; the caller saves episode().
class EpisodeEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EpisodeEditorDialog(const Episode &episode, QWidget *parent = nullptr,
                                 const GuidanceLibrary *guidance = nullptr);

    Episode episode() const { return m_result; }
    // The problem shown next to a field ("start", "duration", ...); empty when none.
    QString problemText(const QString &field) const;

    void accept() override;

private:
    std::optional<Episode> collect();
    void showProblem(const QString &field, const QString &message);
    void clearProblems();
    QLabel *addProblemLabel(QFormLayout *form, const QString &field);

    Episode m_original;
    Episode m_result;
    QDateTimeEdit *m_start = nullptr;
    QLineEdit *m_duration = nullptr;
    QComboBox *m_durationUnit = nullptr;
    QSpinBox *m_severity = nullptr;
    QComboBox *m_leg = nullptr;
    QComboBox *m_muscle = nullptr;
    QComboBox *m_woke = nullptr;
    QSpinBox *m_sleepDisturbance = nullptr;
    QHash<Relief, QCheckBox *> m_reliefTried;
    QHash<Relief, QComboBox *> m_reliefHelped;
    QComboBox *m_soreness = nullptr;
    QHash<WarningSign, QCheckBox *> m_signs;
    QPlainTextEdit *m_notes = nullptr;
    QHash<QString, QLabel *> m_problems;
};
