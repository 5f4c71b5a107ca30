#pragma once

// Parses the window's options (--database, --screenshot, --help, --version), checks that
// a display exists, opens the diary and shows the main window.
namespace GuiLauncher {
int run(int argc, char *argv[], void (*describeApplication)());
}
