#pragma once

#include <functional>

#include <QString>

class QIODevice;

// A health diary is private: everything Cramp Diary writes (the diary and its journal,
// pre-upgrade copies, backups, CSV, FHIR and PDF files, settings) is readable by its owner
// only, whatever the umask. A file the person chose that others can read is reported,
// never silently changed.
namespace PrivateFiles {
// Files this process creates from now on are 0600 and folders 0700.
void restrictNewFiles();
// Group or others may read `path`.
bool readableByOthers(const QString &path);
// 0600 for a file (with the diary's -wal and -shm when `withJournal`), 0700 for a folder.
bool makePrivate(const QString &path, bool withJournal = false);
// Writes an export (CSV, FHIR, a backup) whole or not at all: into a new owner-only file
// beside `path`, renamed over it when complete, so a file that was there, even one others
// could read, is replaced by a private one. False, with the reason, if it failed.
bool save(const QString &path, const QByteArray &bytes, QString *error);
// The same for a file written through a device (a PDF): `write` fills it, returning false to give up.
// The reason names a full disk as such (QSaveFile would say "Unknown error").
bool saveWith(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error);
} // namespace PrivateFiles
