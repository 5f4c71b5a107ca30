# Sourced by the benchmarks (from the repository's root): a throw-away directory $work,
# removed on exit, holding the app's settings, data and runtime files, so a run neither
# reads nor changes the person's own. Each benchmark sets QT_QPA_PLATFORM itself: some
# draw offscreen, some on a virtual X screen.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$work/runtime"
