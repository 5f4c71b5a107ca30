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

struct RestoreOptions {
    // Restore every sound entry and leave out (and list) the ones that break the diary's
    // rules, as a backup of a damaged diary may hold; by default one such entry refuses all.
    bool skipBroken = false;
};

// Throws StoreError (Rejected) with a clear message for invalid JSON, a file that is not
// a backup, a backup from a newer version, or data the diary refuses (naming every broken
// entry by its JSON path); nothing is then written. `diary` must be empty. Settings in the
// backup are applied when `settings` is given. Returns the entries left out (skipBroken).
QStringList restore(const QByteArray &json, DiaryRepository &diary, AppSettings *settings, RestoreOptions options = {});

struct Restored {
    int cramps = 0;
    QStringList leftOut;
};
// Restores into the diary file at `path`: an empty diary there, or a new file that appears
// only when the restore is complete. Throws StoreError.
Restored restoreToFile(const QByteArray &json, const QString &path, AppSettings *settings, RestoreOptions options = {});
} // namespace DiaryBackup
