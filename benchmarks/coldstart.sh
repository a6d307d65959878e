#!/usr/bin/env bash
# Cold start: the time from main() to the first Links.list() result in a fresh JVM (ColdStart),
# REPS times per configuration, each JVM in a fresh `unshare -rn`, and prints the medians:
#   Java 17 (JNR), Java 17 + AppCDS archive, Java 22+ (FFM), Java 22+ + AOT cache, Java 22+ forced to JNR.
# Also the whole process (exec to exit) as seen from the shell, beside `ip link show` for scale, and
# the CPU time the JVM had used when the result came (JVM start, JIT, GC included): on a loaded
# machine that says more than wall time.
#
#   benchmarks/coldstart.sh                      # REPS=7, JAVA25=/usr/lib/jvm/temurin-25*/bin/java
#   REPS=11 JAVA17=/path/to/java benchmarks/coldstart.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-$here/target/benchmarks.jar}
: "${REPS:=7}" "${JAVA17:=java}"
if [[ -z "${JAVA25+set}" ]]; then JAVA25=$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1 || true); fi
mkdir -p "$here/target"; work=$(mktemp -d "$here/target/coldstart.XXXXXX") # the AppCDS/AOT archives land here, never in the JDK
if [[ -n "$JAVA25" ]] && ! unzip -l "$jar" 'META-INF/versions/22/io/jnetlink/core/FfmLibC.class' >/dev/null 2>&1; then
  echo "coldstart.sh: $jar has no FFM backend (build it with JAVA22_HOME=/usr/lib/jvm/temurin-25-jdk-amd64):" \
    "the java25-ffm rows would run JNR" >&2
fi
main=io.jnetlink.benchmarks.ColdStart

# one run: prints "MAIN_TO_RESULT_MS PROCESS_MS PROCESS_CPU_MS_AT_RESULT"
once() {
  unshare -rn bash -c 's=$EPOCHREALTIME; out=$("$@"); e=$EPOCHREALTIME
    awk -v o="$out" -v s="$s" -v e="$e" '"'"'BEGIN { split(o, f, " "); printf "%s %.1f %s\n", f[2], (e - s) * 1000, f[6] }'"'"'' _ "$@"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
measure() { # LABEL JAVA ARGS...
  local label=$1; shift
  : >"$work/$label"
  for ((r = 0; r < REPS; r++)); do once "$@" -cp "$jar" $main >>"$work/$label"; done
  printf "%-28s %10s %10s %10s\n" "$label" "$(cut -d' ' -f1 "$work/$label" | median)" "$(cut -d' ' -f2 "$work/$label" | median)" \
    "$(cut -d' ' -f3 "$work/$label" | median)"
}

printf "%-28s %10s %10s %10s   (medians of %d, ms; machine: %s CPUs, load %s)\n" "configuration" "main->list" "process" "cpu" \
  "$REPS" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)"
ipms=$(for ((r = 0; r < REPS; r++)); do unshare -rn bash -c 's=$EPOCHREALTIME; ip link show >/dev/null; e=$EPOCHREALTIME; awk -v s=$s -v e=$e "BEGIN { printf \"%.1f\n\", (e - s) * 1000 }"'; done | median)
printf "%-28s %10s %10s\n" "ip link show" "-" "$ipms"

measure "java17-jnr" "$JAVA17"
"$JAVA17" -XX:ArchiveClassesAtExit="$work/app17.jsa" -cp "$jar" $main >/dev/null 2>&1 || true
if [[ -f "$work/app17.jsa" ]]; then
  unshare -rn true # the archive was dumped in the host namespace: that is fine, it holds classes only
  measure "java17-jnr+appcds" "$JAVA17" -XX:SharedArchiveFile="$work/app17.jsa"
fi
if [[ -n "$JAVA25" ]]; then
  measure "java25-ffm" "$JAVA25" --enable-native-access=ALL-UNNAMED
  unshare -rn "$JAVA25" --enable-native-access=ALL-UNNAMED -XX:AOTCacheOutput="$work/app25.aot" -cp "$jar" $main >/dev/null 2>&1 || true
  if [[ -f "$work/app25.aot" ]]; then
    measure "java25-ffm+aotcache" "$JAVA25" --enable-native-access=ALL-UNNAMED -XX:AOTCache="$work/app25.aot"
  fi
  measure "java25-jnr" "$JAVA25" --enable-native-access=ALL-UNNAMED -Djnetlink.native=jnr
fi
rm -rf "$work"
