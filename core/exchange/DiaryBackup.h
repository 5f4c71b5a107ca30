#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class AppSettings;
class ByteSource;
class QIODevice;
class DiaryRepository;

// The whole diary as one versioned JSON file: every cramp, check-in, factor (retired ones
// too), medicine, untracked period and the settings, with their ids, so a restore
// recreates the diary exactly. Restoring only ever fills a new, empty diary.
namespace DiaryBackup {
constexpr int FormatVersion = 1;
constexpr QLatin1StringView FormatName { "cramp-diary-backup" };

// Streams the backup to `out`, a few thousand cramps at a time; false if `out` refused a
// write (a full disk).
bool write(const DiaryRepository &diary, const AppSettings *settings, QIODevice &out);
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
// The backup is read twice, never held whole: once to check all but its long arrays, once
// to restore entry by entry in one transaction that a late refusal undoes.
QStringList restore(ByteSource &backup, DiaryRepository &diary, AppSettings *settings, RestoreOptions options = {});
QStringList restore(const QByteArray &json, DiaryRepository &diary, AppSettings *settings, RestoreOptions options = {});

struct Restored {
    int cramps = 0;
    QStringList leftOut;
};
// Restores into the diary file at `path`: an empty diary there, or a new file that appears
// only when the restore is complete. Throws StoreError.
Restored restoreToFile(ByteSource &backup, const QString &path, AppSettings *settings, RestoreOptions options = {});
} // namespace DiaryBackup
