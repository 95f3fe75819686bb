#!/bin/sh
# Builds OpsBench (tests skipped) and starts the workbench on embedded Derby in
# ~/opsbench-workspace (or the folder given with -data DIR), loading the invented sample
# data set into the database if it is empty. Further arguments go to OpsBench, e.g. -nl zh_CN.
set -e
cd "$(dirname "$0")/../.."
. releng/scripts/select-jdk.sh
./mvnw -B -q verify -DskipTests
product=releng/org.opsbench.product/target/products/org.opsbench.product/linux/gtk/x86_64/opsbench
echo "OpsBench is built in $product (start it again with $product/opsbench)."
OPSBENCH_JAVA="$JAVA_HOME/bin/java" exec "$product/opsbench" --sample-data "$@"
