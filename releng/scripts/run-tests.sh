#!/bin/sh
# Builds everything and runs every test: unit and persistence tests (embedded Derby, a Derby
# network server and a PostgreSQL cluster, both started by the tests on loopback), the
# command line, and the product itself (p2 install/uninstall, workbench start with screenshot).
# UI tests need a display: without one the build runs under xvfb-run. Missing packages are
# installed when run as root on Debian/Ubuntu; otherwise it says which line to run.
set -e
cd "$(dirname "$0")/../.."
. releng/scripts/prerequisites.sh
opsbench_require "the workbench" $OPSBENCH_RUN_PACKAGES
opsbench_require "the tests" $OPSBENCH_TEST_PACKAGES
. releng/scripts/select-jdk.sh
echo "Using JDK at $JAVA_HOME"
if [ -n "${DISPLAY:-}" ]; then
  exec ./mvnw -B verify "$@"
fi
exec xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B verify "$@"
