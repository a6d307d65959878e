package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.TcAttrs;
import io.jnetlink.route.wire.TcMsg;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The part every qdisc, class and filter message shares: {@code tcmsg}, {@code TCA_KIND},
 * {@code TCA_OPTIONS}, {@code TCA_STATS2}, {@code TCA_CHAIN}. The views delegate to it; it
 * checks every length while wrapping, so its accessors do not throw afterwards.
 */
final class TcMessage {
    private final AttributeReader attrs = new AttributeReader();
    private final AttributeReader nested = new AttributeReader();
    private ByteBuffer buffer;
    private int header;
    private int attrStart;
    private int attrLength;
    private int kindAt;
    private int optionsAt;
    private long chain;
    private long bytes;
    private long packets;
    private long drops;
    private long overlimits;
    private long requeues;
    private long backlog;
    private long qlen;

    void wrap(MessageReader m) {
        m.requirePayload(TcMsg.LENGTH, "tcmsg");
        buffer = m.buffer();
        header = m.payloadOffset();
        kindAt = optionsAt = -1;
        chain = -1;
        bytes = packets = drops = overlimits = requeues = backlog = qlen = 0;
        m.attributes(attrs, TcMsg.LENGTH);
        attrStart = header + TcMsg.LENGTH;
        attrLength = m.payloadLength() - TcMsg.LENGTH;
        while (attrs.next()) {
            switch (attrs.type()) {
                case TcAttrs.TCA_KIND -> {
                    if (!isKind(attrs)) {
                        throw new NetlinkDecodeException("TCA_KIND is not a kind name", attrs.offset());
                    }
                    kindAt = attrs.offset();
                }
                case TcAttrs.TCA_OPTIONS -> optionsAt = attrs.offset();
                case TcAttrs.TCA_CHAIN -> chain = TcStruct.u32Attr(attrs, "TCA_CHAIN");
                case TcAttrs.TCA_STATS2 -> stats(attrs.nested(nested));
                default -> {
                }
            }
        }
        if (kindAt < 0) {
            throw new NetlinkDecodeException("tc message without TCA_KIND", m.offset());
        }
    }

    /** {@link TcChecks#isKind} on the attribute's bytes, without making a string: 1..15 printable characters, then NUL or the end. */
    private static boolean isKind(AttributeReader a) {
        int off = a.valueOffset();
        int len = a.valueLength();
        int n = 0;
        while (n < len && a.buffer().get(off + n) != 0) {
            int c = a.buffer().get(off + n);
            if (c <= 32 || c >= 127) {
                return false;
            }
            n++;
        }
        return n >= 1 && n <= 15;
    }

    private void stats(AttributeReader s) {
        while (s.next()) {
            switch (s.type()) {
                case TcAttrs.TCA_STATS_BASIC -> {
                    TcStruct.require(s, TcAttrs.BASIC_LENGTH, "TCA_STATS_BASIC");
                    bytes = TcStruct.u64(s, TcAttrs.BASIC_BYTES_OFFSET);
                    if (packets == 0) {
                        packets = TcStruct.u32(s, TcAttrs.BASIC_PACKETS_OFFSET);
                    }
                }
                case TcAttrs.TCA_STATS_PKT64 -> packets = TcStruct.u64Attr(s, "TCA_STATS_PKT64");
                case TcAttrs.TCA_STATS_QUEUE -> {
                    TcStruct.require(s, TcAttrs.QUEUE_LENGTH, "TCA_STATS_QUEUE");
                    qlen = TcStruct.u32(s, TcAttrs.QUEUE_QLEN_OFFSET);
                    backlog = TcStruct.u32(s, TcAttrs.QUEUE_BACKLOG_OFFSET);
                    drops = TcStruct.u32(s, TcAttrs.QUEUE_DROPS_OFFSET);
                    requeues = TcStruct.u32(s, TcAttrs.QUEUE_REQUEUES_OFFSET);
                    overlimits = TcStruct.u32(s, TcAttrs.QUEUE_OVERLIMITS_OFFSET);
                }
                default -> {
                }
            }
        }
    }

    int ifindex() {
        return buffer.getInt(header + TcMsg.IFINDEX_OFFSET);
    }

    int handle() {
        return buffer.getInt(header + TcMsg.HANDLE_OFFSET);
    }

    int parent() {
        return buffer.getInt(header + TcMsg.PARENT_OFFSET);
    }

    int info() {
        return buffer.getInt(header + TcMsg.INFO_OFFSET);
    }

    long chain() {
        return chain;
    }

    String kind() {
        return attrAt(kindAt).string();
    }

    boolean kindEquals(String k) {
        return attrAt(kindAt).stringEquals(k);
    }

    /** The {@code TCA_OPTIONS} attribute (a reader positioned on it), or null. */
    AttributeReader options() {
        return optionsAt < 0 ? null : attrAt(optionsAt);
    }

    long bytes() {
        return bytes;
    }

    long packets() {
        return packets;
    }

    TcStats stats() {
        return new TcStats(bytes, packets, drops, overlimits, requeues, backlog, qlen);
    }

    /** The attributes not decoded into fields, copied. */
    List<RawAttribute> others(boolean chainDecoded) {
        List<RawAttribute> out = new ArrayList<>();
        AttributeReader a = new AttributeReader().wrap(buffer, attrStart, attrLength);
        while (a.next()) {
            int t = a.type();
            if (t != TcAttrs.TCA_KIND && t != TcAttrs.TCA_OPTIONS && t != TcAttrs.TCA_STATS2
                    && !(chainDecoded && t == TcAttrs.TCA_CHAIN)) {
                out.add(RawAttribute.copyOf(a));
            }
        }
        return List.copyOf(out);
    }

    private AttributeReader attrAt(int offset) {
        // re-read the attribute found while wrapping (its bounds were checked then)
        int len = buffer.getShort(offset) & 0xFFFF;
        attrs.wrap(buffer, offset, len);
        attrs.next();
        return attrs;
    }
}
