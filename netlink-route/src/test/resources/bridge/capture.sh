#!/bin/bash
# Regenerates the golden vectors of the bridge, nexthop, nsid and link-kind families under
# src/test/resources/{bridge,nexthop,nsid,kinds}/ from the real kernel and iproute2 (strace and
# python3 needed); runs in a throwaway user+network namespace:
#
#   cd netlink-route/src/test/resources && unshare -rn bash bridge/capture.sh
#
# Requests are captured even when this kernel refuses them (vlan_filtering, mpls encap, the
# link kinds it lacks): strace records the sendmsg before the kernel answers. route/strace2hex.py
# makes one line of hex per datagram; the tests mask nlmsg_seq and nlmsg_pid.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
cap() { # cap OUT.hex READ|WRITE cmd...
  local out=$1 dir=$2; shift 2
  strace -f -e trace=sendmsg,recvmsg,sendto -e "$dir=3" -xx -s 65536 -o "$tmp/s" "$@" >/dev/null 2>"$tmp/err" \
    || echo "$out: refused here: $(grep -v '^\s*$' "$tmp/err" | tail -1)" >&2
  python3 "$here/route/strace2hex.py" < "$tmp/s" > "$here/$out"
}
ip link set lo up
ip link add br0 type bridge                      # ifindex 2
ip link add v0 type veth peer name v1            # v1 3, v0 4
ip link set v0 address 02:00:00:00:00:01; ip link set v1 address 02:00:00:00:00:02
ip link set v0 master br0; ip link set br0 up; ip link set v0 up; ip link set v1 up
ip link add vx0 type vxlan id 42 dstport 4789 nolearning   # 5
ip addr add 10.0.0.5/24 dev v1
# ---- bridge: requests
cap bridge/fdb-add-master-static.hex write bridge fdb add 02:00:00:00:00:99 dev v0 master static
cap bridge/fdb-add-vlan.hex write bridge fdb add 02:00:00:00:00:97 dev v0 master static vlan 7
cap bridge/fdb-append-vxlan-dst.hex write bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.2 self permanent
cap bridge/fdb-replace-dynamic.hex write bridge fdb replace 02:00:00:00:00:98 dev v0 master dynamic
cap bridge/fdb-del.hex write bridge fdb del 02:00:00:00:00:98 dev v0 master
cap bridge/fdb-append-vxlan-full.hex write bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.3 port 4790 vni 77 self
cap bridge/mdb-add.hex write bridge mdb add dev br0 port v0 grp 239.1.1.1 permanent vid 5
cap bridge/mdb-add6-temp.hex write bridge mdb add dev br0 port v0 grp ff0e::1 temp
cap bridge/mdb-del.hex write bridge mdb del dev br0 port v0 grp 239.1.1.1 permanent vid 5
cap bridge/link-set-flags.hex write bridge link set dev v0 learning off flood off hairpin on isolated on mcast_flood off neigh_suppress on
cap bridge/link-set-cost.hex write bridge link set dev v0 cost 7 priority 3 guard on root_block off learning on
cap bridge/vlan-add.hex write bridge vlan add vid 10 dev v0 pvid untagged
cap bridge/vlan-add-range.hex write bridge vlan add vid 20-30 dev v0 master
cap bridge/vlan-del.hex write bridge vlan del vid 10 dev v0
cap bridge/vlan-show.hex write bridge vlan show
# ---- bridge: replies

bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.2 self permanent
bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.3 port 4790 vni 77 self
bridge mdb add dev br0 port v0 grp 239.1.1.2 permanent

