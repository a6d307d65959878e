#!/usr/bin/env bash
# Builds jnetlink and runs the namespaces walkthrough demo (io.jnetlink.examples.Walkthrough)
# inside a throwaway user+network+mount namespace with a private /run/netns: nothing it makes
# touches this machine's network or outlives the run. Usage: bash examples/run-walkthrough.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# Maven is quiet here (its console library still writes colour resets, "[0m", even with -B):
# its output goes to a log that is shown, without escape codes, only when the build fails.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "Building jnetlink with Maven (mvn package, tests skipped; about a minute the first time)..."
if ! mvn -B -q -DskipTests -DskipITs package >"$log" 2>&1; then
  sed 's/\x1b\[[0-9;]*m//g' "$log"
  echo "The build failed (Maven's output above)." >&2
  exit 1
fi
echo "Built. Running the walkthrough inside unshare -rnm (a throwaway user, network and mount namespace)..."
echo
unshare -rnm sh -c '
  if [ -d /run/netns ]; then mount -t tmpfs tmpfs /run/netns
  else mount -t tmpfs tmpfs /run && mkdir -p /run/netns; fi
  exec java -jar examples/target/netlink-examples.jar'
