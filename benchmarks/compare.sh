#!/usr/bin/env bash
# Runs the workloads W1..W5 for jnetlink (cold, warm, batch; on the default java, which picks the
# JNR backend on Java 17-21, and on a Java 22+ (JAVA25), which picks FFM), for iproute2/nft and for
# the C reference client ../shared/peers/c-mnl (one at a time: c-mnl, pipelined: c-mnl-pipe), each
# run in a fresh `unshare -rnm` (needs unprivileged user namespaces, no root), and prints a table of
# medians with the ratios jnetlink/C and jnetlink/iproute2 per phase, then the peak heap of a
# 10,000- and a 100,000-route streaming dump in a small heap.
#
#   benchmarks/compare.sh                 # full: W1 1000, W2 5000, W3 10000, W4 1000, W5 1000; 5 runs each
#   QUICK=1 benchmarks/compare.sh         # small N (W1 100, W2 500, W3 1000, W4 100, W5 100), 3 runs
#
# Environment: QUICK=1; REPS (runs per cell, median taken); WARMUP (the --warmup K of warm runs, default 2);
# N_W1 N_W2 N_W3 N_W4 N_W5 (override N); PHASES (e.g. "W3 W4", default all); SKIP_BUILD=1 (reuse the jar);
# MEMORY=0 (skip the heap check); SETTLE_BUSY (CPU busy % to wait below between runs, default 30) and
# SETTLE_MAX (seconds to wait at most for that, default 5: on a shared machine it may never settle);
# RESULTS (directory for the raw lines, default a temporary one, kept and printed at the end);
# CMNL (the c-mnl source folder, default ../shared/peers/c-mnl beside the repository; CMNL= skips it);
# JAVA25 (a java 22+ for the FFM columns, default /usr/lib/jvm/temurin-25*/bin/java; JAVA25= skips them).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
jar="$here/target/benchmarks.jar"

if [[ "${QUICK:-0}" == 1 ]]; then
  : "${N_W1:=100}" "${N_W2:=500}" "${N_W3:=1000}" "${N_W4:=100}" "${N_W5:=100}" "${REPS:=3}"
else
  : "${N_W1:=1000}" "${N_W2:=5000}" "${N_W3:=10000}" "${N_W4:=1000}" "${N_W5:=1000}" "${REPS:=5}"
fi
: "${WARMUP:=2}" "${PHASES:=W1 W2 W3 W4 W5}" "${MEMORY:=1}" "${SETTLE_BUSY:=30}" "${SETTLE_MAX:=5}"
results=${RESULTS:-$(mktemp -d /tmp/jnetlink-compare.XXXXXX)}
mkdir -p "$results"
raw="$results/lines.txt"
: >"$raw"

for tool in unshare ip nft java awk; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is needed" >&2; exit 1; }
done
unshare -rnm true 2>/dev/null || { echo "compare.sh: 'unshare -rnm' failed: unprivileged user namespaces are needed" >&2; exit 1; }

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$jar" ]]; then
  echo "building $jar ..." >&2
  # the FFM backend (META-INF/versions/22) is compiled only by a JDK 22+: fork the temurin-25 javac
  # when Maven runs on Java 17, or the "FFM" columns would silently measure JNR again
  if [[ -z "${JAVA22_HOME:-}" ]]; then
    jdk22=$(ls -d /usr/lib/jvm/temurin-2[2-9]* 2>/dev/null | head -1 || true)
    [[ -n "$jdk22" && -x "$jdk22/bin/javac" ]] && export JAVA22_HOME="$jdk22"
  fi
  (cd "$root" && mvn -o -q -B package -pl benchmarks -am -DskipTests -DskipITs)
fi
cp "$jar" "$results/benchmarks.jar" # a rebuild during the run must not change what is measured
jar="$results/benchmarks.jar"

# ---- the C reference client and the Java 22+ JVM (each optional) -----------------------------
: "${CMNL=$root/../shared/peers/c-mnl}"
mnlbench=""
if [[ -n "$CMNL" && -f "$CMNL/build.sh" ]]; then
  if ! { command -v gcc && command -v pkg-config && pkg-config --exists libmnl; } >/dev/null 2>&1 \
      && command -v apt-get >/dev/null && [[ "$(id -u)" == 0 ]]; then
    echo "installing gcc, pkg-config, libmnl-dev for the C client ..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc pkg-config libmnl-dev >/dev/null 2>&1 || true
  fi
  mnlbench=$(sh "$CMNL/build.sh" "$results/c-mnl" 2>"$results/c-mnl-build.log") || mnlbench=""
