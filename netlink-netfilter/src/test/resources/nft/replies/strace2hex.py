#!/usr/bin/env python3
"""Reads strace output with -e read=FD / -e write=FD hex dumps on stdin; prints one line of hex
per dumped syscall (one netlink datagram), in order. Dumps of 0 bytes (MSG_PEEK probes) vanish."""
import re
import sys

current = []
out = []
for line in sys.stdin:
    # strace's dump line: " | OFFSET  HEX (16 bytes in a 49-column field)  ASCII |"
    m = re.match(r"^\d*\s*\| [0-9a-f]{5}  ", line)
    if m:
        current.extend(line[m.end():m.end() + 49].split())
        continue
    if current:
        out.append("".join(current))
        current = []
if current:
    out.append("".join(current))
print("\n".join(out))
