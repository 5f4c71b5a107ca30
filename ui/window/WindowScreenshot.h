#pragma once

#include <memory>

#include <QString>
#include <QStringList>

class MainWindow;
class QDialog;

// Pictures of the window, or of one of its dialogs, for the README and for looking at
// what a person sees (GuiLauncher's --screenshot and --view).
namespace WindowScreenshot {
// Every page and dialog a person can see, by view name.
QStringList views();
// Shows `view`: a page of `window`, or a dialog over it, returned to the caller to keep.
std::unique_ptr<QDialog> show(MainWindow &window, const QString &view);

// Renders `view` (home, diary, charts, quicklog, ...) of `window` into a PNG file.
bool save(MainWindow &window, const QString &file, const QString &view);
}
