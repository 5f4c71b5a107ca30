#pragma once

#include <QStringList>

class CliContext;

// One function per subcommand; each gets the whole argument list (program, command, ...).
namespace CliCommands {
int log(CliContext &context, const QStringList &arguments);
int checkin(CliContext &context, const QStringList &arguments);
int list(CliContext &context, const QStringList &arguments);
int demo(CliContext &context, const QStringList &arguments);
int exportData(CliContext &context, const QStringList &arguments);
int importData(CliContext &context, const QStringList &arguments);
int backup(CliContext &context, const QStringList &arguments);
int restore(CliContext &context, const QStringList &arguments);
int stats(CliContext &context, const QStringList &arguments);
int report(CliContext &context, const QStringList &arguments);
int bedsideSheet(CliContext &context, const QStringList &arguments);
int remind(CliContext &context, const QStringList &arguments);
int check(CliContext &context, const QStringList &arguments);
int experiment(CliContext &context, const QStringList &arguments);
} // namespace CliCommands
