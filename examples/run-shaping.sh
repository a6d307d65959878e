#!/usr/bin/env bash
# Builds jnetlink and runs the traffic-shaping demo (io.jnetlink.examples.Shaping): an htb class at
# 10 mbit/s and a u32 filter between two namespaces, proven with real TCP transfers. It runs inside
# a throwaway user+network+mount namespace with a private /run/netns: nothing it makes touches this
# machine's network or outlives the run. Usage: bash examples/run-shaping.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -DskipITs package
exec unshare -rnm sh -c '
  if [ -d /run/netns ]; then mount -t tmpfs tmpfs /run/netns
  else mount -t tmpfs tmpfs /run && mkdir -p /run/netns; fi
  exec java -cp examples/target/netlink-examples.jar io.jnetlink.examples.Shaping'
