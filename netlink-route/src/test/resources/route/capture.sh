#!/bin/bash
# Regenerates the golden vectors under src/test/resources/{addr,route,neigh,rule}/ from the real
# kernel and iproute2. Needs strace, iproute2 and python3; runs unprivileged in a throwaway
# user+network namespace, so nothing touches the machine's network:
#
#   cd netlink-route/src/test/resources && unshare -rn bash route/capture.sh
#
# strace's "-e write=3" / "-e read=3" dump every byte sent/received on fd 3, the rtnetlink
# socket that iproute2 opens first (rth); route/strace2hex.py turns each dump into one line of
# hex per datagram (*.hex). The tests mask nlmsg_seq and nlmsg_pid, which differ per run.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
cap() { # cap OUT.hex READ|WRITE cmd...
  local out=$1 dir=$2; shift 2
  strace -f -e trace=sendmsg,recvmsg -e "$dir=3" -xx -s 65536 -o "$tmp/s" "$@" >/dev/null
  python3 "$here/route/strace2hex.py" < "$tmp/s" > "$here/$out"
}
ip link set lo up
ip link add veth0 type veth peer name veth1        # veth1 is ifindex 2, veth0 ifindex 3
ip link set veth0 address 02:00:00:00:00:01
ip link set veth1 address 02:00:00:00:00:02
ip link set veth0 up; ip link set veth1 up
# requests
cap addr/ip-addr-add.hex write ip addr add 192.168.15.1/24 dev veth0
cap route/ip-route-add.hex write ip route add 192.168.1.0/24 via 192.168.15.5
# state to read back
ip addr add fd00::1/64 dev veth0 nodad
ip addr add 10.20.0.1/16 peer 10.20.0.2 dev veth0 label veth0:p valid_lft 3600 preferred_lft 1800
ip route add 10.9.0.0/16 nexthop via 192.168.15.5 weight 1 nexthop via 192.168.15.6 weight 3
ip route add 10.8.0.0/16 via 192.168.15.5 mtu 1400 metric 50 table 300
ip route add blackhole 10.7.0.0/16
ip route add fd01::/64 via fd00::5 metric 7
ip neigh add 192.168.15.7 lladdr 02:00:00:00:00:07 dev veth0 nud permanent
ip neigh add fd00::7 lladdr 02:00:00:00:00:08 dev veth0 nud reachable
ip rule add from 10.1.0.0/16 table 100 priority 1000
ip rule add to 10.2.0.0/16 fwmark 0x10/0xff iif veth0 table 300 priority 1001
ip rule add from 10.3.0.0/16 priority 1002 prohibit
# replies to dumps
cap addr/ip-addr-show.hex read ip addr show
cap route/ip-route-show-all.hex read ip route show table all
cap route/ip6-route-show-all.hex read ip -6 route show table all
cap neigh/ip-neigh-show.hex read ip neigh show
cap rule/ip-rule-show.hex read ip rule show
# what iproute2 itself says about that state (for reading the vectors)
{ ip -d addr show; ip route show table all; ip -6 route show table all; ip neigh show; ip rule show; } > "$here/route/state.txt"
rm -rf "$tmp"
