#!/usr/bin/env python3
# Captures sock_diag replies from the real kernel as golden vectors (one hex line per datagram).
# Runs unprivileged in a throwaway namespace:
#   cd netlink-diag/src/test/resources && unshare -rn python3 diag/capture.py
import os, socket, struct, subprocess

subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
here = os.path.dirname(os.path.abspath(__file__))

# state: TCP listener + one connection with unread bytes (IPv4 and IPv6), UDP, UNIX path/abstract/pair
keep = []
for fam, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
    l = socket.socket(fam, socket.SOCK_STREAM); l.bind((host, 8080)); l.listen(8)
    c = socket.socket(fam, socket.SOCK_STREAM); c.connect((host, 8080)); a, _ = l.accept()
    c.send(b"x" * 100)
    u = socket.socket(fam, socket.SOCK_DGRAM); u.bind((host, 5353))
    keep += [l, c, a, u]
path = "/tmp/jnetlink-capture.sock"
if os.path.exists(path):
    os.unlink(path)
ul = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); ul.bind(path); ul.listen(4)
uc = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); uc.connect(path)
ab = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); ab.bind("\0jnetlink-abstract")
keep += [ul, uc, ab, *socket.socketpair()]

def dump(payload):
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 4)  # NETLINK_SOCK_DIAG
    s.sendto(struct.pack("=IHHII", 16 + len(payload), 20, 0x301, 1, 0) + payload, (0, 0))  # SOCK_DIAG_BY_FAMILY, REQUEST|DUMP
    out = []
    while True:
        d = s.recv(65536)
        out.append(d.hex())
        if struct.unpack_from("=H", d, 4)[0] == 3:  # NLMSG_DONE
            return out

def inet(family, protocol, ext):
    # struct inet_diag_req_v2: family, protocol, ext, pad, states, sockid (48 zero bytes)
    return struct.pack("=BBBBI", family, protocol, ext, 0, 0xFFFFFFFF) + bytes(48)

ext = (1 << 1) | (1 << 3) | (1 << 6)  # INET_DIAG_INFO, INET_DIAG_CONG, INET_DIAG_SKMEMINFO (1 << (x - 1))
files = {
    "tcp-dump.hex": dump(inet(2, 6, ext)) + dump(inet(10, 6, ext)),
    "udp-dump.hex": dump(inet(2, 17, 1 << 6)) + dump(inet(10, 17, 0)),
    # struct unix_diag_req: family, protocol, pad, states, ino, show (NAME|VFS|PEER|ICONS|RQLEN|MEMINFO|UID), cookie
    "unix-dump.hex": dump(struct.pack("=BBHIIIII", 1, 0, 0, 0xFFFFFFFF, 0, 0x7F, 0xFFFFFFFF, 0xFFFFFFFF)),
}
for name, lines in files.items():
    with open(os.path.join(here, name), "w") as f:
        f.write("\n".join(lines) + "\n")
os.unlink(path)
print(subprocess.run(["ss", "-H", "-tuxanm"], capture_output=True, text=True).stdout)
