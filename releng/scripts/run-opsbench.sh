#!/bin/sh
# Builds OpsBench (tests skipped), installs the case-management and network-topology features from the build's own
# p2 repository (as a regional office installs it) and starts the workbench on embedded Derby
# in ~/opsbench-workspace (or the folder given with -data DIR), loading the invented sample
# data set into the database if it is empty. Further arguments go to OpsBench, e.g. -nl zh_CN.
set -e
cd "$(dirname "$0")/../.."
. releng/scripts/prerequisites.sh
opsbench_require "the workbench" $OPSBENCH_RUN_PACKAGES
. releng/scripts/select-jdk.sh
./mvnw -B -q verify -DskipTests
product=releng/org.opsbench.product/target/products/org.opsbench.product/linux/gtk/x86_64/opsbench
repository=releng/org.opsbench.product/target/repository
if ! ls "$product"/plugins/org.opsbench.topology.ui_* >/dev/null 2>&1; then
  "$JAVA_HOME/bin/java" -jar "$product"/plugins/org.eclipse.equinox.launcher_*.jar -nosplash \
    -application org.eclipse.equinox.p2.director -repository "file:$PWD/$repository" \
    -destination "$PWD/$product" -profile DefaultProfile \
    -installIU org.opsbench.cases.feature.feature.group,org.opsbench.topology.feature.feature.group >/dev/null
fi
echo "OpsBench is built in $product with case management and network topology (start it again with $product/opsbench)."
OPSBENCH_JAVA="$JAVA_HOME/bin/java" exec "$product/opsbench" --sample-data "$@"