fi
if [[ -z "$mnlbench" ]]; then
  cmnl_note="c-mnl columns skipped: the C client was not built (CMNL='$CMNL'; needs gcc, pkg-config, libmnl-dev; see $results/c-mnl-build.log)"
  echo "compare.sh: $cmnl_note" >&2
fi
if [[ -z "${JAVA25+set}" ]]; then
  JAVA25=$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1 || true)
fi
if [[ -n "$JAVA25" ]] && ! "$JAVA25" -version >/dev/null 2>&1; then
  echo "compare.sh: JAVA25=$JAVA25 does not run; FFM columns skipped" >&2
  JAVA25=""
fi
if [[ -n "$JAVA25" ]] && ! unzip -l "$jar" 'META-INF/versions/22/io/jnetlink/core/FfmLibC.class' >/dev/null 2>&1; then
  echo "compare.sh: $jar has no FFM backend (build it with JAVA22_HOME set): the ffm columns run JNR on $JAVA25" >&2
fi

# ---- input files for iproute2 / nft (the same work the runner does) ------------------------
files="$results/input"
mkdir -p "$files"
awk -v n="$N_W1" 'BEGIN { for (i = 0; i < n; i++) printf "link add a%d type veth peer name b%d\n", i, i }' >"$files/w1add.batch"
awk -v n="$N_W1" 'BEGIN { for (i = 0; i < n; i++) printf "link del a%d\n", i }' >"$files/w1del.batch"
awk -v n="$N_W2" 'BEGIN { for (k = 1; k <= n; k++) printf "addr add 10.%d.%d.%d/32 dev br0\n", int(k / 65536) % 256, int(k / 256) % 256, k % 256 }' >"$files/w2.batch"
awk -v n="$N_W3" 'BEGIN { for (i = 0; i < n; i++) printf "route add 172.%d.%d.%d/32 via 10.0.0.2\n", 16 + int(i / 65536), int(i / 256) % 256, i % 256 }' >"$files/w3.batch"
awk -v n="$N_W4" 'BEGIN { for (i = 0; i < n; i++) printf "link add a%d type veth peer name b%d\n", i, i }' >"$files/w4pre.batch"
awk -v n="$N_W5" 'BEGIN {
  print "add table ip nat"
  print "add chain ip nat postrouting { type nat hook postrouting priority 100 ; }"
  for (i = 0; i < n; i++) printf "add rule ip nat postrouting ip saddr 10.0.%d.%d masquerade\n", int(i / 256), i % 256
}' >"$files/w5.nft"

# ---- helpers ------------------------------------------------------------------------------
# Waits (up to SETTLE_MAX s) until the CPU is mostly idle: busy% over 0.5 s below SETTLE_BUSY.
unsettled=0
settle() {
  local tries=0 a b
  while (( tries < 2 * SETTLE_MAX )); do
    a=$(awk '/^cpu /{ print $2+$3+$4+$6+$7+$8, $5 }' /proc/stat)
    sleep 0.5
    b=$(awk '/^cpu /{ print $2+$3+$4+$6+$7+$8, $5 }' /proc/stat)
    if awk -v a="$a" -v b="$b" -v lim="$SETTLE_BUSY" 'BEGIN { split(a, x, " "); split(b, y, " ");
         busy = y[1] - x[1]; idle = y[2] - x[2]; exit !(busy + idle > 0 && 100 * busy / (busy + idle) < lim) }'; then
      return 0
    fi
    tries=$((tries + 1))
  done
  unsettled=$((unsettled + 1))
}

# Preconditions, as shell run inside the fresh namespace before the timed work.
pre_for() {
  case "$1" in
    W1|W5) echo "true" ;;
    W2) echo "ip link add br0 type bridge && ip link set br0 up" ;;
    W3) echo "ip link add br0 type bridge && ip link set br0 up && ip addr add 10.0.0.1/8 dev br0" ;;
    W4) echo "ip -batch '$files/w4pre.batch'" ;;
  esac
}

n_for() { local v="N_$1"; echo "${!v}"; }

