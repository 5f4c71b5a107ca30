#pragma once

#include "core/domain/EveningReminder.h"

#include <QString>

class AppSettings;
class DiaryRepository;

// What the evening reminder needs to know, read from the settings and the diary, and what
// it says; shared by the window's reminder and the `remind` command.
namespace ReminderCheck {
EveningReminder::Facts facts(const DiaryRepository &diary, AppSettings &settings, QDate night);
QString summary();
QString body(const DiaryRepository &diary, QDate night); // names tonight's experiment plan, if any
QString actionLabel();
// Why no reminder went out, in a sentence.
QString explain(EveningReminder::Decision decision);
} // namespace ReminderCheck
