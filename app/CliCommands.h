#pragma once

#include <QStringList>

class CliContext;

// One function per subcommand; each gets the whole argument list (program, command, ...).
namespace CliCommands {
int log(CliContext &context, const QStringList &arguments);
int checkin(CliContext &context, const QStringList &arguments);
int list(CliContext &context, const QStringList &arguments);
int demo(CliContext &context, const QStringList &arguments);
} // namespace CliCommands
