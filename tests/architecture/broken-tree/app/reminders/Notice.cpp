// Breaks the app rule on purpose: a reminder reaching into the window's session.
#include "app/window/TrayIcon.h"
