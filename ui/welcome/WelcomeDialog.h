#pragma once

#include <functional>

#include <QDialog>

class AppSettings;
class DiaryRepository;
class GuidanceLibrary;
class NightRule;
class QCheckBox;
class QLabel;
class QSpinBox;
class ReminderEditor;

// The first start: what the app is (and is not), how nights are counted, and the few
// things worth setting before the first night - the night boundary, the evening reminder,
// the medicines with their start dates and any factors of one's own.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    using RunDialog = std::function<int(QDialog &)>;
    WelcomeDialog(DiaryRepository &diary, AppSettings &settings, NightRule &nightRule, const GuidanceLibrary &guidance,
                  RunDialog runDialog, QWidget *parent = nullptr);

    QSpinBox *boundaryHour() const { return m_boundary; }
    ReminderEditor *reminder() const { return m_reminder; }
    QCheckBox *dimAtNight() const { return m_dimAtNight; }
    void openMedicines();
    void openFactors();
    void accept() override;

private:
    void describeNight();
    void describeDiary();

    DiaryRepository &m_diary;
    AppSettings &m_settings;
    NightRule &m_nightRule;
    const GuidanceLibrary &m_guidance;
    RunDialog m_runDialog;
    QSpinBox *m_boundary = nullptr;
    QLabel *m_nightExample = nullptr;
    QCheckBox *m_dimAtNight = nullptr;
    QLabel *m_medicines = nullptr;
    QLabel *m_factors = nullptr;
    ReminderEditor *m_reminder = nullptr;
    QLabel *m_problem = nullptr;
};
