#pragma once

#include <QString>

// How long each piece of text in a diary may be: one set of limits, applied alike by every
// writer (the window, the commands, imports), by restore, by `check` and when a diary is
// opened, so a note no writer would take cannot arrive by another path and slow every view.
namespace TextLimits {
constexpr int Notes = 20000; // a cramp's or a night's notes
constexpr int Name = 200; // a factor or a medicine
constexpr int Dose = 200;
constexpr int Unit = 40;
constexpr int Choice = 200; // one answer of a choice factor
constexpr int Choices = 50; // answers a choice factor may offer
constexpr int Reason = 1000; // why a period was not tracked
constexpr int Questions = 4000; // the questions for the next visit

// "The notes are longer than the 20,000 characters a diary keeps; nothing was saved."
QString tooLong(const QString &what, int limit);
} // namespace TextLimits
