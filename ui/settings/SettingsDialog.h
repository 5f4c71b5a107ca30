#pragma once

#include <QDialog>

class AppSettings;
class NightRule;
class QComboBox;
class QLabel;
class ReminderEditor;
class QSpinBox;

// The settings, typed and kept in AppSettings: night boundary, first day of the week,
// water unit, night mode, and which diary file to use.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings &settings, NightRule &nightRule, const QString &currentDiary, QWidget *parent = nullptr);

    QSpinBox *boundaryHour() const { return m_boundary; }
    QSpinBox *wakeUpHour() const { return m_wakeUp; }
    QComboBox *firstDay() const { return m_firstDay; }
    QComboBox *waterUnit() const { return m_water; }
    QComboBox *language() const { return m_language; }
    QComboBox *nightMode() const { return m_nightMode; }
    ReminderEditor *reminder() const { return m_reminder; }

    void accept() override;

signals:
    // The person chose another diary file (existing, or a new one to create).
    void diaryFileChosen(const QString &path);

private:
    AppSettings &m_settings;
    NightRule &m_nightRule;
    QSpinBox *m_wakeUp = nullptr;
    QSpinBox *m_boundary = nullptr;
    QComboBox *m_firstDay = nullptr;
    QComboBox *m_water = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_nightMode = nullptr;
    QSpinBox *m_nightStart = nullptr;
    QSpinBox *m_nightEnd = nullptr;
    ReminderEditor *m_reminder = nullptr;
    QLabel *m_reminderProblem = nullptr;
    QString m_currentDiary;
};