# One jnetlink run: fresh namespace, precondition, then the runner; appends its lines, named
# jnetlink-cold/-warm/-batch (default java) or ffm-cold/-warm/-batch (JAVA25).
run_jnetlink() { # WORKLOAD MODE(cold|warm|batch) [JAVA LABEL]
  local w=$1 mode=$2 javabin=${3:-java} label=${4:-jnetlink} n args
  n=$(n_for "$w")
  case "$mode" in
    cold) args="$w $n" ;;
    warm) args="--warmup $WARMUP $w $n" ;;
    batch) args="--batch --warmup $WARMUP $w $n" ;;
  esac
  settle
  local out
  out=$(unshare -rnm bash -c "$(pre_for "$w") && exec '$javabin' --enable-native-access=ALL-UNNAMED -cp '$jar' io.jnetlink.benchmarks.Workloads $args") || {
    echo "compare.sh: $label $mode $w failed" >&2; exit 1; }
  echo "$out" | sed "s/^jnetlink-batch /$label-batch /; s/^jnetlink /$label-$mode /" >>"$raw"
}

# One C client run (c-mnl, or c-mnl-pipe with -p): fresh namespace, its own precondition script.
run_cmnl() { # WORKLOAD [-p]
  local w=$1 flag=${2:-} n
  n=$(n_for "$w")
  settle
  unshare -rnm sh -c "sh '$CMNL/preconditions.sh' $w $n && exec '$mnlbench' $flag $w $n" 2>/dev/null >>"$raw" || {
    echo "compare.sh: c-mnl $flag $w failed" >&2; exit 1; }
}

# One iproute2/nft run: fresh namespace, precondition, each phase timed with bash's EPOCHREALTIME
# around the command alone; the counts are checked afterwards, untimed.
run_iproute2() { # WORKLOAD
  local w=$1 n script
  n=$(n_for "$w")
  read -r -d '' script <<EOF || true
set -e
$(pre_for "$w")
t() { local s=\$EPOCHREALTIME; "\$@" >/dev/null; local e=\$EPOCHREALTIME; awk -v s="\$s" -v e="\$e" 'BEGIN { printf "%.6f", e - s }'; }
check() { [ "\$2" -eq "\$3" ] || { echo "iproute2 \$1: expected \$2, counted \$3" >&2; exit 1; }; }
case $w in
  W1) a=\$(t ip -batch '$files/w1add.batch'); check W1add $((2 * n + 1)) \$(ip -o link show | wc -l)
      d=\$(t ip -batch '$files/w1del.batch'); check W1del 1 \$(ip -o link show | wc -l)
      echo "iproute2 W1add $n \$a"; echo "iproute2 W1del $n \$d" ;;
  W2) a=\$(t ip -batch '$files/w2.batch'); check W2 $n \$(ip -o -4 addr show dev br0 | wc -l)
      echo "iproute2 W2 $n \$a" ;;
  W3) a=\$(t ip -batch '$files/w3.batch'); d=\$(t ip -4 route show); check W3dump $((n + 1)) \$(ip -4 route show | wc -l)
      echo "iproute2 W3add $n \$a"; echo "iproute2 W3dump $n \$d" ;;
  W4) d=\$(t ip link show); check W4 $((2 * n + 1)) \$(ip -o link show | wc -l)
      echo "iproute2 W4 $n \$d" ;;
  W5) s=\$EPOCHREALTIME; nft -f '$files/w5.nft'; nft list chain ip nat postrouting >/dev/null; e=\$EPOCHREALTIME
      check W5 $n \$(nft list chain ip nat postrouting | grep -c masquerade)
      awk -v s="\$s" -v e="\$e" 'BEGIN { printf "iproute2 W5 $n %.6f\n", e - s }' ;;
esac
EOF
  settle
  unshare -rnm bash -c "$script" >>"$raw" || { echo "compare.sh: iproute2 $w failed" >&2; exit 1; }
}

# ---- runs -------------------------------------------------------------------------------------
for w in $PHASES; do
  for ((r = 1; r <= REPS; r++)); do
    echo "run $r/$REPS: $w" >&2
    run_iproute2 "$w"
    if [[ -n "$mnlbench" ]]; then
      run_cmnl "$w"
      run_cmnl "$w" -p
    fi
    run_jnetlink "$w" cold
    run_jnetlink "$w" warm
    run_jnetlink "$w" batch
    if [[ -n "$JAVA25" ]]; then
      run_jnetlink "$w" cold "$JAVA25" ffm
      run_jnetlink "$w" warm "$JAVA25" ffm
      run_jnetlink "$w" batch "$JAVA25" ffm
    fi
  done
