package io.jnetlink.route;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A reusable flyweight over one {@code RTM_NEWLINK} message, for streaming dumps and events
 * without allocating per message ({@link Links#forEach}). {@link #wrap} walks the attributes once
 * and remembers where each is; the getters then read the receive buffer in place.
 *
 * <p><b>Valid only until the next receive</b> on the connection the message came from: copy what
 * you keep ({@link #toLink()}, {@link #name()}, {@link #copyName(byte[])}). Not thread-safe.
 *
 * <pre>{@code
 * Links.forEach(ns, v -> { if (v.nameEquals("veth-red")) index[0] = v.index(); });
 * }</pre>
 */
public final class LinkView {
    private final AttributeReader attrs = new AttributeReader();
    private final AttributeReader info = new AttributeReader();
    private final int[] valueOffset = new int[IfLink.IFLA_VIEW_LIMIT];
    private final int[] valueLength = new int[IfLink.IFLA_VIEW_LIMIT];
    private final LinkDecoder decoder = new LinkDecoder();
    private MessageReader message;
    private ByteBuffer buffer;
    private int payload;
    private int kindOffset = -1;
    private int kindLength;

    /**
     * Points the view at the link message {@code message} is positioned at; returns {@code this}.
     *
     *
     * @param message the message, positioned at its header
     * @return this view, now over {@code message}
     * @throws NetlinkDecodeException if the message is malformed
     */
    public LinkView wrap(MessageReader message) {
        message.requirePayload(IfInfoMsg.LENGTH, "ifinfomsg");
        this.message = message;
        this.buffer = message.buffer();
        this.payload = message.payloadOffset();
        java.util.Arrays.fill(valueOffset, -1);
        kindOffset = -1;
        message.attributes(attrs, IfInfoMsg.LENGTH);
        while (attrs.next()) {
            int t = attrs.type();
            if (t < valueOffset.length && valueOffset[t] < 0) {
                valueOffset[t] = attrs.valueOffset();
                valueLength[t] = attrs.valueLength();
            }
            if (t == IfLink.IFLA_LINKINFO && kindOffset < 0) {
                attrs.nested(info);
                while (info.next()) {
                    if (info.type() == IfLink.IFLA_INFO_KIND) {
                        kindOffset = info.valueOffset();
                        kindLength = stringLength(kindOffset, info.valueLength());
                    }
                }
            }
        }
        if (valueOffset[IfLink.IFLA_IFNAME] < 0) {
            throw new NetlinkDecodeException("link message for index " + index() + " has no IFLA_IFNAME", message.offset());
        }
        return this;
    }

    /** {@return {@code ifi_index}} */
    public int index() {
        return buffer.getInt(payload + IfInfoMsg.INDEX_OFFSET);
    }

    /** {@return {@code ifi_type} ({@code ARPHRD_*})} */
    public int type() {
        return buffer.getShort(payload + IfInfoMsg.TYPE_OFFSET) & 0xFFFF;
    }

    /** {@return {@code ifi_flags} ({@code IFF_*}, see {@link LinkFlags})} */
    public int flags() {
        return buffer.getInt(payload + IfInfoMsg.FLAGS_OFFSET);
    }

    /** {@return whether {@code IFF_UP} is set} */
    public boolean isUp() {
        return (flags() & LinkFlags.IFF_UP) != 0;
    }

    /**
     * {@return whether the name equals {@code name} (no allocation)}
     *
     * @param name the name to compare with
     */
    public boolean nameEquals(CharSequence name) {
        return stringEquals(valueOffset[IfLink.IFLA_IFNAME], stringLength(valueOffset[IfLink.IFLA_IFNAME],
                valueLength[IfLink.IFLA_IFNAME]), name);
    }

    /**
     * Copies the name's bytes (UTF-8, no NUL) into {@code dst}; returns how many.
     *
     * @param dst the array to copy into; it must be large enough
     * @return the number of bytes copied
     */
    public int copyName(byte[] dst) {
        int off = valueOffset[IfLink.IFLA_IFNAME];
        int len = Math.min(stringLength(off, valueLength[IfLink.IFLA_IFNAME]), dst.length);
        buffer.get(off, dst, 0, len);
        return len;
    }

    /** {@return the name (allocates)} */
    public String name() {
        int off = valueOffset[IfLink.IFLA_IFNAME];
        byte[] b = new byte[stringLength(off, valueLength[IfLink.IFLA_IFNAME])];
        buffer.get(off, b, 0, b.length);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** {@return whether the link has an {@code IFLA_INFO_KIND}} */
    public boolean hasKind() {
        return kindOffset >= 0;
    }

    /**
     * {@return whether the kind equals {@code kind} (false when it has none; no allocation)}
     *
     * @param kind the kind to compare with
     */
    public boolean kindEquals(CharSequence kind) {
        return kindOffset >= 0 && stringEquals(kindOffset, kindLength, kind);
    }

    /** {@return {@code IFLA_MTU}, 0 when absent} */
    public int mtu() {
        return u32(IfLink.IFLA_MTU);
    }

    /** {@return {@code IFLA_MASTER}, 0 when none} */
    public int masterIndex() {
        return u32(IfLink.IFLA_MASTER);
    }

    /** {@return {@code IFLA_LINK} (peer or parent), 0 when none} */
    public int linkIndex() {
        return u32(IfLink.IFLA_LINK);
    }

    /** {@return {@code IFLA_TXQLEN}} */
    public int txQueueLength() {
        return u32(IfLink.IFLA_TXQLEN);
    }

    /** {@return {@code IFLA_GROUP}} */
    public int group() {
        return u32(IfLink.IFLA_GROUP);
    }

    /** {@return {@code IFLA_OPERSTATE} as sent, 0 ({@code IF_OPER_UNKNOWN}) when absent} */
    public int operStateRaw() {
        int off = valueOffset[IfLink.IFLA_OPERSTATE];
        if (off < 0) {
            return 0;
        }
        need(IfLink.IFLA_OPERSTATE, 1);
        return buffer.get(off) & 0xFF;
    }

    /** {@return the operational state (an enum constant, no allocation)} */
    public OperState operState() {
        return OperState.of(operStateRaw());
    }

    /**
     * Copies the hardware address into {@code dst}; returns its length (0 when absent).
     *
     * @param dst the array to copy into; it must be large enough
     * @return the number of bytes copied
     */
    public int copyMacAddress(byte[] dst) {
        int off = valueOffset[IfLink.IFLA_ADDRESS];
        if (off < 0) {
            return 0;
        }
        int len = Math.min(valueLength[IfLink.IFLA_ADDRESS], dst.length);
        buffer.get(off, dst, 0, len);
        return len;
    }

    /** {@return {@code rx_bytes} of {@code IFLA_STATS64}, 0 when absent} */
    public long rxBytes() {
        return stat(LinkStats.RX_BYTES_OFFSET);
    }

    /** {@return {@code tx_bytes} of {@code IFLA_STATS64}, 0 when absent} */
    public long txBytes() {
        return stat(LinkStats.TX_BYTES_OFFSET);
    }

    /** {@return {@code rx_packets} of {@code IFLA_STATS64}, 0 when absent} */
    public long rxPackets() {
        return stat(LinkStats.RX_PACKETS_OFFSET);
    }

    /** {@return {@code tx_packets} of {@code IFLA_STATS64}, 0 when absent} */
    public long txPackets() {
        return stat(LinkStats.TX_PACKETS_OFFSET);
    }

    /**
     * {@return whether the message carries attribute {@code type} (below 128)}
     *
     * @param type an {@code IFLA_*} attribute type
     */
    public boolean has(int type) {
        return type >= 0 && type < valueOffset.length && valueOffset[type] >= 0;
    }

    /** {@return a {@link Link} copy of the message (allocates)} */
    public Link toLink() {
        return decoder.decode(message);
    }

    private long stat(int fieldOffset) {
        int off = valueOffset[IfLink.IFLA_STATS64];
        if (off < 0) {
            return 0;
        }
        need(IfLink.IFLA_STATS64, LinkStats.LENGTH);
        return buffer.getLong(off + fieldOffset);
    }

    private int u32(int type) {
        int off = valueOffset[type];
        if (off < 0) {
            return 0;
        }
        need(type, 4);
        return buffer.getInt(off);
    }

    private void need(int type, int bytes) {
        if (valueLength[type] < bytes) {
            throw new NetlinkDecodeException("attribute type=" + type + " has " + valueLength[type]
                    + " value bytes, needs " + bytes, valueOffset[type]);
        }
    }

    private int stringLength(int off, int len) {
        for (int i = 0; i < len; i++) {
            if (buffer.get(off + i) == 0) {
                return i;
            }
        }
        return len;
    }

    private boolean stringEquals(int off, int len, CharSequence s) {
        if (len != s.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if ((buffer.get(off + i) & 0xFF) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
