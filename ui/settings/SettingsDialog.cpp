#include "ui/settings/SettingsDialog.h"

#include "core/settings/AppSettings.h"
#include "core/settings/NightRule.h"
#include "core/settings/Translations.h"
#include "ui/settings/ReminderEditor.h"
#include "ui/style/FitScrollArea.h"
#include "ui/style/Tone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppSettings &settings, NightRule &nightRule, const QString &currentDiary,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_nightRule(nightRule)
    , m_currentDiary(currentDiary)
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(windowTitle());
    QVBoxLayout *layout = FitScrollArea::bodyOf(this); // scrolls only where the screen is too small

    auto *diaryBox = new QGroupBox(tr("Diary"), this);
    auto *diaryForm = new QFormLayout(diaryBox);
    m_boundary = new QSpinBox(diaryBox);
    m_boundary->setRange(0, 23);
    m_boundary->setSuffix(tr(":00"));
    m_boundary->setValue(nightRule.boundaryHour());
    m_boundary->setAccessibleName(tr("Hour a night starts"));
    m_boundary->setToolTip(tr("A cramp before this hour counts for the night before. Noon suits most people; "
                              "night-shift workers may prefer another hour."));
    diaryForm->addRow(tr("A night starts at"), m_boundary);
    m_wakeUp = new QSpinBox(diaryBox);
    m_wakeUp->setRange(0, nightRule.boundaryHour());
    m_wakeUp->setSuffix(tr(":00"));
    m_wakeUp->setValue(nightRule.wakeUpHour());
    m_wakeUp->setAccessibleName(tr("Hour you are usually up"));
    m_wakeUp->setToolTip(tr("From this hour the night just slept is \u201clast night\u201d and counts in every "
                            "figure and report. It cannot be later than the hour a night starts."));
    // A night is counted by its morning, which cannot come after the night has ended.
    connect(m_boundary, &QSpinBox::valueChanged, m_wakeUp, [this](int boundary) { m_wakeUp->setMaximum(boundary); });
    diaryForm->addRow(tr("You are usually up by"), m_wakeUp);
    m_firstDay = new QComboBox(diaryBox);
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_firstDay->addItem(locale.dayName(day), day);
    m_firstDay->setCurrentIndex(m_firstDay->findData(int(nightRule.firstDayOfWeek())));
    m_firstDay->setAccessibleName(tr("First day of the week"));
    diaryForm->addRow(tr("Weeks start on"), m_firstDay);
    m_water = new QComboBox(diaryBox);
    m_water->addItem(tr("Millilitres (ml)"), int(AppSettings::WaterUnit::Millilitres));
    m_water->addItem(tr("US fluid ounces (fl oz)"), int(AppSettings::WaterUnit::FluidOunces));
    m_water->setCurrentIndex(m_water->findData(int(settings.waterUnit())));
    m_water->setAccessibleName(tr("Unit for water"));
    diaryForm->addRow(tr("Water in"), m_water);
    m_language = new QComboBox(diaryBox);
    m_language->addItem(
            tr("As the system (%1)")
                    .arg(QLocale(Translations::forSystem(QLocale::system().uiLanguages())).nativeLanguageName()),
            QString());
    for (const QString &name : Translations::available())
        m_language->addItem(QLocale(name).nativeLanguageName(), name);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("Takes effect the next time Cramp Diary starts."));
    diaryForm->addRow(tr("Language"), m_language);

    auto *file = new QLabel(currentDiary, diaryBox);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    file->setFocusPolicy(Qt::StrongFocus);
    file->setAccessibleName(tr("Diary file in use"));
    file->setWordWrap(true);
    diaryForm->addRow(tr("File"), file);
    auto *fileButtons = new QHBoxLayout;
    auto *open = new QPushButton(tr("&Open another diary\u2026"), diaryBox);
    open->setAccessibleName(tr("Open another diary file"));
    auto *create = new QPushButton(tr("&Create a new diary\u2026"), diaryBox);
    create->setAccessibleName(tr("Create a new diary file"));
    fileButtons->addWidget(open);
    fileButtons->addWidget(create);
    fileButtons->addStretch();
    diaryForm->addRow(QString(), fileButtons);
    layout->addWidget(diaryBox);

    auto *nightBox = new QGroupBox(tr("Night mode"), this);
    auto *nightForm = new QFormLayout(nightBox);
    m_nightMode = new QComboBox(nightBox);
    m_nightMode->addItem(tr("Off"), int(AppSettings::NightMode::Off));
    m_nightMode->addItem(tr("Always on"), int(AppSettings::NightMode::On));
    m_nightMode->addItem(tr("Automatic during night hours"), int(AppSettings::NightMode::Automatic));
    m_nightMode->setCurrentIndex(m_nightMode->findData(int(settings.nightMode())));
    m_nightMode->setAccessibleName(tr("Night mode"));
    nightForm->addRow(tr("Dark, dim colours"), m_nightMode);
    auto *hours = new QHBoxLayout;
    m_nightStart = new QSpinBox(nightBox);
    m_nightStart->setRange(0, 23);
    m_nightStart->setSuffix(tr(":00"));
    m_nightStart->setValue(settings.nightModeStartHour());
    m_nightStart->setAccessibleName(tr("Night mode starts at"));
    m_nightEnd = new QSpinBox(nightBox);
    m_nightEnd->setRange(0, 23);
    m_nightEnd->setSuffix(tr(":00"));
    m_nightEnd->setValue(settings.nightModeEndHour());
    m_nightEnd->setAccessibleName(tr("Night mode ends at"));
    hours->addWidget(m_nightStart);
    hours->addWidget(new QLabel(tr("until"), nightBox));
    hours->addWidget(m_nightEnd);
    hours->addStretch();
    nightForm->addRow(tr("Night hours from"), hours);
    auto updateHours = [this] {
        const bool automatic
                = AppSettings::NightMode(m_nightMode->currentData().toInt()) == AppSettings::NightMode::Automatic;
        m_nightStart->setEnabled(automatic);
        m_nightEnd->setEnabled(automatic);
    };
    connect(m_nightMode, &QComboBox::currentIndexChanged, this, updateHours);
    updateHours();
    layout->addWidget(nightBox);

    auto *reminderBox = new QGroupBox(tr("Evening check-in reminder"), this);
    auto *reminderLayout = new QVBoxLayout(reminderBox);
    m_reminder = new ReminderEditor(settings, reminderBox);
    reminderLayout->addWidget(m_reminder);
    m_reminderProblem = new QLabel(reminderBox);
    Tone::set(m_reminderProblem, Tone::Kind::Problem);
    m_reminderProblem->setWordWrap(true);
    m_reminderProblem->hide();
    reminderLayout->addWidget(m_reminderProblem);
    layout->addWidget(reminderBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QDialog::layout()->addWidget(buttons); // below the body, always in view

    const QString filter = tr("Cramp Diary (*.sqlite *.crampdiary);;All files (*)");
    connect(open, &QPushButton::clicked, this, [this, filter] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a diary"), QString(), filter);
        if (!path.isEmpty())
            emit diaryFileChosen(path);
    });
    connect(create, &QPushButton::clicked, this, [this, filter] {
        QString path
                = QFileDialog::getSaveFileName(this, tr("Create a new diary"), QStringLiteral("diary.sqlite"), filter);
        if (path.isEmpty())
            return;
        if (!path.contains(QLatin1Char('.')))
            path += QStringLiteral(".sqlite");
        emit diaryFileChosen(path);
    });
}

void SettingsDialog::accept()
{
    m_nightRule.change(m_boundary->value(), m_wakeUp->value(), Qt::DayOfWeek(m_firstDay->currentData().toInt()));
    m_settings.setWaterUnit(AppSettings::WaterUnit(m_water->currentData().toInt()));
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setNightMode(AppSettings::NightMode(m_nightMode->currentData().toInt()));
    m_settings.setNightModeHours(m_nightStart->value(), m_nightEnd->value());
    m_settings.sync();
    QString problem;
    if (!m_reminder->apply(m_settings, m_currentDiary, &problem)) {
        // Everything else is saved; the reminder works while the window is open.
        m_reminderProblem->setText(tr("%1\nThe reminder will only come while the window is open.").arg(problem));
        m_reminderProblem->show();
        return;
    }
    QDialog::accept();
}
