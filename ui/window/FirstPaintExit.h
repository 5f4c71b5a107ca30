#pragma once

class QWidget;

// For the first-paint benchmark: ends the application as soon as `window` has painted for
// the first time (its first expose), so a whole-process timing measures start to first
// paint with no fixed wait. Shared by the app (--quit-at-first-paint) and the floor in
// benchmarks/.
namespace FirstPaintExit {
void install(QWidget *window);
// The same for the first dialog to paint: a first start is timed to its welcome.
void installForFirstDialog();
}
