#!/usr/bin/env bash
# Captures the kernel replies the fuzz tests start from (run by hand, as root or under unshare -rn;
# needs strace, iproute2, ethtool): every datagram the kernel sent to the CLI, one hex line each,
# from `strace -e read=FD` of genl, ethtool and ip on a veth pair in a throwaway namespace.
set -euo pipefail
cd "$(dirname "$0")"
exec unshare -rn bash -s "$PWD" <<'INNER'
set -euo pipefail
cd "$1"
ip link set lo up
ip link add veth0 type veth peer name veth1
ip link set veth0 up; ip link set veth1 up
ip addr add 10.0.0.2/24 dev veth0
ip mptcp endpoint add 10.0.0.1 dev veth0 signal id 5
ip mptcp endpoint add 10.0.0.2 port 1000 signal backup
ip mptcp endpoint add fd00::1 subflow fullmesh
ip mptcp limits set subflow 3 add_addr_accepted 4
capture() { # NAME COMMAND...: the kernel's datagrams to the command's netlink socket
  local name=$1; shift
  strace -f -e trace=recvmsg,recvfrom -e read=all -o /tmp/capture.$$ "$@" >/dev/null 2>&1 || true
  python3 - /tmp/capture.$$ > "$name.hex" <<'PY'
import re, sys
out, cur = [], None
for line in open(sys.argv[1]):
    if re.match(r'\s*\* \d+ bytes in buffer', line):
        cur = []; out.append(cur)
    elif cur is not None and re.match(r'\s*\| [0-9a-f]{5}', line):
        cur.extend(re.findall(r'[0-9a-f]{2}', line.split('|')[1][8:8 + 49]))
for d in out:
    if len(d) >= 16:
        print(''.join(d))
PY
  rm -f /tmp/capture.$$
}
capture nlctrl genl ctrl list
capture ethtool-features ethtool -k veth0
capture ethtool-features-set ethtool -K veth0 tx-tcp-segmentation off
capture ethtool-channels ethtool -l veth0
capture ethtool-link ethtool veth0
capture ethtool-stats ethtool -S veth0 --all-groups
capture mptcp-endpoints ip mptcp endpoint show
capture mptcp-limits ip mptcp limits show
INNER
