#!/usr/bin/env bash
# Captures the wireguard golden vectors of WireguardGoldenTest (run by hand; needs gcc, wireguard-tools):
#   set-device.hex      what `wg setconf wg0 setconf-wg0.conf` sends (nlctrl GETFAMILY, then WG_CMD_SET_DEVICE)
#   get-device.hex      what `wg show wg0 dump` sends (GETFAMILY, then the WG_CMD_GET_DEVICE dump request)
#   wg-show-dump.txt    how `wg show wg0 dump` prints get-device-reply.hex (made by get-device-reply.py)
# The kernel here has no wireguard: wgshim.c stands in for it on the generic netlink socket.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
gcc -shared -fPIC -o "$tmp/wgshim.so" wgshim.c -ldl
python3 get-device-reply.py > get-device-reply.hex
WG_SHIM_LOG="$tmp/set.log" LD_PRELOAD="$tmp/wgshim.so" unshare -rn wg setconf wg0 setconf-wg0.conf
WG_SHIM_LOG="$tmp/get.log" WG_SHIM_REPLY="$PWD/get-device-reply.hex" LD_PRELOAD="$tmp/wgshim.so" \
  unshare -rn wg show wg0 dump > wg-show-dump.txt
cp "$tmp/set.log" set-device.hex
cp "$tmp/get.log" get-device.hex
rm -rf "$tmp"
wg --version
