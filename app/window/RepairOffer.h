#pragma once

#include <functional>

#include <QString>

class QMessageBox;
class QWidget;

// When the window cannot open a damaged diary, it offers the repair `cramp-diary check
// --repair` makes, instead of only an error: every good entry kept, the damaged file beside.
namespace RepairOffer {
using RunDialog = std::function<void(QMessageBox &)>; // exec() in the app; a test answers

// Shows `problem` and offers to repair the diary at `path`; true when it was repaired
// and can be opened again.
bool ask(QWidget *parent, const QString &path, const QString &problem, const RunDialog &run);
} // namespace RepairOffer
