package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.wire.CtnlAttrs;

import java.net.InetAddress;

/**
 * One direction of a connection: {@code src=... dst=... sport=... dport=...} in {@code conntrack -L}.
 *
 * @param protocol        IPPROTO_* number (6 tcp, 17 udp, 1 icmp, 58 icmpv6)
 * @param source          source address
 * @param destination     destination address
 * @param sourcePort      source port (tcp/udp/sctp), or the ICMP id; -1 when absent
 * @param destinationPort destination port, or -1
 */
public record ConntrackTuple(int protocol, InetAddress source, InetAddress destination, int sourcePort, int destinationPort) {
    /**
     * Refuses a missing address by name (the encoder and {@link #toString()} would fail on it later).
     *
     * @param protocol IPPROTO_* number (6 tcp, 17 udp, 1 icmp, 58 icmpv6)
     * @param source source address
     * @param destination destination address
     * @param sourcePort source port (tcp/udp/sctp), or the ICMP id; -1 when absent
     * @param destinationPort destination port, or -1
     * @throws IllegalArgumentException when an address is null
     */
    public ConntrackTuple {
        if (source == null) {
            throw new IllegalArgumentException("conntrack tuple source address must not be null");
        }
        if (destination == null) {
            throw new IllegalArgumentException("conntrack tuple destination address must not be null");
        }
    }

    /**
     * {@return the tuple of the other direction without NAT: addresses and ports swapped (what
     * {@code conntrack -I} assumes when no reply tuple is given)}
     */
    public ConntrackTuple inverse() {
        boolean icmp = protocol == 1 || protocol == 58;
        return icmp ? new ConntrackTuple(protocol, destination, source, sourcePort, destinationPort)
                : new ConntrackTuple(protocol, destination, source, destinationPort, sourcePort);
    }

    /** {@return AF_INET (2) or AF_INET6 (10), by the source address} */
    public int family() {
        return source.getAddress().length == 16 ? 10 : 2;
    }

    /**
     * Checks the tuple nested in the current attribute of {@code a} ({@code CTA_TUPLE_*},
     * {@code CTA_EXPECT_*}) without allocating: addresses of 4 or 16 bytes, a protocol number.
     *
     * @param a positioned at the tuple attribute
     * @param inner scratch reader
     * @param deeper scratch reader
     * @throws NetlinkDecodeException when the tuple is malformed or incomplete
     */
    public static void check(AttributeReader a, AttributeReader inner, AttributeReader deeper) {
        walk(a, inner, deeper, null);
    }

    /**
     * Decodes the tuple nested in the current attribute of {@code a} (checked as {@link #check} does).
     *
     * @param a positioned at the tuple attribute
     * @param inner scratch reader
     * @param deeper scratch reader
     * @return the tuple
     * @throws NetlinkDecodeException when the tuple is malformed or incomplete
     */
    public static ConntrackTuple decode(AttributeReader a, AttributeReader inner, AttributeReader deeper) {
        return walk(a, inner, deeper, new InetAddress[2]);
    }

    /** Walks a tuple; with {@code addresses} null only checks it (no allocation), else builds the record. */
    private static ConntrackTuple walk(AttributeReader a, AttributeReader inner, AttributeReader deeper,
                                       InetAddress[] addresses) {
        a.nested(inner);
        boolean src = false, dst = false;
        int proto = -1, sport = -1, dport = -1;
        while (inner.next()) {
            if (inner.type() == CtnlAttrs.CTA_TUPLE_IP) {
                for (inner.nested(deeper); deeper.next(); ) {
                    switch (deeper.type()) {
                        case CtnlAttrs.CTA_IP_V4_SRC, CtnlAttrs.CTA_IP_V6_SRC -> src = address(deeper, addresses, 0);
                        case CtnlAttrs.CTA_IP_V4_DST, CtnlAttrs.CTA_IP_V6_DST -> dst = address(deeper, addresses, 1);
                        default -> {
                        }
                    }
                }
            } else if (inner.type() == CtnlAttrs.CTA_TUPLE_PROTO) {
                for (inner.nested(deeper); deeper.next(); ) {
                    switch (deeper.type()) {
                        case CtnlAttrs.CTA_PROTO_NUM -> proto = deeper.u8();
                        case CtnlAttrs.CTA_PROTO_SRC_PORT, CtnlAttrs.CTA_PROTO_ICMP_ID, CtnlAttrs.CTA_PROTO_ICMPV6_ID ->
                                sport = deeper.u16Be();
                        case CtnlAttrs.CTA_PROTO_DST_PORT -> dport = deeper.u16Be();
                        default -> {
                        }
                    }
                }
            }
        }
        if (!src || !dst || proto < 0) {
            throw new NetlinkDecodeException("conntrack tuple without addresses or protocol", a.offset());
        }
        return addresses == null ? null : new ConntrackTuple(proto, addresses[0], addresses[1], sport, dport);
    }

    /** Checks the address attribute's length (4 or 16); stores the address when building. */
    private static boolean address(AttributeReader deeper, InetAddress[] addresses, int slot) {
        int length = deeper.valueLength();
        if (length != 4 && length != 16) {
            throw new NetlinkDecodeException("conntrack tuple address of " + length + " bytes", deeper.offset());
        }
        if (addresses != null) {
            addresses[slot] = deeper.inetAddress();
        }
        return true;
    }

    /**
     * Writes this tuple as the nested attribute {@code type} ({@code CTA_TUPLE_ORIG}, {@code CTA_TUPLE_REPLY},
     * {@code CTA_EXPECT_TUPLE}, …): addresses, protocol, and the ports (ICMP: the id) that are not -1.
     *
     * @param w the writer
     * @param type the attribute type
     */
    public void encode(MessageWriter w, int type) {
        int tuple = w.beginNested(type);
        int ip = w.beginNested(CtnlAttrs.CTA_TUPLE_IP);
        boolean v6 = source.getAddress().length == 16;
        w.putAttrBytes(v6 ? CtnlAttrs.CTA_IP_V6_SRC : CtnlAttrs.CTA_IP_V4_SRC, source.getAddress());
        w.putAttrBytes(v6 ? CtnlAttrs.CTA_IP_V6_DST : CtnlAttrs.CTA_IP_V4_DST, destination.getAddress());
        w.endNested(ip);
        int proto = w.beginNested(CtnlAttrs.CTA_TUPLE_PROTO);
        w.putAttrU8(CtnlAttrs.CTA_PROTO_NUM, protocol);
        if (protocol == 1 || protocol == 58) {
            if (sourcePort >= 0) {
                w.putAttrU16Be(protocol == 1 ? CtnlAttrs.CTA_PROTO_ICMP_ID : CtnlAttrs.CTA_PROTO_ICMPV6_ID, sourcePort);
            }
        } else {
            if (sourcePort >= 0) {
                w.putAttrU16Be(CtnlAttrs.CTA_PROTO_SRC_PORT, sourcePort);
            }
            if (destinationPort >= 0) {
                w.putAttrU16Be(CtnlAttrs.CTA_PROTO_DST_PORT, destinationPort);
            }
        }
        w.endNested(proto);
        w.endNested(tuple);
    }

    @Override
    public String toString() {
        return "proto=" + protocol + " src=" + source.getHostAddress() + " dst=" + destination.getHostAddress()
                + (sourcePort >= 0 ? " sport=" + sourcePort : "") + (destinationPort >= 0 ? " dport=" + destinationPort : "");
    }
}
