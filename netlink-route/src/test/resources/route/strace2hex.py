#!/usr/bin/env python3
"""Reads strace output with -e read=FD / -e write=FD hex dumps on stdin; prints one line of hex
per dumped syscall (one netlink datagram), in order. Dumps of 0 bytes (MSG_PEEK probes) vanish."""
import re
import sys

current = []
out = []
for line in sys.stdin:
    m = re.match(r"^\d*\s*\| [0-9a-f]{5}  ((?:[0-9a-f]{2} ? ?)+)", line)
    if m:
        current.extend(m.group(1).split())
        continue
    if current:
        out.append("".join(current))
        current = []
if current:
    out.append("".join(current))
print("\n".join(out))
