package io.jnetlink.netfilter.ipset;

import java.util.List;

/**
 * The {@code PROTO:PORT} part of an ipset element as {@code ipset} reads and prints it:
 * {@code tcp:443}, {@code udp:53}, {@code sctp:9}, {@code udplite:9}, a bare port (tcp), and the
 * ICMP forms {@code icmp:echo-request} / {@code icmp:3/4} and {@code icmpv6:…}, whose "port" on the
 * wire is {@code type << 8 | code}. The names are ipset's (lib/icmp.c, lib/icmpv6.c); the first
 * name of a type/code is the one {@code ipset save} prints.
 */
final class IpSetPorts {
    /** {@code IPPROTO_ICMP}. */
    static final int ICMP = 1;
    /** {@code IPPROTO_TCP}. */
    static final int TCP = 6;
    /** {@code IPPROTO_UDP}. */
    static final int UDP = 17;
    /** {@code IPPROTO_ICMPV6}. */
    static final int ICMPV6 = 58;
    /** {@code IPPROTO_SCTP}. */
    static final int SCTP = 132;
    /** {@code IPPROTO_UDPLITE}. */
    static final int UDPLITE = 136;

    private static final String FORMS = "tcp|udp|sctp|udplite:PORT, icmp:TYPE or icmpv6:TYPE (name or type/code), or PORT";

    private record IcmpName(String name, int type, int code) {
    }

    private static final List<IcmpName> ICMP_NAMES = List.of(
            new IcmpName("echo-reply", 0, 0), new IcmpName("pong", 0, 0),
            new IcmpName("network-unreachable", 3, 0), new IcmpName("host-unreachable", 3, 1),
            new IcmpName("protocol-unreachable", 3, 2), new IcmpName("port-unreachable", 3, 3),
            new IcmpName("fragmentation-needed", 3, 4), new IcmpName("source-route-failed", 3, 5),
            new IcmpName("network-unknown", 3, 6), new IcmpName("host-unknown", 3, 7),
            new IcmpName("network-prohibited", 3, 9), new IcmpName("host-prohibited", 3, 10),
            new IcmpName("TOS-network-unreachable", 3, 11), new IcmpName("TOS-host-unreachable", 3, 12),
            new IcmpName("communication-prohibited", 3, 13), new IcmpName("host-precedence-violation", 3, 14),
            new IcmpName("precedence-cutoff", 3, 15), new IcmpName("source-quench", 4, 0),
            new IcmpName("network-redirect", 5, 0), new IcmpName("host-redirect", 5, 1),
            new IcmpName("TOS-network-redirect", 5, 2), new IcmpName("TOS-host-redirect", 5, 3),
            new IcmpName("echo-request", 8, 0), new IcmpName("ping", 8, 0),
            new IcmpName("router-advertisement", 9, 0), new IcmpName("router-solicitation", 10, 0),
            new IcmpName("ttl-zero-during-transit", 11, 0), new IcmpName("ttl-zero-during-reassembly", 11, 1),
            new IcmpName("ip-header-bad", 12, 0), new IcmpName("required-option-missing", 12, 1),
            new IcmpName("timestamp-request", 13, 0), new IcmpName("timestamp-reply", 14, 0),
            new IcmpName("address-mask-request", 17, 0), new IcmpName("address-mask-reply", 18, 0));

    private static final List<IcmpName> ICMPV6_NAMES = List.of(
            new IcmpName("no-route", 1, 0), new IcmpName("communication-prohibited", 1, 1),
            new IcmpName("address-unreachable", 1, 3), new IcmpName("port-unreachable", 1, 4),
            new IcmpName("packet-too-big", 2, 0), new IcmpName("ttl-zero-during-transit", 3, 0),
            new IcmpName("ttl-zero-during-reassembly", 3, 1), new IcmpName("bad-header", 4, 0),
            new IcmpName("unknown-header-type", 4, 1), new IcmpName("unknown-option", 4, 2),
            new IcmpName("echo-request", 128, 0), new IcmpName("ping", 128, 0),
            new IcmpName("echo-reply", 129, 0), new IcmpName("pong", 129, 0),
            new IcmpName("router-solicitation", 133, 0), new IcmpName("router-advertisement", 134, 0),
            new IcmpName("neighbour-solicitation", 135, 0), new IcmpName("neighbour-advertisement", 136, 0),
            new IcmpName("redirect", 137, 0));

