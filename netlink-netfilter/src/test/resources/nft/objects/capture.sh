#!/bin/bash
# Golden vectors of nftables stateful objects and flowtables: the batches nft 1.0.6 sends (one hex
# line per sendmsg) and the kernel's replies. Runs unprivileged in a throwaway namespace:
#
#   cd netlink-netfilter/src/test/resources/nft/objects && unshare -rn bash capture.sh
#
# The kernel here refuses ct helper objects and flowtables (ENOENT: no nf_conntrack_ftp /
# nf_flow_table module loadable inside the namespace); their requests are still what nft sends.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
py="$here/../replies/strace2hex.py"
sent() { # sent OUT.hex nft-args...: the batch datagram(s) nft sent
  local out=$1; shift
  strace -f -e trace=sendmsg,sendto -e write=3 -xx -s 65536 -o "$tmp/s" nft "$@" >/dev/null 2>"$tmp/err"
  echo "$out: $(cat "$tmp/err")" >> "$here/errors.txt"
  python3 "$py" < "$tmp/s" | tail -n 1 > "$here/$out"
}
got() { # got OUT.hex nft-args...: every datagram nft received
  local out=$1; shift
  strace -f -e trace=recvmsg -e read=3 -xx -s 65536 -o "$tmp/s" nft "$@" >/dev/null 2>&1
  python3 "$py" < "$tmp/s" > "$here/$out"
}
: > "$here/errors.txt"
nft add table inet t
sent add-counter.hex add counter inet t c1
sent add-quota.hex add quota inet t q1 '{ over 100 mbytes used 10 mbytes; }'
sent add-limit.hex add limit inet t l1 '{ rate 10/second burst 5 packets; }'
sent add-ct-helper.hex add ct helper inet t h1 '{ type "ftp" protocol tcp; l3proto ip; }'
sent add-ct-timeout.hex add ct timeout inet t to1 '{ protocol tcp; l3proto ip; policy = { established: 100, close: 4 }; }'
sent add-ct-expectation.hex add ct expectation inet t e1 '{ protocol tcp; dport 21; timeout 5s; size 12; l3proto ip; }'
sent add-synproxy.hex add synproxy inet t s1 '{ mss 1460; wscale 7; timestamp sack-perm; }'
nft add chain inet t fw '{ type filter hook forward priority 0; }'
ip link add d0 type dummy 2>/dev/null
sent add-flowtable.hex add flowtable inet t f1 '{ hook ingress priority 0; devices = { lo }; }'
sent add-rule-objref.hex add rule inet t fw counter name c1
sent add-rule-quota-objref.hex add rule inet t fw quota name q1 drop
got list-objects.hex list counters
got list-ruleset.hex list ruleset
sent reset-counter.hex reset counter inet t c1
sent delete-quota.hex delete quota inet t q1
nft list ruleset > "$here/state.txt"
rm -rf "$tmp"
