#pragma once

#include <QStringList>

class DiaryRepository;
class QTextStream;

// The subcommands that work without a display: log, checkin, list, demo. Each reads its
// options, checks every value before opening the diary, and writes in one transaction.
// Exit codes: 0 done, 1 the diary refused (message says why), 2 a usage mistake.
namespace CommandLineTool {
bool isSubcommand(const QString &word);
// Commands that draw (the PDF report) need a GUI application on the offscreen platform.
bool needsRendering(const QString &word);
QStringList subcommands();
// `served`: the window's open diary, when a command forwarded to the window runs there.
// A writing command while a window has the diary open is forwarded to that window.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, DiaryRepository *served = nullptr);
} // namespace CommandLineTool