done

# ---- table of medians -----------------------------------------------------------------------
echo
echo "medians of $REPS runs, seconds (lower is better); machine: $(nproc) CPUs, $(uname -r);"
echo "jn = jnetlink on $(java -version 2>&1 | head -1 | cut -d'"' -f2) (JNR)${JAVA25:+, ffm = jnetlink on $("$JAVA25" -version 2>&1 | head -1 | cut -d'"' -f2) (FFM)}"
[[ -n "${cmnl_note:-}" ]] && echo "$cmnl_note"
awk '
function median(key,   n, i, j, t, a) {
  n = split(vals[key], a, " ")
  for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
  if (n == 0) return ""
  return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function ratio(a, b) { return (a != "" && b != "" && b > 0) ? sprintf("%.2f", a / b) : "-" }
function cell(v) { return v == "" ? "-" : sprintf("%.4f", v) }
{ key = $1 SUBSEP $2; vals[key] = vals[key] " " $4; ns[$2] = $3; if (!($2 in seen)) { seen[$2] = 1; order[++phases] = $2 } }
END {
  # goals of issue 17, as ratios to C (warm and batch) and cold to C
  goal["W2"] = "1.05"; goal["W3add"] = "1.1"; goal["W3dump"] = "1.2"; goal["W4"] = "1.2"; goal["W5"] = "1.2"
  split("iproute2 c-mnl c-mnl-pipe jnetlink-cold jnetlink-warm jnetlink-batch ffm-cold ffm-warm ffm-batch", peers, " ")
  split("iproute2 c-mnl c-pipe jn-cold jn-warm jn-batch ffm-cold ffm-warm ffm-batch", heads, " ")
  printf "%-7s %6s", "phase", "N"
  for (k = 1; k <= 9; k++) printf " %10s", heads[k]
  printf "\n"
  for (p = 1; p <= phases; p++) {
    ph = order[p]
    printf "%-7s %6d", ph, ns[ph]
    for (k = 1; k <= 9; k++) { m[k] = median(peers[k] SUBSEP ph); printf " %10s", cell(m[k]) }
    printf "\n"
    for (k = 1; k <= 9; k++) med[ph, k] = m[k]
  }
  printf "\nratios (x = times slower than the reference; C = c-mnl one at a time, Cp = c-mnl-pipe, ip = iproute2/nft)\n"
  printf "%-7s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s  %s\n", "phase", "cold/C", "warm/C", "batch/Cp", \
    "ffmc/C", "ffmw/C", "ffmb/Cp", "cold/ip", "warm/ip", "batch/ip", "ffmw/ip", "goal warm,batch/C | cold/C"
  for (p = 1; p <= phases; p++) {
    ph = order[p]
    ip = med[ph, 1]; c = med[ph, 2]; cp = med[ph, 3]
    printf "%-7s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s  %s\n", ph,
      ratio(med[ph, 4], c), ratio(med[ph, 5], c), ratio(med[ph, 6], cp),
      ratio(med[ph, 7], c), ratio(med[ph, 8], c), ratio(med[ph, 9], cp),
      ratio(med[ph, 4], ip), ratio(med[ph, 5], ip), ratio(med[ph, 6], ip), ratio(med[ph, 8], ip),
      (ph in goal ? "<=" goal[ph] (ph == "W3add" ? ", batch <=1.1" : "") " | <=2" : "-")
  }
}' "$raw"

# ---- memory: a streaming dump of 100,000 routes in the heap of one of 10,000 ------------------
if [[ "$MEMORY" == 1 ]]; then
  echo
  echo "peak heap of the W3dump phase (routes streamed through one reused view), java -Xmx16m:"
  for n in 10000 100000; do
    settle
    unshare -rnm bash -c "$(pre_for W3) && exec java -Xmx16m -cp '$jar' io.jnetlink.benchmarks.Workloads --batch --heap W3 $n" \
      2>&1 >/dev/null | grep '^heap W3dump' || { echo "compare.sh: memory run with $n routes failed" >&2; exit 1; }
  done
fi
echo
echo "runs started before the CPU settled below ${SETTLE_BUSY}% busy (waited ${SETTLE_MAX}s): $unsettled"
echo "raw lines: $raw"
