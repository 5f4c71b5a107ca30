#!/usr/bin/env bash
# Installs every Debian package the build, the tests and the app need.
# Idempotent: asks apt only for what is missing, and says nothing when nothing is.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev libegl-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
  libsqlite3-dev sqlite3
  libgtest-dev libgmock-dev libbenchmark-dev
  poppler-utils xvfb xauth
  qt6-qpa-plugins libqt6svg6 fonts-dejavu-core tzdata
  dbus-daemon dbus-x11 python3 python3-dbus python3-gi time
  at-spi2-core python3-pyatspi xdotool
  libsodium-dev faketime
  desktop-file-utils appstream lintian librsvg2-bin shared-mime-info xdg-utils libglib2.0-bin binutils
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# Node.js and npm run the FHIR schema validator in the tests. A Node.js that is already
# there (some machines carry a newer one, with npm inside) is used as it is.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
echo "Installing missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
