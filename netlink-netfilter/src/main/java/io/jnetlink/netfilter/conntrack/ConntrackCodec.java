package io.jnetlink.netfilter.conntrack;

import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;

import io.jnetlink.core.message.RawAttribute;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/** Encodes ctnetlink tuples and decodes {@code IPCTNL_MSG_CT_NEW} messages into {@link ConntrackEntry}. */
public final class ConntrackCodec {
    private ConntrackCodec() {
    }

    /**
     * Decodes one {@code IPCTNL_MSG_CT_NEW} (a dump or get reply).
     *
     * @param m the message, positioned at its header
     * @return the entry as a value
     */
    public static ConntrackEntry decode(MessageReader m) {
        m.requirePayload(NfGenMsg.NFGENMSG_LENGTH, "nfgenmsg");
        int family = m.payloadU8(NfGenMsg.FAMILY_OFFSET);
        AttributeReader a = m.attributes(new AttributeReader(), NfGenMsg.NFGENMSG_LENGTH);
        AttributeReader inner = new AttributeReader();
        AttributeReader deeper = new AttributeReader();
        ConntrackTuple orig = null, reply = null;
        long status = 0, mark = 0, timeout = 0, id = 0;
        int tcpState = -1, zone = 0;
        long[] counters = new long[4];
        List<RawAttribute> others = new ArrayList<>();
        while (a.next()) {
            switch (a.type()) {
                case CtnlAttrs.CTA_TUPLE_ORIG -> orig = tuple(a, inner, deeper);
                case CtnlAttrs.CTA_TUPLE_REPLY -> reply = tuple(a, inner, deeper);
                case CtnlAttrs.CTA_STATUS -> status = Integer.toUnsignedLong(a.u32Be());
                case CtnlAttrs.CTA_MARK -> mark = Integer.toUnsignedLong(a.u32Be());
                case CtnlAttrs.CTA_TIMEOUT -> timeout = Integer.toUnsignedLong(a.u32Be());
                case CtnlAttrs.CTA_ID -> id = Integer.toUnsignedLong(a.u32Be());
                case CtnlAttrs.CTA_ZONE -> zone = a.u16Be();
                case CtnlAttrs.CTA_PROTOINFO -> {
                    a.nested(inner);
                    if (inner.find(CtnlAttrs.CTA_PROTOINFO_TCP)) {
                        inner.nested(deeper);
                        if (deeper.find(CtnlAttrs.CTA_PROTOINFO_TCP_STATE)) {
                            tcpState = deeper.u8();
                        }
                    }
                }
                case CtnlAttrs.CTA_COUNTERS_ORIG, CtnlAttrs.CTA_COUNTERS_REPLY -> {
                    int base = a.type() == CtnlAttrs.CTA_COUNTERS_ORIG ? 0 : 2;
                    a.nested(inner);
                    while (inner.next()) {
                        if (inner.type() == CtnlAttrs.CTA_COUNTERS_PACKETS) {
                            counters[base] = inner.u64Be();
                        } else if (inner.type() == CtnlAttrs.CTA_COUNTERS_BYTES) {
                            counters[base + 1] = inner.u64Be();
                        }
                    }
                }
                default -> others.add(RawAttribute.copyOf(a));
            }
        }
        if (orig == null || reply == null) {
            throw new NetlinkDecodeException("conntrack entry without its original or reply tuple", m.offset());
        }
        return new ConntrackEntry(family, orig, reply, status, tcpState, mark, timeout, id, zone,
                counters[0], counters[1], counters[2], counters[3], others);
    }

    private static ConntrackTuple tuple(AttributeReader a, AttributeReader inner, AttributeReader deeper) {
        a.nested(inner);
        InetAddress src = null, dst = null;
        int proto = -1, sport = -1, dport = -1;
        while (inner.next()) {
            if (inner.type() == CtnlAttrs.CTA_TUPLE_IP) {
                inner.nested(deeper);
                while (deeper.next()) {
                    switch (deeper.type()) {
                        case CtnlAttrs.CTA_IP_V4_SRC, CtnlAttrs.CTA_IP_V6_SRC -> src = deeper.inetAddress();
                        case CtnlAttrs.CTA_IP_V4_DST, CtnlAttrs.CTA_IP_V6_DST -> dst = deeper.inetAddress();
                        default -> {
                        }
                    }
                }
            } else if (inner.type() == CtnlAttrs.CTA_TUPLE_PROTO) {
                inner.nested(deeper);
                while (deeper.next()) {
                    switch (deeper.type()) {
                        case CtnlAttrs.CTA_PROTO_NUM -> proto = deeper.u8();
                        case CtnlAttrs.CTA_PROTO_SRC_PORT, CtnlAttrs.CTA_PROTO_ICMP_ID, CtnlAttrs.CTA_PROTO_ICMPV6_ID -> sport = deeper.u16Be();
                        case CtnlAttrs.CTA_PROTO_DST_PORT -> dport = deeper.u16Be();
                        default -> {
                        }
                    }
                }
            }
        }
        if (src == null || dst == null || proto < 0) {
            throw new NetlinkDecodeException("conntrack tuple without addresses or protocol", a.offset());
        }
        return new ConntrackTuple(proto, src, dst, sport, dport);
    }

    /** Writes {@code tuple} as the nested attribute {@code type} (CTA_TUPLE_ORIG or CTA_TUPLE_REPLY). */
    static void encodeTuple(MessageWriter w, int type, ConntrackTuple t) {
        int tuple = w.beginNested(type);
        int ip = w.beginNested(CtnlAttrs.CTA_TUPLE_IP);
        boolean v6 = t.source().getAddress().length == 16;
        w.putAttrBytes(v6 ? CtnlAttrs.CTA_IP_V6_SRC : CtnlAttrs.CTA_IP_V4_SRC, t.source().getAddress());
        w.putAttrBytes(v6 ? CtnlAttrs.CTA_IP_V6_DST : CtnlAttrs.CTA_IP_V4_DST, t.destination().getAddress());
        w.endNested(ip);
        int proto = w.beginNested(CtnlAttrs.CTA_TUPLE_PROTO);
        w.putAttrU8(CtnlAttrs.CTA_PROTO_NUM, t.protocol());
        if (t.protocol() == 1 || t.protocol() == 58) {
            if (t.sourcePort() >= 0) {
                w.putAttrU16Be(t.protocol() == 1 ? CtnlAttrs.CTA_PROTO_ICMP_ID : CtnlAttrs.CTA_PROTO_ICMPV6_ID, t.sourcePort());
            }
        } else {
            if (t.sourcePort() >= 0) {
                w.putAttrU16Be(CtnlAttrs.CTA_PROTO_SRC_PORT, t.sourcePort());
            }
            if (t.destinationPort() >= 0) {
                w.putAttrU16Be(CtnlAttrs.CTA_PROTO_DST_PORT, t.destinationPort());
            }
        }
        w.endNested(proto);
        w.endNested(tuple);
    }

}
