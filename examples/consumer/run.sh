#!/usr/bin/env bash
# The consumer test: install jnetlink into the local Maven repository, then build
# examples/consumer, a separate project that knows jnetlink only by its coordinates (through
# netlink-bom) and uses it from a named module. Its integration test runs under the same
# unshare wrapper as jnetlink's own (tools/netns-jdk/bin/java).
#
# Extra arguments go to both Maven runs, e.g. `examples/consumer/run.sh -o` or
# `examples/consumer/run.sh -Dmaven.repo.local=/tmp/repo`.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"

# the published modules only (-Drelease leaves benchmarks and examples out), without tests:
# `mvn verify` has just run them
mvn -B -q -f "$root/pom.xml" -Drelease install -DskipTests -DskipITs -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true "$@"
mvn -B -f "$root/examples/consumer/pom.xml" verify "$@"
