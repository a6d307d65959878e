package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * <em>The</em> decoder of a conntrack entry ({@code IPCTNL_MSG_CT_NEW} of {@code conntrack -L}, a get
 * reply, or a {@code NEW}/{@code DESTROY} notification of {@code conntrack -E}): a reusable flyweight.
 * {@link #wrap} walks and checks every attribute once (a tuple without addresses or protocol, a
 * value of the wrong length), so no accessor and not {@link #toConntrackEntry()} throws later.
 * The scalar accessors read what {@code wrap} found without allocating; valid until the next receive.
 */
public final class ConntrackView {
    private final AttributeReader top = new AttributeReader();
    private final AttributeReader inner = new AttributeReader();
    private final AttributeReader deeper = new AttributeReader();
    private MessageReader message;
    private int family;
    private long status;
    private long mark;
    private long timeout;
    private long id;
    private int zone;
    private int tcpState;
    private final long[] counters = new long[4];
    private final int[] labelWords = new int[4];
    private int labelWordCount;
    private int originalAt;
    private int replyAt;

    /**
     * Points this view at {@code m} and checks it whole.
     *
     * @param m a ctnetlink message ({@code IPCTNL_MSG_CT_NEW} or {@code _DELETE}), positioned at its header
     * @return this view
     * @throws NetlinkDecodeException when the message is malformed or lacks a tuple
     */
    public ConntrackView wrap(MessageReader m) {
        m.requirePayload(NfGenMsg.NFGENMSG_LENGTH, "nfgenmsg");
        message = m;
        family = m.payloadU8(NfGenMsg.FAMILY_OFFSET);
        status = mark = timeout = id = 0;
        zone = 0;
        tcpState = -1;
        java.util.Arrays.fill(counters, 0);
        labelWordCount = 0;
        originalAt = replyAt = -1;
        for (m.attributes(top, NfGenMsg.NFGENMSG_LENGTH); top.next(); ) {
            switch (top.type()) {
                case CtnlAttrs.CTA_TUPLE_ORIG -> originalAt = checkTuple();
                case CtnlAttrs.CTA_TUPLE_REPLY -> replyAt = checkTuple();
                case CtnlAttrs.CTA_STATUS -> status = Integer.toUnsignedLong(top.u32Be());
                case CtnlAttrs.CTA_MARK -> mark = Integer.toUnsignedLong(top.u32Be());
                case CtnlAttrs.CTA_TIMEOUT -> timeout = Integer.toUnsignedLong(top.u32Be());
                case CtnlAttrs.CTA_ID -> id = Integer.toUnsignedLong(top.u32Be());
                case CtnlAttrs.CTA_ZONE -> zone = top.u16Be();
                case CtnlAttrs.CTA_PROTOINFO -> readProtoInfo();
                case CtnlAttrs.CTA_COUNTERS_ORIG -> readCounters(0);
                case CtnlAttrs.CTA_COUNTERS_REPLY -> readCounters(2);
                case CtnlAttrs.CTA_LABELS -> readLabels();
                default -> {
                }
            }
        }
        if (originalAt < 0 || replyAt < 0) {
            throw new NetlinkDecodeException("conntrack entry without its original or reply tuple", m.offset());
        }
        return this;
    }

    /** {@return AF_INET (2) or AF_INET6 (10), from {@code nfgenmsg}} */
    public int family() {
        return family;
    }

    /** {@return {@code CTA_STATUS} bits ({@code IPS_*})} */
    public long status() {
        return status;
    }

    /** {@return {@code CTA_MARK}, 0 when absent} */
    public long mark() {
        return mark;
    }

    /** {@return {@code CTA_ZONE}, 0 for the default zone} */
    public int zone() {
        return zone;
    }

    /** {@return {@code CTA_TIMEOUT} in seconds} */
    public long timeoutSeconds() {
        return timeout;
    }

    /** {@return {@code CTA_ID}} */
    public long id() {
        return id;
    }

    /** {@return {@code CTA_PROTOINFO_TCP_STATE}, -1 for other protocols} */
    public int tcpState() {
        return tcpState;
    }

    /**
     * {@return whether connection label {@code bit} is set}
     *
     * @param bit the label number, 0..127
     */
    public boolean hasLabel(int bit) {
        return bit >= 0 && bit / 32 < labelWordCount && (labelWords[bit / 32] & (1 << (bit % 32))) != 0;
    }

    /** {@return the original direction's tuple (allocates)} */
    public ConntrackTuple original() {
        return tupleAt(originalAt);
    }

    /** {@return the reply direction's tuple (allocates)} */
    public ConntrackTuple reply() {
        return tupleAt(replyAt);
    }

    /** {@return the entry as an immutable record; unmodelled top-level attributes kept raw} */
    public ConntrackEntry toConntrackEntry() {
        TreeSet<Integer> labels = new TreeSet<>();
        for (int bit = 0; bit < labelWordCount * 32; bit++) {
            if (hasLabel(bit)) {
                labels.add(bit);
            }
        }
        List<RawAttribute> others = new ArrayList<>();
        for (message.attributes(top, NfGenMsg.NFGENMSG_LENGTH); top.next(); ) {
            if (!modelled(top.type())) {
                others.add(RawAttribute.copyOf(top));
            }
        }
        return new ConntrackEntry(family, original(), reply(), status, tcpState, mark, timeout, id, zone,
                counters[0], counters[1], counters[2], counters[3], labels, others);
    }

    private static boolean modelled(int type) {
        return switch (type) {
            case CtnlAttrs.CTA_TUPLE_ORIG, CtnlAttrs.CTA_TUPLE_REPLY, CtnlAttrs.CTA_STATUS, CtnlAttrs.CTA_MARK,
                 CtnlAttrs.CTA_TIMEOUT, CtnlAttrs.CTA_ID, CtnlAttrs.CTA_ZONE, CtnlAttrs.CTA_PROTOINFO,
                 CtnlAttrs.CTA_COUNTERS_ORIG, CtnlAttrs.CTA_COUNTERS_REPLY, CtnlAttrs.CTA_LABELS -> true;
            default -> false;
        };
    }

    private void readProtoInfo() {
        top.nested(inner);
        if (inner.find(CtnlAttrs.CTA_PROTOINFO_TCP)) {
            inner.nested(deeper);
            if (deeper.find(CtnlAttrs.CTA_PROTOINFO_TCP_STATE)) {
                tcpState = deeper.u8();
            }
        }
    }

    private void readCounters(int base) {
        for (top.nested(inner); inner.next(); ) {
            if (inner.type() == CtnlAttrs.CTA_COUNTERS_PACKETS) {
                counters[base] = inner.u64Be();
            } else if (inner.type() == CtnlAttrs.CTA_COUNTERS_BYTES) {
                counters[base + 1] = inner.u64Be();
            }
        }
    }

    /** {@code CTA_LABELS}: the kernel's bitmap as native-order 32-bit words (at most 128 bits). */
    private void readLabels() {
        int length = top.valueLength();
        if (length % 4 != 0 || length > 16) {
            throw new NetlinkDecodeException("CTA_LABELS of " + length + " bytes (want a multiple of 4, at most 16)",
                    top.offset());
        }
        labelWordCount = length / 4;
        for (int i = 0; i < labelWordCount; i++) {
            labelWords[i] = top.buffer().getInt(top.valueOffset() + 4 * i);
        }
    }

    /** Checks the tuple under the current top-level attribute; returns the attribute's offset. */
    private int checkTuple() {
        ConntrackTuple.check(top, inner, deeper);
        return top.offset();
    }

    private ConntrackTuple tupleAt(int offset) {
        for (message.attributes(top, NfGenMsg.NFGENMSG_LENGTH); top.next(); ) {
            if (top.offset() == offset) {
                return ConntrackTuple.decode(top, inner, deeper);
            }
        }
        throw new IllegalStateException("tuple at " + offset + " vanished: the view was not wrapped again");
    }
}
