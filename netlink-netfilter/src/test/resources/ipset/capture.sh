#!/usr/bin/env bash
# Regenerates the golden vectors: every message `ipset` sends (sendto, strace -e write=FD hex dump),
# one hex line per message, and the kernel's list replies (recvmsg, -e read=FD).
# hash:mac is absent: this kernel refuses it ("set type not supported") before ipset sends a create.
# Run inside a throwaway namespace:  unshare -rn ./capture.sh   (ipset 7.17, protocol 7)
set -euo pipefail
cd "$(dirname "$0")"
sent() { # file, ipset args...: the last message ipset sends (after the protocol/type handshake)
  local out=$1; shift
  strace -qq -e trace=sendto -e write=3 ipset "$@" 2>&1 >/dev/null \
    | awk '/^ \| [0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f] /{ h = substr($0, 11, 49); gsub(/ /, "", h); printf "%s", h; next }
           /^sendto/{ if (msg != "") printf "\n"; msg = "x" } END { printf "\n" }' | tail -n 1 > "$out"
}
replies() { # file, ipset args...: the kernel's reply bytes, one recvmsg per line
  local out=$1; shift
  strace -qq -e trace=recvmsg -e read=3 ipset "$@" 2>&1 >/dev/null \
    | awk '/^ \| [0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f] /{ h = substr($0, 11, 49); gsub(/ /, "", h); printf "%s", h; next }
           /^recvmsg/{ if (n++) printf "\n" } END { printf "\n" }' > "$out"
}
sent create-hash-ip.hex create s1 hash:ip timeout 30 counters comment
sent add-hash-ip.hex add s1 10.0.0.1 timeout 10 packets 3 bytes 4 comment hi
sent create-hash-net.hex create s2 hash:net family inet6 hashsize 2048 maxelem 1000
sent add-hash-net.hex add s2 2001:db8::/64
sent create-hash-ip-port.hex create s3 hash:ip,port
sent add-hash-ip-port.hex add s3 10.0.0.1,tcp:80
sent create-hash-net-port.hex create s4 hash:net,port counters
sent add-hash-net-port.hex add s4 10.1.0.0/16,udp:53
sent create-bitmap-port.hex create s6 bitmap:port range 1024-2048 timeout 60
sent add-bitmap-port.hex add s6 1080
sent create-list-set.hex create s7 list:set size 8
sent add-list-set.hex add s7 s1
sent test-hash-ip-port.hex test s3 10.0.0.1,tcp:80
sent del-hash-net.hex del s2 2001:db8::/64
sent add-exist-hash-ip.hex -exist add s1 10.0.0.2
replies list-all.hex list
sent add-nomatch-hash-net.hex add s2 2001:db8:2::/48 nomatch
# kube-proxy's types and port forms (issue 16's done-when)
sent create-hash-ip-port-ip.hex create s8 hash:ip,port,ip comment
sent add-hash-ip-port-ip.hex add s8 10.244.1.5,tcp:53,10.244.1.5 comment "Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose"
sent test-hash-ip-port-ip.hex test s8 10.244.1.5,tcp:53,10.244.1.5
sent create-hash-ip-port-net.hex create s9 hash:ip,port,net family inet6
sent add-hash-ip-port-net.hex add s9 fd00::10,tcp:80,fd00:1::/64
sent add-hash-ip-port-net-host.hex add s9 fd00::10,udp:53,fd00:1::1
sent del-hash-ip-port-net.hex del s9 fd00::10,tcp:80,fd00:1::/64
sent add-icmp-name.hex add s3 10.0.0.1,icmp:echo-request
sent add-icmp-typecode.hex add s3 10.0.0.1,icmp:3/4
sent add-udplite.hex add s3 10.0.0.1,udplite:9
sent create-hash-ip-port-inet6.hex create s10 hash:ip,port family inet6
sent add-icmpv6-typecode.hex add s10 fd00::1,icmpv6:1/3
replies list-kube.hex list
