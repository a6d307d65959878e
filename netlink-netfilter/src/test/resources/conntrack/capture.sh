#!/usr/bin/env bash
# Regenerates the golden vectors: the message `conntrack` (conntrack-tools 1.4.7) sends (sendto,
# strace -e write=FD hex dump), one hex line per message, and the kernel's replies (one recvmsg per line).
# Run inside a throwaway namespace:  unshare -rn ./capture.sh
set -euo pipefail
cd "$(dirname "$0")"
hex() { # awk over strace's hex dump: one line per syscall named $1
  awk -v call="$1" '/^ \| [0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f] /{ h = substr($0, 11, 49); gsub(/ /, "", h); printf "%s", h; next }
           $0 ~ "^" call { if (n++) printf "\n" } END { printf "\n" }'
}
sent() { # file, conntrack args...: the last message conntrack sends (on fd 3, or 4 for expect)
  local out=$1; shift
  strace -qq -e trace=sendto -e write=3,4 conntrack "$@" 2>&1 >/dev/null | hex sendto | sed '/^$/d' | tail -n 1 > "$out"
}
replies() { # file, conntrack args...: the kernel's reply datagrams
  local out=$1; shift
  strace -qq -e trace=recvfrom,recvmsg -e read=3,4 conntrack "$@" 2>&1 >/dev/null | hex recv | sed '/^$/d' > "$out"
}
sent create-udp-mark-zone.hex -I -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 1001 --dport 53 -t 50 -m 8 -w 3
sent create-udp-nat.hex -I -p udp -s 10.0.0.5 -d 10.0.0.6 --sport 1000 --dport 80 -t 100 \
  --src-nat 192.168.1.1 --dst-nat 192.168.1.2 -u ASSURED
sent create-ipv6.hex -I -p udp -s 2001:db8::1 -d 2001:db8::2 --sport 1 --dport 2 -t 10
# labels are kept only where a rule uses them; conntrack prints none without connlabel.conf
nft -f - <<'NFT'
table inet l {
    chain c {
        type filter hook output priority 0;
        ct label 127 counter
    }
}
NFT
python3 ctnetlink.py # an entry with labels, an ftp master and its expectation
replies list.hex -L
replies stats-cpu.hex -S
replies list-expect.hex -L expect
# conntrack 1.4.7 leaves the expectation's protocol unset (it sends 11) and fails: "master conntrack not found"
sent create-expect.hex -I expect -s 127.0.0.1 -d 127.0.0.1 -p tcp --sport 40000 --dport 21 \
  --tuple-src 127.0.0.1 --tuple-dst 127.0.0.1 --tuple-port-src 0 --tuple-port-dst 3000 \
  --mask-src 255.255.255.255 --mask-dst 255.255.255.255 --mask-port-src 0 --mask-port-dst 65535 -t 100 || true
