#pragma once

#include <QString>

class AppSettings;
class QMessageBox;
class QWidget;

// Once per diary, the window says when other users of the computer can read the diary
// and offers to make it private. The file is never changed without the person's yes.
namespace PrivacyNotice {
// Opens the notice over `window` (without blocking) when it is due, and returns it.
QMessageBox *showIfDue(QWidget *window, const QString &diaryPath, AppSettings &settings);
} // namespace PrivacyNotice
