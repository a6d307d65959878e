#!/bin/bash
# Regenerates the kernel replies under src/test/resources/nft/replies/ (fuzz seeds and decoder
# vectors). Needs strace, nftables, conntrack-tools and python3; runs unprivileged in a throwaway
# user+network namespace, so nothing touches the machine's network:
#
#   cd netlink-netfilter/src/test/resources/nft/replies && unshare -rn bash capture.sh
#
# strace's "-e read=3" dumps every byte received on fd 3, the nfnetlink socket nft and conntrack
# open first; strace2hex.py (a copy of route's) turns each dump into one line of hex per datagram.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
cap() { # cap OUT.hex cmd...
  local out=$1; shift
  strace -f -e trace=recvmsg -e read=3 -xx -s 65536 -o "$tmp/s" "$@" >/dev/null 2>&1 || true
  python3 "$here/strace2hex.py" < "$tmp/s" > "$here/$out"
}
ip link set lo up
nft add table ip t
nft add set ip t big '{ type ipv4_addr; }'
nft add element ip t big '{ 10.0.0.1, 10.0.0.2, 10.0.0.3, 10.0.0.4 }'
nft add chain ip t c '{ type filter hook output priority 0; }'
nft add rule ip t c ct state new counter accept
# conntrack entries: tracked by the ct rule above, made by local traffic
python3 - <<'PY'
import socket
r4 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); r4.bind(("127.0.0.1", 9))
r6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); r6.bind(("::1", 7))
for port in (9, 10):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.sendto(b"x", ("127.0.0.1", port)); s.close()
l = socket.socket(); l.bind(("127.0.0.1", 7070)); l.listen(1)
c = socket.create_connection(("127.0.0.1", 7070)); a, _ = l.accept(); c.send(b"y"); a.recv(1)
s6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); s6.sendto(b"z", ("::1", 7)); s6.close()
PY
nft -f "$here/../full.nft"
# replies to dumps: generation, tables, chains, sets, elements, rules, objects, flowtables
cap list-ruleset.hex nft list ruleset
# NLM_F_ECHO echoes with handles, and ACKs
cap echo-add-rule.hex nft --echo --handle add rule ip t c udp dport 9 counter accept
# an error with the kernel's extended ACK
cap error-enoent.hex nft add rule ip t nosuchchain accept
cap conntrack-list.hex conntrack -L
# events: nft monitor while a table, chain, set, element and rule come and go
( sleep 0.5; nft -f - <<'NFT'
add table ip ev
add chain ip ev c
add set ip ev s { type inet_service; }
add element ip ev s { 22, 80 }
add rule ip ev c tcp dport @s drop
delete table ip ev
NFT
) &
timeout 2 strace -f -e trace=recvmsg -e read=3 -xx -s 65536 -o "$tmp/m" nft monitor >/dev/null 2>&1 || true
wait
python3 "$here/strace2hex.py" < "$tmp/m" > "$here/monitor.hex"
{ nft -a list ruleset; conntrack -L 2>&1; } > "$here/state.txt"
rm -rf "$tmp"
