# Sourced by the other scripts: exports JAVA_HOME of a JDK 21 or newer, never changing the machine.
# Order: $JAVA_HOME if it is 21+, then the newest JDK under /usr/lib/jvm.
opsbench_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
opsbench_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(opsbench_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then return 0; fi
  fi
  best=; best_major=0
  for jdk in /usr/lib/jvm/*; do
    [ -x "$jdk/bin/javac" ] || continue
    major=$(opsbench_java_major "$jdk")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$jdk; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "OpsBench builds with JDK 21 or newer and found none (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm). Install one, e.g. Temurin 21." >&2
    return 1
  fi
  JAVA_HOME=$best
}
opsbench_select_jdk || exit 1
export JAVA_HOME
