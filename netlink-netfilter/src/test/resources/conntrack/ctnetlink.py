#!/usr/bin/env python3
"""What the conntrack tool cannot make, made over raw ctnetlink for capture.sh: an entry with labels,
an ftp master (CTA_HELP) and an expectation on it. Each request must be acknowledged without error."""
import socket
import struct

NLM_F_REQUEST, NLM_F_ACK, NLM_F_EXCL, NLM_F_CREATE = 0x1, 0x4, 0x200, 0x400
s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 12)  # NETLINK_NETFILTER
s.bind((0, 0))


def attr(kind, payload):
    length = 4 + len(payload)
    return struct.pack("=HH", length, kind) + payload + b"\0" * (-length % 4)


def nest(kind, *parts):
    return attr(kind | 0x8000, b"".join(parts))  # NLA_F_NESTED


def tuple_(kind, src, dst, proto, sport, dport):
    ip = nest(1, attr(1, socket.inet_aton(src)), attr(2, socket.inet_aton(dst)))  # CTA_TUPLE_IP
    l4 = nest(2, attr(1, bytes([proto])), attr(2, struct.pack(">H", sport)), attr(3, struct.pack(">H", dport)))
    return nest(kind, ip, l4)


def send(subsys, msg, payload):
    body = struct.pack("=BBH", 2, 0, 0) + payload  # nfgenmsg AF_INET
    flags = NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL
    s.send(struct.pack("=IHHII", 16 + len(body), (subsys << 8) | msg, flags, 1, 0) + body)
    reply = s.recv(65536)
    error = struct.unpack("=i", reply[16:20])[0]
    if error:
        raise SystemExit("ctnetlink error %d" % error)


def u32(kind, value):
    return attr(kind, struct.pack(">I", value))


labels = struct.pack("=IIII", 1 << 3, 0, 1, 0)  # labels 3 and 64, native-order words
send(1, 0, tuple_(1, "10.0.0.7", "10.0.0.8", 17, 7, 8) + tuple_(2, "10.0.0.8", "10.0.0.7", 17, 8, 7)
     + u32(7, 60) + attr(22, labels) + attr(23, labels))  # IPCTNL_MSG_CT_NEW, CTA_LABELS(_MASK)
send(1, 0, tuple_(1, "10.0.0.1", "10.0.0.2", 6, 40000, 21) + tuple_(2, "10.0.0.2", "10.0.0.1", 6, 21, 40000)
     + u32(7, 300) + nest(4, nest(1, attr(1, bytes([3])))) + nest(5, attr(1, b"ftp\0")))  # ESTABLISHED, CTA_HELP
send(2, 0, tuple_(2, "10.0.0.2", "10.0.0.1", 6, 0, 2000) + tuple_(1, "10.0.0.1", "10.0.0.2", 6, 40000, 21)
     + tuple_(3, "255.255.255.255", "255.255.255.255", 6, 0, 65535) + u32(4, 100))  # IPCTNL_MSG_EXP_NEW
