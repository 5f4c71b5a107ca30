#include "ui/settings/ReminderEditor.h"

#include "core/settings/AppSettings.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeEdit>

ReminderEditor::ReminderEditor(const AppSettings &settings, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_enabled = new QCheckBox(tr("&Remind me at"), this);
    m_enabled->setChecked(settings.reminderEnabled());
    m_enabled->setAccessibleName(tr("Evening reminder"));
    m_time = new QTimeEdit(settings.reminderTime(), this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Reminder time"));
    m_time->setEnabled(m_enabled->isChecked());
    auto *rest = new QLabel(tr("if tonight has no check-in (once a night, also with the window closed)"), this);
    rest->setWordWrap(true);
    layout->addWidget(m_enabled);
    layout->addWidget(m_time);
    layout->addWidget(rest, 1);
    connect(m_enabled, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
}

bool ReminderEditor::apply(AppSettings &settings, const QString &diaryPath, QString *problem) const
{
    settings.setReminderEnabled(m_enabled->isChecked());
    settings.setReminderTime(m_time->time());
    settings.sync();
    if (!m_enabled->isChecked()) {
        m_timer.remove();
        return true;
    }
    return m_timer.install(QCoreApplication::applicationFilePath(), diaryPath, m_time->time(), problem);
}
