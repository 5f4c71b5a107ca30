#pragma once

#include <QString>

class QCommandLineParser;

// Where a command gets a backup's passphrase: the first line of --passphrase-file, or the
// terminal, asked without echo (twice when it protects a new backup). Throws UsageError
// when there is neither, and when the two typings differ.
namespace Passphrase {
void addOption(QCommandLineParser &parser);
QString forNewBackup(const QCommandLineParser &parser);
QString forRestore(const QCommandLineParser &parser);
} // namespace Passphrase
