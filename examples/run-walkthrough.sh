#!/usr/bin/env bash
# Builds jnetlink and runs the namespaces walkthrough demo (io.jnetlink.examples.Walkthrough)
# inside a throwaway user+network+mount namespace with a private /run/netns: nothing it makes
# touches this machine's network or outlives the run. Usage: bash examples/run-walkthrough.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -DskipITs package
exec unshare -rnm sh -c '
  if [ -d /run/netns ]; then mount -t tmpfs tmpfs /run/netns
  else mount -t tmpfs tmpfs /run && mkdir -p /run/netns; fi
  exec java -jar examples/target/netlink-examples.jar'
