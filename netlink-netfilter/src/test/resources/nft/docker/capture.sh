#!/bin/bash
# The kernel's listing of docker.sh's ruleset (list-ruleset.hex) and what nft printed (state.txt):
#   cd netlink-netfilter/src/test/resources/nft/docker && unshare -rn bash capture.sh
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
bash "$here/docker.sh"
strace -f -e trace=recvmsg -e read=3 -xx -s 65536 -o "$tmp/l" nft list ruleset >/dev/null 2>&1
python3 "$here/../replies/strace2hex.py" < "$tmp/l" > "$here/list-ruleset.hex"
nft list ruleset > "$here/state.txt" 2>&1
rm -rf "$tmp"
