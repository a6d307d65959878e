package io.jnetlink.netfilter.conntrack;

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
    int family() {
        return source.getAddress().length == 16 ? 10 : 2;
    }

    /** Writes this tuple as the nested attribute {@code type} (CTA_TUPLE_ORIG, CTA_TUPLE_REPLY, CTA_EXPECT_*). */
    void encode(MessageWriter w, int type) {
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
