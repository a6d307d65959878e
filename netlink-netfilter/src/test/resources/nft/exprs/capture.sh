#!/bin/bash
# Golden vectors of the expressions the library models: for each rule, the NEWRULE batch nft 1.0.6
# sends (rule-NAME.hex, one hex line), then the kernel's listing of them all (list-ruleset.hex) and
# what nft printed (state.txt). Runs unprivileged in a throwaway namespace:
#
#   cd netlink-netfilter/src/test/resources/nft/exprs && unshare -rn bash capture.sh
#
# errors.txt records what the kernel refused (tproxy: EOPNOTSUPP; queue: ENOENT here).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
py="$here/../replies/strace2hex.py"
rule() { # rule NAME nft-args...
  local out=rule-$1.hex; shift
  strace -f -e trace=sendmsg -e write=3 -xx -s 65536 -o "$tmp/s" nft "$@" >/dev/null 2>"$tmp/err"
  [ -s "$tmp/err" ] && echo "$out: $(head -1 "$tmp/err")" >> "$here/errors.txt"
  python3 "$py" < "$tmp/s" | tail -n 1 > "$here/$out"
}
: > "$here/errors.txt"
ip link set lo up
nft -f - <<'NFT'
table ip t {
	set m { type ipv4_addr; size 65535; flags dynamic,timeout; timeout 1m; }
	chain pre { type filter hook prerouting priority -150; }
	chain c { type filter hook input priority 0; }
	chain o { type filter hook output priority 0; }
	chain mang { type route hook output priority -150; }
}
table netdev n {
	chain in { type filter hook ingress device "lo" priority 0; }
}
NFT
rule dynset add rule ip t c add @m '{ ip saddr limit rate 10/second }' accept
rule dynset-update add rule ip t c update @m '{ ip saddr timeout 10s }'
rule quota add rule ip t c quota over 100 mbytes drop
rule payload-set add rule ip t o tcp dport set 8080
rule meta-set add rule ip t o meta mark set 0x10
rule ct-set add rule ip t o ct mark set 0x5
rule fib add rule ip t pre fib daddr type local accept
rule socket add rule ip t pre socket transparent 1 accept
rule numgen add rule ip t o meta mark set numgen inc mod 2
rule jhash add rule ip t o meta mark set jhash ip saddr mod 4
rule symhash add rule ip t o meta mark set symhash mod 2
rule range add rule ip t c tcp dport != 1000-2000 accept
rule exthdr add rule ip t c tcp option maxseg size 1400 accept
rule exthdr-set add rule ip t o tcp option maxseg size set 1360
rule dup add rule ip t pre dup to 10.0.0.1 device lo
rule fwd add rule netdev n in fwd to lo
rule tproxy add rule ip t pre meta l4proto tcp tproxy to :8080
rule queue add rule ip t c queue num 1
strace -f -e trace=recvmsg -e read=3 -xx -s 65536 -o "$tmp/l" nft list ruleset >/dev/null 2>&1
python3 "$py" < "$tmp/l" > "$here/list-ruleset.hex"
nft list ruleset > "$here/state.txt"
rm -rf "$tmp"
