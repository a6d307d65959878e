package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;
import io.jnetlink.core.net.MacAddress;
import io.jnetlink.netfilter.wire.IpsetAttrs;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

/**
 * One element of a set, as {@code ipset add NAME ELEMENT [timeout N] [packets N bytes N]
 * [comment TEXT]} takes it and {@code ipset list} prints it. Which parts are present depends on
 * the set's {@link IpSetType}; absent numbers are -1, absent objects null.
 *
 * @param address  the address ({@code hash:ip}, {@code hash:net}, {@code hash:ip,port},
 *                 {@code hash:net,port}), or null
 * @param prefix   the prefix length of a {@code hash:net*} element, or -1
 * @param protocol the IP protocol number of a {@code hash:*,port} element ({@code tcp} is 6), or -1
 * @param port     the port ({@code hash:*,port}, {@code bitmap:port}), or -1; for {@code icmp:TYPE} and
 *                 {@code icmpv6:TYPE} the ICMP {@code type << 8 | code}, as on the wire
 * @param address2 the second address of a {@code hash:ip,port,ip} or {@code hash:ip,port,net} element, or null
 * @param prefix2  the prefix length of that second address ({@code hash:ip,port,net}), or -1
 * @param mac      the Ethernet address of a {@code hash:mac} element ({@code 00:11:22:33:44:55}), or null
 * @param member   the set name of a {@code list:set} element, or null
 * @param timeout  seconds left ({@code timeout N}), or -1 when the set has no timeouts
 * @param packets  the packet counter ({@code packets N}), or -1 without counters
 * @param bytes    the byte counter ({@code bytes N}), or -1 without counters
 * @param comment  the comment ({@code comment "TEXT"}), or null
 * @param unknown  attributes this library does not model, kept as the kernel sent them
 */
