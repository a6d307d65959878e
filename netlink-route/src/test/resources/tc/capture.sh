#!/bin/bash
# Regenerates the traffic-control golden vectors under src/test/resources/tc/ from the real kernel
# and iproute2 (tc). Needs strace, iproute2 and python3; runs unprivileged in a throwaway
# user+network namespace, so nothing touches the machine's network:
#
#   cd netlink-route/src/test/resources && unshare -rn bash tc/capture.sh
#
# Requests: "-e write=3" dumps every byte tc sends on fd 3, its rtnetlink socket (device names are
# resolved on a second socket, not captured). The request is captured even when this kernel
# refuses it (no netem, tbf, fq_codel, prio, sfq, flower, matchall or actions here): those lines
# are the golden vectors of what tc sends. Replies: "-e read=3" of tc's dumps (tc lists links
# first on the same socket). route/strace2hex.py makes one line of hex per datagram.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
cap() { # cap OUT.hex read|write cmd...
  local out=$1 dir=$2; shift 2
  strace -f -e trace=sendmsg,recvmsg -e "$dir=3" -xx -s 65536 -o "$tmp/s" "$@" >/dev/null 2>"$tmp/err" \
    || echo "($out: $(cat "$tmp/err"))" >&2
  python3 "$here/route/strace2hex.py" < "$tmp/s" > "$here/tc/$out"
}
ip link set lo up
ip link add veth0 type veth peer name veth1        # veth1 is ifindex 2, veth0 ifindex 3
ip link set veth0 up; ip link set veth1 up
# qdiscs and classes this kernel runs
cap qdisc-add-htb.hex write tc qdisc add dev veth0 root handle 1: htb default 10
cap qdisc-replace-htb.hex write tc qdisc replace dev veth0 root handle 1: htb default 20 r2q 5 direct_qlen 100
cap class-add-htb.hex write tc class add dev veth0 parent 1: classid 1:10 htb rate 10mbit
cap class-add-htb-full.hex write tc class add dev veth0 parent 1: classid 1:20 htb rate 2mbit ceil 20mbit burst 15k cburst 20k prio 2 quantum 1500
cap class-add-htb-64.hex write tc class add dev veth0 parent 1: classid 1:30 htb rate 40gbit ceil 50gbit
cap class-change-htb.hex write tc class change dev veth0 parent 1: classid 1:10 htb rate 5mbit
cap qdisc-add-pfifo.hex write tc qdisc add dev veth0 parent 1:10 handle 10: pfifo limit 50
cap qdisc-add-bfifo.hex write tc qdisc add dev veth0 parent 1:20 handle 20: bfifo limit 30000
cap qdisc-add-ingress.hex write tc qdisc add dev veth0 ingress
cap qdisc-add-clsact.hex write tc qdisc add dev veth1 clsact
cap qdisc-add-pfifo-fast.hex write tc qdisc add dev lo root handle 5: pfifo_fast
# u32 filters
cap filter-add-u32-dport.hex write tc filter add dev veth0 parent 1: protocol ip prio 1 u32 match ip dport 5001 0xffff flowid 1:10
cap filter-add-u32-full.hex write tc filter add dev veth0 parent 1: protocol ip prio 2 u32 match ip src 10.0.0.0/24 match ip dst 10.0.1.2/32 match ip protocol 6 0xff match ip sport 80 0xffff flowid 1:20
# replies to dumps of that state
cap qdisc-show.hex read tc -s qdisc show
cap class-show.hex read tc -s class show dev veth0
cap filter-show.hex read tc filter show dev veth0 parent 1:
# deletes
cap filter-del-u32.hex write tc filter del dev veth0 parent 1: protocol ip prio 2 u32
cap class-del.hex write tc class del dev veth0 classid 1:30
cap qdisc-del-root.hex write tc qdisc del dev veth0 root
# tbf runs here too
cap qdisc-add-tbf.hex write tc qdisc add dev veth1 root handle 3: tbf rate 1mbit burst 32kbit latency 400ms
cap qdisc-show-tbf.hex read tc -s qdisc show dev veth1
tc qdisc del dev veth1 root
# kinds this kernel lacks: requests only
cap qdisc-add-netem.hex write tc qdisc add dev veth1 root handle 2: netem delay 100ms 10ms 25% loss 1% duplicate 2% corrupt 0.5% reorder 25% 50% rate 1mbit
cap qdisc-add-netem-delay.hex write tc qdisc add dev veth1 root netem delay 20ms
cap qdisc-add-fq-codel.hex write tc qdisc add dev veth1 root fq_codel limit 1000 flows 512 target 5ms interval 100ms quantum 1514 ecn
cap qdisc-add-prio.hex write tc qdisc add dev veth1 root handle 4: prio bands 3 priomap 1 2 2 2 1 2 0 0 1 1 1 1 1 1 1 1
cap qdisc-add-sfq.hex write tc qdisc add dev veth1 root sfq perturb 10 quantum 1514 limit 127
cap filter-add-matchall-redirect.hex write tc filter add dev veth1 ingress prio 1 matchall action mirred egress redirect dev veth0
cap filter-add-matchall-drop.hex write tc filter add dev veth1 ingress prio 3 matchall action drop
cap filter-add-flower-pass.hex write tc filter add dev veth1 ingress protocol ip prio 2 flower ip_proto tcp src_ip 10.0.0.0/24 dst_ip 10.0.0.2 src_port 1234 dst_port 80 action pass
cap filter-add-flower-police.hex write tc filter add dev veth1 ingress protocol ip prio 4 flower ip_proto udp dst_port 53 action police rate 1mbit burst 10k conform-exceed drop
cap filter-add-flower-mac.hex write tc filter add dev veth1 egress protocol all prio 5 flower dst_mac 02:00:00:00:00:01 action mirred egress redirect dev veth0
rm -rf "$tmp"