    /** A protocol and its "port" (for ICMP: type << 8 | code). */
    record ProtoPort(int protocol, int port) {
    }

    private IpSetPorts() {
    }

    /**
     * Parses {@code tcp:443}, {@code 443} (tcp, as ipset), {@code icmp:echo-request}, {@code icmpv6:1/3}…
     *
     * @param spec  the text after the address
     * @param inet6 whether the element's address is IPv6 (icmp is inet only, icmpv6 inet6 only, as ipset says)
     * @return the protocol and port
     * @throws IllegalArgumentException naming {@code port} or {@code protocol}
     */
    static ProtoPort parse(String spec, boolean inet6) {
        if (spec == null || spec.isEmpty()) {
            throw new IllegalArgumentException("port must be " + FORMS + ": " + spec);
        }
        int colon = spec.indexOf(':');
        String name = colon < 0 ? "tcp" : spec.substring(0, colon);
        String value = spec.substring(colon + 1);
        int protocol = protocolNumber(name);
        if (protocol == ICMP || protocol == ICMPV6) {
            if (inet6 != (protocol == ICMPV6)) {
                throw new IllegalArgumentException("protocol: " + name + " can be used with family "
                        + (protocol == ICMP ? "inet (use icmpv6 with an IPv6 address)" : "inet6 (use icmp with an IPv4 address)")
                        + " only: " + spec);
            }
            return new ProtoPort(protocol, icmpTypeCode(protocol == ICMP ? ICMP_NAMES : ICMPV6_NAMES, value, spec));
        }
        return new ProtoPort(protocol, IpSetEntry.checkPort(number(value, 65535, "port", spec)));
    }

    /**
     * The protocol number of a port protocol name.
     *
     * @throws IllegalArgumentException naming {@code protocol}
     */
    static int protocolNumber(String name) {
        if (name == null) {
            throw new IllegalArgumentException("protocol must be tcp, udp, sctp, udplite, icmp or icmpv6: null");
        }
        return switch (name) {
            case "tcp" -> TCP;
            case "udp" -> UDP;
            case "sctp" -> SCTP;
            case "udplite" -> UDPLITE;
            case "icmp" -> ICMP;
            case "icmpv6", "ipv6-icmp" -> ICMPV6;
            default -> throw new IllegalArgumentException("protocol must be tcp, udp, sctp, udplite, icmp or icmpv6: " + name);
        };
    }

    /**
     * {@code PROTO:PORT} as {@code ipset save} prints it: the /etc/protocols name ({@code ipv6-icmp}
     * for 58), ICMP type/code by name when it has one; an unnamed protocol as its number.
     */
    static String format(int protocol, int port) {
        String name = switch (protocol) {
            case ICMP -> "icmp";
            case TCP -> "tcp";
            case UDP -> "udp";
            case ICMPV6 -> "ipv6-icmp";
            case SCTP -> "sctp";
            case UDPLITE -> "udplite";
            default -> Integer.toString(protocol);
        };
        if (protocol != ICMP && protocol != ICMPV6) {
            return name + ':' + port;
        }
        int type = port >> 8 & 0xFF;
        int code = port & 0xFF;
        for (IcmpName n : protocol == ICMP ? ICMP_NAMES : ICMPV6_NAMES) {
            if (n.type() == type && n.code() == code) {
                return name + ':' + n.name();
            }
        }
        return name + ':' + type + '/' + code;
    }

    private static int icmpTypeCode(List<IcmpName> names, String value, String spec) {
        for (IcmpName n : names) {
            if (n.name().equals(value)) {
                return n.type() << 8 | n.code();
            }
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("port: not an ICMP type name nor TYPE/CODE: " + spec);
        }
        return number(value.substring(0, slash), 255, "port", spec) << 8 | number(value.substring(slash + 1), 255, "port", spec);
    }

    private static int number(String text, int max, String what, String spec) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(what + " must be a number 0.." + max + " (" + FORMS + "): " + spec);
        }
        int n = Integer.parseInt(text);
        if (n > max) {
            throw new IllegalArgumentException(what + " must be 0.." + max + ": " + spec);
        }
        return n;
    }
}