public record IpSetEntry(InetAddress address, int prefix, int protocol, int port, InetAddress address2, int prefix2,
                         String mac, String member,
                         long timeout, long packets, long bytes, String comment, List<RawAttribute> unknown) {
    /**
     * Copies the unknown attributes so the record stays immutable.
     *
     * @param address  the address, or null
     * @param prefix   the prefix length, or -1
     * @param protocol the IP protocol number, or -1
     * @param port     the port, or -1
     * @param address2 the second address, or null
     * @param prefix2  the second prefix length, or -1
     * @param mac      the Ethernet address, or null
     * @param member   the member set's name, or null
     * @param timeout  seconds, or -1
     * @param packets  packets, or -1
     * @param bytes    bytes, or -1
     * @param comment  the comment, or null
     * @param unknown  attributes kept raw (null: none)
     */
    public IpSetEntry {
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
    }

    private static IpSetEntry of(InetAddress address, int prefix, int protocol, int port, String mac, String member) {
        return new IpSetEntry(address, prefix, protocol, port, null, -1, mac, member, -1, -1, -1, null, List.of());
    }

    /**
     * A {@code hash:ip} element: {@code ipset add NAME 10.0.0.1}.
     *
     * @param address an IPv4 or IPv6 literal
     * @return the element
     * @throws IllegalArgumentException naming {@code address} when it is not an IP literal
     */
    public static IpSetEntry ip(String address) {
        return of(IpAddresses.parse(address, "address"), -1, -1, -1, null, null);
    }

    /**
     * A {@code hash:net} element: {@code ipset add NAME 10.0.0.0/8} (a bare address is a host prefix).
     *
     * @param cidr {@code ADDRESS/LENGTH}, length 1..32 (IPv4) or 1..128 (IPv6)
     * @return the element
     * @throws IllegalArgumentException naming {@code cidr} when it is malformed or its length is 0
     */
    public static IpSetEntry net(String cidr) {
        IpPrefix p = checkPrefix(cidr, "cidr");
        return of(p.network(), p.prefixLength(), -1, -1, null, null);
    }

    /**
     * A {@code hash:ip,port} element: {@code ipset add NAME 10.0.0.1,tcp:80}.
     *
     * @param address  an IP literal
     * @param protocol {@code tcp}, {@code udp}, {@code sctp} or {@code udplite}
     * @param port     0..65535
     * @return the element
     * @throws IllegalArgumentException naming the bad argument
     */
    public static IpSetEntry ipPort(String address, String protocol, int port) {
        return of(IpAddresses.parse(address, "address"), -1, portProtocol(protocol), checkPort(port), null, null);
    }

    /**
     * A {@code hash:ip,port} element with the port as ipset writes it: {@code ipset add NAME
     * 10.96.0.10,udp:53}, {@code 10.0.0.1,icmp:echo-request}, {@code fd00::1,icmpv6:1/3}, {@code 10.0.0.1,80} (tcp).
     *
     * @param address an IP literal
     * @param port    {@code tcp|udp|sctp|udplite:PORT}, {@code PORT}, {@code icmp:TYPE} (IPv4) or
     *                {@code icmpv6:TYPE} (IPv6), TYPE a name such as {@code echo-request} or {@code type/code}
     * @return the element
     * @throws IllegalArgumentException naming {@code address}, {@code protocol} or {@code port}
     */
    public static IpSetEntry ipPort(String address, String port) {
        InetAddress a = IpAddresses.parse(address, "address");
        IpSetPorts.ProtoPort p = IpSetPorts.parse(port, a instanceof Inet6Address);
        return of(a, -1, p.protocol(), p.port(), null, null);
    }

    /**
     * A {@code hash:ip,port,ip} element: {@code ipset add NAME 10.244.1.5,tcp:53,10.244.1.5}.
     *
     * @param address  an IP literal
     * @param port     the port as in {@link #ipPort(String, String)}
     * @param address2 the second IP literal, of the same family
     * @return the element
     * @throws IllegalArgumentException naming {@code address}, {@code protocol}, {@code port} or {@code address2}
     */
    public static IpSetEntry ipPortIp(String address, String port, String address2) {
        IpSetEntry e = ipPort(address, port);
        InetAddress second = sameFamily(e.address(), IpAddresses.parse(address2, "address2"), "address2");
        return new IpSetEntry(e.address(), -1, e.protocol(), e.port(), second, -1, null, null, -1, -1, -1, null, List.of());
    }

    /**
     * A {@code hash:ip,port,net} element: {@code ipset add NAME 10.0.0.10,tcp:80,192.168.0.0/16}
     * (a bare second address is a host prefix).
     *
     * @param address an IP literal
     * @param port    the port as in {@link #ipPort(String, String)}
     * @param cidr2   {@code ADDRESS/LENGTH} of the same family, length at least 1
     * @return the element
     * @throws IllegalArgumentException naming {@code address}, {@code protocol}, {@code port} or {@code cidr2}
     */
    public static IpSetEntry ipPortNet(String address, String port, String cidr2) {
        IpSetEntry e = ipPort(address, port);
        IpPrefix p = checkPrefix(cidr2, "cidr2");
        InetAddress second = sameFamily(e.address(), p.network(), "cidr2");
        return new IpSetEntry(e.address(), -1, e.protocol(), e.port(), second, p.prefixLength(), null, null,
                -1, -1, -1, null, List.of());
    }

    /**
     * A {@code hash:net,port} element: {@code ipset add NAME 10.0.0.0/8,udp:53}.
     *
     * @param cidr     {@code ADDRESS/LENGTH}, length at least 1
     * @param protocol {@code tcp}, {@code udp}, {@code sctp} or {@code udplite}
     * @param port     0..65535
     * @return the element
     * @throws IllegalArgumentException naming the bad argument
     */
    public static IpSetEntry netPort(String cidr, String protocol, int port) {
        IpPrefix p = checkPrefix(cidr, "cidr");
        return of(p.network(), p.prefixLength(), portProtocol(protocol), checkPort(port), null, null);
    }

    /**
     * A {@code hash:mac} element: {@code ipset add NAME 00:11:22:33:44:55}.
     *
     * @param mac six colon-separated hex bytes
     * @return the element
     * @throws IllegalArgumentException naming {@code mac} when malformed
     */
    public static IpSetEntry mac(String mac) {
        return of(null, -1, -1, -1, MacAddress.format(MacAddress.parse(mac, "mac")), null);
    }

    /**
     * A {@code bitmap:port} element: {@code ipset add NAME 1080}.
     *
     * @param port 0..65535 (and inside the set's range, which the kernel checks)
     * @return the element
     * @throws IllegalArgumentException naming {@code port} when out of range
     */
    public static IpSetEntry port(int port) {
        return of(null, -1, -1, checkPort(port), null, null);
    }

    /**
     * A {@code list:set} element: {@code ipset add NAME OTHER}.
     *
     * @param member the name of an existing set
     * @return the element
     * @throws IllegalArgumentException naming {@code member} when empty or longer than 31 bytes
     */
    public static IpSetEntry set(String member) {
        return of(null, -1, -1, -1, null, IpSetNames.check(member, "member"));
    }

    /**
     * This element with a timeout: {@code ipset add … timeout N} (the set must have timeouts).
     *
     * @param seconds 0..2147483 (0: never expires), as the kernel accepts
     * @return a copy with the timeout
     * @throws IllegalArgumentException naming {@code timeout} when out of range
     */
    public IpSetEntry withTimeout(long seconds) {
        return new IpSetEntry(address, prefix, protocol, port, address2, prefix2, mac, member, IpSetNames.checkTimeout(seconds),
                packets, bytes, comment, unknown);
    }

    /**
     * This element with initial counters: {@code ipset add … packets N bytes N} (the set must have counters).
     *
     * @param packets 0 or more
     * @param bytes   0 or more
     * @return a copy with the counters
     * @throws IllegalArgumentException naming {@code packets} or {@code bytes} when negative
     */
    public IpSetEntry withCounters(long packets, long bytes) {
        if (packets < 0) {
            throw new IllegalArgumentException("packets must not be negative: " + packets);
        }
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative: " + bytes);
        }
        return new IpSetEntry(address, prefix, protocol, port, address2, prefix2, mac, member, timeout, packets, bytes, comment, unknown);
    }

    /**
     * This element with a comment: {@code ipset add … comment "TEXT"} (the set must have comments).
     *
     * @param text up to 255 bytes of UTF-8, no NUL
     * @return a copy with the comment
     * @throws IllegalArgumentException naming {@code comment} when too long or holding a NUL
     */
    public IpSetEntry withComment(String text) {
        if (text == null || text.indexOf('\0') >= 0
                || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > IpsetAttrs.IPSET_MAX_COMMENT_SIZE) {
            throw new IllegalArgumentException("comment must be at most " + IpsetAttrs.IPSET_MAX_COMMENT_SIZE
                    + " bytes without NUL: " + text);
        }
        return new IpSetEntry(address, prefix, protocol, port, address2, prefix2, mac, member, timeout, packets, bytes, text, unknown);
    }

    private static IpPrefix checkPrefix(String cidr, String what) {
        IpPrefix p = IpPrefix.parse(cidr, what);
        if (p.prefixLength() == 0) {
            throw new IllegalArgumentException(what + " prefix length must be at least 1 (ipset refuses /0): " + cidr);
        }
        return p;
    }

    private static InetAddress sameFamily(InetAddress first, InetAddress second, String what) {
        if ((first instanceof Inet6Address) != (second instanceof Inet6Address)) {
            throw new IllegalArgumentException(what + " must be of the first address's family: " + IpAddresses.format(second));
        }
        return second;
    }

    static int checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        return port;
    }

    /** A protocol that takes a numeric port: tcp, udp, sctp or udplite (the ICMP forms go through {@link #ipPort(String, String)}). */
    private static int portProtocol(String protocol) {
        int number = IpSetPorts.protocolNumber(protocol);
        if (number == IpSetPorts.ICMP || number == IpSetPorts.ICMPV6) {
            throw new IllegalArgumentException("protocol: " + protocol + " takes a type, not a port: use ipPort(address, \"" + protocol + ":TYPE\")");
        }
        return number;
    }
}
