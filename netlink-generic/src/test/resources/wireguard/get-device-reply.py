#!/usr/bin/env python3
"""Writes get-device-reply.hex: a WG_CMD_GET_DEVICE reply (genlmsghdr and attributes) built by hand
from <linux/wireguard.h> in the order the kernel's wireguard/netlink.c writes it. This kernel has no
wireguard, so no real reply exists; capture.sh has the wg tool decode this one as the cross-check."""
import struct, socket

def attr(t, v, nested=False):
    n = struct.pack('<HH', 4 + len(v), t | (0x8000 if nested else 0)) + v
    return n + b'\0' * (-len(n) % 4)

key = lambda a: bytes(range(a, a + 32))
def sin(host, port):
    return struct.pack('<H', socket.AF_INET) + struct.pack('>H', port) + socket.inet_aton(host) + b'\0' * 8
def sin6(host, port):
    return struct.pack('<H', socket.AF_INET6) + struct.pack('>H', port) + b'\0' * 4 \
        + socket.inet_pton(socket.AF_INET6, host) + b'\0' * 4
def allowed(family, addr, cidr):
    return attr(0, attr(1, struct.pack('<H', family)) + attr(2, addr) + attr(3, bytes([cidr])), True)

peer1 = (attr(1, key(0x21)) + attr(2, key(0x41))
         + attr(6, struct.pack('<qq', 1700000000, 123456789))     # LAST_HANDSHAKE_TIME __kernel_timespec
         + attr(5, struct.pack('<H', 25))                          # PERSISTENT_KEEPALIVE_INTERVAL
         + attr(8, struct.pack('<Q', 4096)) + attr(7, struct.pack('<Q', 8192))  # TX_BYTES, RX_BYTES
         + attr(10, struct.pack('<I', 1))                          # PROTOCOL_VERSION
         + attr(4, sin('192.0.2.1', 51821))
         + attr(9, allowed(2, socket.inet_aton('10.0.0.0'), 24)
                + allowed(10, socket.inet_pton(socket.AF_INET6, 'fd00::'), 64), True))
peer2 = (attr(1, key(0x61)) + attr(2, bytes(32))
         + attr(6, struct.pack('<qq', 0, 0)) + attr(5, struct.pack('<H', 0))
         + attr(8, struct.pack('<Q', 0)) + attr(7, struct.pack('<Q', 0)) + attr(10, struct.pack('<I', 1))
         + attr(4, sin6('2001:db8::1', 51822))
         + attr(9, allowed(2, socket.inet_aton('10.0.1.1'), 32), True))
device = (attr(6, struct.pack('<H', 51820)) + attr(7, struct.pack('<I', 42)) + attr(1, struct.pack('<I', 7))
          + attr(2, b'wg0\0') + attr(3, key(1)) + attr(4, key(0x81))
          + attr(8, attr(0, peer1, True) + attr(0, peer2, True), True))
print((bytes([0, 1, 0, 0]) + device).hex())
