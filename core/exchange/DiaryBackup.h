#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class AppSettings;
class DiaryRepository;

// The whole diary as one versioned JSON file: every cramp, check-in, factor (retired ones
// too), medicine, untracked period and the settings, with their ids, so a restore
// recreates the diary exactly. Restoring only ever fills a new, empty diary.
namespace DiaryBackup {
constexpr int FormatVersion = 1;

QJsonObject toJson(const DiaryRepository &diary, const AppSettings *settings);
QByteArray write(const DiaryRepository &diary, const AppSettings *settings);

// Throws StoreError (Rejected) with a clear message for invalid JSON, a file that is not
// a backup, a backup from a newer version, or data the diary refuses; nothing is then
// written. `diary` must be empty. Settings in the backup are applied when `settings` is given.
void restore(const QByteArray &json, DiaryRepository &diary, AppSettings *settings);
// Restores into the diary file at `path`, creating it if there is none; a file it created
// is removed again (with its journal and lock) when the restore fails. Returns the number
// of cramps restored; throws StoreError.
int restoreToFile(const QByteArray &json, const QString &path, AppSettings *settings);
} // namespace DiaryBackup
