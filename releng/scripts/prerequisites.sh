# Sourced by run-tests.sh and run-opsbench.sh: makes sure the Debian/Ubuntu packages a command needs
# are there. As root with apt-get it installs what is missing; otherwise it stops at once with
# the one line to run. Nothing is changed on a machine that has everything.
#
#   opsbench_require "what for" package...
opsbench_require() {
  purpose=$1; shift
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian or Ubuntu machine: make sure the equivalents of these packages are installed ($purpose): $*" >&2
    return 0
  fi
  missing=
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing$missing ($purpose)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  else
    echo "OpsBench needs$missing ($purpose). Install with:" >&2
    echo "    sudo apt-get install -y --no-install-recommends$missing" >&2
    exit 1
  fi
}

# The workbench: GTK 3; WebKitGTK for the formatted user guide.
OPSBENCH_RUN_PACKAGES="libgtk-3-0 libwebkit2gtk-4.1-0"
# The tests besides: a virtual display (xvfb, xauth), the X pointer for drag and drop (xdotool),
# screenshots (imagemagick), a session bus for GTK (dbus-x11), Chinese fonts (Noto CJK; the
# TrueType droid fallback that PDF reports embed, as PDFBox cannot subset CFF outlines) and the
# PostgreSQL binaries the tests start a throw-away cluster with.
OPSBENCH_TEST_PACKAGES="xvfb xauth xdotool imagemagick dbus-x11 fonts-noto-cjk fonts-droid-fallback postgresql"
