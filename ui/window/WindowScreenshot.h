#pragma once

#include <QString>

class MainWindow;

// Pictures of the window, or of one of its dialogs, for the README and for looking at
// what a person sees (GuiLauncher's --screenshot and --view).
namespace WindowScreenshot {
// Renders `view` (home, diary, charts, quicklog, ...) of `window` into a PNG file.
bool save(MainWindow &window, const QString &file, const QString &view);
}
