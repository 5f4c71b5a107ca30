#pragma once

// SIGTERM (a logout, a shutdown), SIGINT and SIGHUP end the window as its Quit does: the
// event loop returns, the diary closes and writes its log into the file, and no -wal or
// -shm is left behind. A signal only writes a byte to a pipe; the loop does the rest.
namespace QuitOnSignals {
void install();
} // namespace QuitOnSignals
