#!/usr/bin/env bash
# Starts Cramp Diary on its own demo diary, on a virtual X screen, with Qt's AT-SPI bridge on,
# and walks its accessibility tree with atspi_walk.py. CTest runs this inside dbus-run-session
# (a private session bus, so the accessibility bus and registry are the test's own).
# Usage: run-atspi-walk.sh APP WORK_DIR
set -euo pipefail
app="$1"
work="$2"
rm -rf "$work"
mkdir -p "$work/config" "$work/data" "$work/runtime"
chmod 700 "$work/runtime"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
unset QT_QPA_PLATFORM # the bridge lives in the X11 platform plugin, not the offscreen one
"$app" demo --database "$work/demo.sqlite" --nights 120 >/dev/null
"$app" --database "$work/demo.sqlite" &
pid=$!
status=0
/usr/bin/python3 -u "$(dirname "$0")/atspi_walk.py" cramp-diary || status=$?
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
exit "$status"