bridge link set dev v0 learning off flood off hairpin on isolated on mcast_flood off neigh_suppress on
cap bridge/fdb-show.hex read bridge fdb show
cap bridge/mdb-show.hex read bridge mdb show
cap bridge/link-show.hex read bridge -d link show
cap bridge/br-options.hex write ip link set br0 type bridge ageing_time 1000 stp_state 1 priority 100 mcast_snooping 0
cap bridge/br-vlan-filtering.hex write ip link set br0 type bridge vlan_filtering 1
# ---- nexthop
cap nexthop/nh-add-via.hex write ip nexthop add id 1 via 10.0.0.1 dev v1
cap nexthop/nh-add-blackhole.hex write ip nexthop add id 2 blackhole
ip nexthop add id 4 via 10.0.0.2 dev v1 onlink
cap nexthop/nh-add-group.hex write ip nexthop add id 5 group 1/4,5
cap nexthop/nh-add-resilient.hex write ip nexthop add id 6 group 1/4 type resilient buckets 8 idle_timer 60 unbalanced_timer 30
cap nexthop/nh-add-seg6.hex write ip nexthop add id 7 encap seg6 mode encap segs fc00::1,fc00::2 via 10.0.0.1 dev v1
cap nexthop/nh-add-mpls.hex write ip nexthop add id 8 encap mpls 100/200 via 10.0.0.1 dev v1
cap nexthop/nh-add-v6.hex write ip nexthop add id 9 via fe80::1 dev v1
cap nexthop/route-nhid.hex write ip route add 10.9.0.0/16 nhid 5
cap nexthop/route-seg6.hex write ip route add 10.8.0.0/16 encap seg6 mode encap segs fc00::9 dev v1
cap nexthop/route-mpls.hex write ip route add 10.7.0.0/16 encap mpls 100/200 via 10.0.0.1 dev v1
cap nexthop/route-via-inet6.hex write ip route add 10.6.0.0/16 via inet6 fe80::1 dev v1
cap nexthop/nh-del.hex write ip nexthop del id 9
cap nexthop/nh-show.hex read ip nexthop show
cap nexthop/route-show.hex read ip route show
# ---- nsid
ip netns attach self $$ 2>/dev/null || true
cap nsid/nsid-set-pid.hex write ip netns set self 5
cap nsid/nsid-list.hex read ip netns list-id
# ---- link kinds (requests; many refused here)
cap kinds/vlan.hex write ip link add link v1 name v1.10 type vlan id 10 protocol 802.1ad
cap kinds/bond.hex write ip link add bond0 type bond mode 802.3ad miimon 100 updelay 200 downdelay 200 xmit_hash_policy layer3+4 lacp_rate fast min_links 1
cap kinds/dummy.hex write ip link add d0 type dummy
cap kinds/ipvlan.hex write ip link add link v1 name ipv0 type ipvlan mode l3 bridge
cap kinds/vrf.hex write ip link add vrf0 type vrf table 10
cap kinds/wireguard.hex write ip link add wg0 type wireguard
cap kinds/gre.hex write ip link add gre0 type gre remote 10.0.0.2 local 10.0.0.5 ttl 64 key 42
cap kinds/gretap.hex write ip link add gretap0 type gretap remote 10.0.0.2 local 10.0.0.5 ttl 64
cap kinds/ipip.hex write ip link add ipip0 type ipip remote 10.0.0.2 local 10.0.0.5 ttl 64
cap kinds/sit.hex write ip link add sit0 type sit remote 10.0.0.2 local 10.0.0.5 ttl 64
cap kinds/geneve.hex write ip link add gnv0 type geneve id 100 remote 10.0.0.2 dstport 6081 ttl 64
cap kinds/ifb.hex write ip link add ifb0 type ifb
cap kinds/macvtap.hex write ip link add link v1 name mvt0 type macvtap mode bridge
cap kinds/getstats.hex write ip stats show dev v1 group link
cap kinds/getstats-reply.hex read ip stats show dev v1 group link
ip -d link show > "$here/bridge/state.txt"; bridge -d fdb show >> "$here/bridge/state.txt"; bridge mdb show >> "$here/bridge/state.txt"
ip -d nexthop show >> "$here/bridge/state.txt"; ip netns list-id >> "$here/bridge/state.txt"
rm -rf "$tmp"
