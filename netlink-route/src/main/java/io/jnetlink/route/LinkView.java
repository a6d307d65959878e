package io.jnetlink.route;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;

import io.jnetlink.route.wire.IfInfoMsg;
import io.jnetlink.route.wire.IfLink;
import io.jnetlink.route.wire.RtnlLinkStats64;
import io.jnetlink.core.message.Nla;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.MacAddress;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A reusable flyweight over one {@code RTM_NEWLINK} message, for streaming dumps and events
 * without allocating per message ({@link Links#forEach}), and <em>the</em> decoder of links:
 * {@link #toLink()} is the only way to a {@link Link}. {@link #wrap} walks and checks the attributes
 * once and remembers where each is; the getters then read the receive buffer in place and never
 * throw. Strings compare as {@link AttributeReader#stringEquals} does (ASCII in place, other text as UTF-8).
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
    private final AttributeReader data = new AttributeReader();
    private final AttributeReader one = new AttributeReader();
    private final int[] valueOffset = new int[IfLink.IFLA_VIEW_LIMIT];
    private final int[] valueLength = new int[IfLink.IFLA_VIEW_LIMIT];
    private ByteBuffer buffer;
    private int payload;
    private int attributesLength;
    private int unknown;
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
        if (message.type() != Rtnl.RTM_NEWLINK && message.type() != Rtnl.RTM_DELLINK) {
            throw new NetlinkDecodeException("not a link message: type=" + message.type(), message.offset());
        }
        message.requirePayload(IfInfoMsg.LENGTH, "ifinfomsg");
        this.buffer = message.buffer();
        this.payload = message.payloadOffset();
        this.attributesLength = message.payloadLength() - IfInfoMsg.LENGTH;
        Arrays.fill(valueOffset, -1);
        kindOffset = -1;
        unknown = 0;
        message.attributes(attrs, IfInfoMsg.LENGTH);
        while (attrs.next()) {
            int t = attrs.type();
            if (!known(t)) {
                unknown++;
            }
            if (t < valueOffset.length && valueOffset[t] < 0) {
                valueOffset[t] = attrs.valueOffset();
                valueLength[t] = attrs.valueLength();
                need(t, fixedLength(t));
            }
            if (t == IfLink.IFLA_LINKINFO && kindOffset < 0) {
                attrs.nested(info);
                while (info.next()) {
                    if (info.type() == IfLink.IFLA_INFO_KIND) {
                        kindOffset = info.valueOffset();
                        kindLength = info.valueLength();
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
        return attribute(IfLink.IFLA_IFNAME).stringEquals(name);
    }

    /**
     * Copies the name's bytes (UTF-8, no NUL) into {@code dst}; returns how many.
     *
     * @param dst the array to copy into; it must be large enough
     * @return the number of bytes copied
     */
    public int copyName(byte[] dst) {
        return attribute(IfLink.IFLA_IFNAME).copyString(dst);
    }

    /** {@return the name (allocates)} */
    public String name() {
        return attribute(IfLink.IFLA_IFNAME).string();
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
        return kindOffset >= 0 && attribute(kindOffset, kindLength).stringEquals(kind);
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
        return off < 0 ? 0 : buffer.get(off) & 0xFF;
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
        return stat(RtnlLinkStats64.RX_BYTES_OFFSET);
    }

    /** {@return {@code tx_bytes} of {@code IFLA_STATS64}, 0 when absent} */
    public long txBytes() {
        return stat(RtnlLinkStats64.TX_BYTES_OFFSET);
    }

    /** {@return {@code rx_packets} of {@code IFLA_STATS64}, 0 when absent} */
    public long rxPackets() {
        return stat(RtnlLinkStats64.RX_PACKETS_OFFSET);
    }

    /** {@return {@code tx_packets} of {@code IFLA_STATS64}, 0 when absent} */
    public long txPackets() {
        return stat(RtnlLinkStats64.TX_PACKETS_OFFSET);
    }

    /**
     * {@return whether the message carries attribute {@code type} (below 128)}
     *
     * @param type an {@code IFLA_*} attribute type
     */
    public boolean has(int type) {
        return type >= 0 && type < valueOffset.length && valueOffset[type] >= 0;
    }

    /** {@return {@code IFLA_PROMISCUITY}, 0 when absent} */
    public int promiscuity() {
        return u32(IfLink.IFLA_PROMISCUITY);
    }

    /** {@return the attributes this view does not model, as they came (flag bits included; {@code IFLA_LINKINFO} too, only part of it is decoded); allocates} */
    public List<RawAttribute> otherAttributes() {
        return UnknownAttributes.copy(attrs, buffer, payload + IfInfoMsg.LENGTH, attributesLength, unknown, LinkView::known);
    }

    /** {@return a {@link Link} copy of the message, the only way to one (allocates)} */
    public Link toLink() {
        Link.Builder b = Link.builder().index(index()).name(name()).type(type()).flags(new LinkFlags(flags()))
                .operStateRaw(operStateRaw()).mtu(mtu()).macAddress(mac(IfLink.IFLA_ADDRESS))
                .broadcast(mac(IfLink.IFLA_BROADCAST)).masterIndex(masterIndex()).linkIndex(linkIndex())
                .txQueueLength(txQueueLength()).group(group()).promiscuity(promiscuity())
                .otherAttributes(otherAttributes());
        if (has(IfLink.IFLA_LINK_NETNSID)) {
            b.linkNetnsId(Optional.of(u32(IfLink.IFLA_LINK_NETNSID)));
        }
        if (has(IfLink.IFLA_IFALIAS)) {
            b.alias(Optional.of(attribute(IfLink.IFLA_IFALIAS).string()));
        }
        if (has(IfLink.IFLA_STATS64)) {
            b.stats(Optional.of(LinkStats.read(buffer, valueOffset[IfLink.IFLA_STATS64], valueLength[IfLink.IFLA_STATS64])));
        }
        if (has(IfLink.IFLA_LINKINFO)) {
            linkInfo(b);
        }
        return b.build();
    }

    /** {@code IFLA_LINKINFO}: the kind first, since {@code IFLA_INFO_DATA} is read in its light wherever it comes. */
    private void linkInfo(Link.Builder b) {
        attribute(IfLink.IFLA_LINKINFO).nested(info);
        String kind = null;
        while (info.next()) {
            if (info.type() == IfLink.IFLA_INFO_KIND) {
                kind = info.string();
                b.kind(Optional.of(kind));
            } else if (info.type() == IfLink.IFLA_INFO_SLAVE_KIND) {
                b.slaveKind(Optional.of(info.string()));
            }
        }
        for (info.rewind(); kind != null && info.next(); ) {
            if (info.type() == IfLink.IFLA_INFO_DATA) {
                info.nested(data);
                switch (kind) {
                    case "bridge" -> b.bridge(Optional.of(BridgeInfo.decode(data)));
                    case "vxlan" -> b.vxlan(Optional.of(VxlanInfo.decode(data)));
                    case "macvlan", "macvtap" -> b.macvlan(Optional.of(MacvlanInfo.decode(data)));
                    default -> {
                    }
                }
            }
        }
    }

    private static boolean known(int type) {
        return switch (type) {
            case IfLink.IFLA_IFNAME, IfLink.IFLA_ADDRESS, IfLink.IFLA_BROADCAST, IfLink.IFLA_MTU, IfLink.IFLA_LINK,
                    IfLink.IFLA_MASTER, IfLink.IFLA_TXQLEN, IfLink.IFLA_OPERSTATE, IfLink.IFLA_GROUP,
                    IfLink.IFLA_PROMISCUITY, IfLink.IFLA_IFALIAS, IfLink.IFLA_LINK_NETNSID, IfLink.IFLA_STATS64 -> true;
            default -> false;
        };
    }

    /** The value length {@code wrap} requires of a fixed-size attribute (0: any). */
    private static int fixedLength(int type) {
        return switch (type) {
            case IfLink.IFLA_MTU, IfLink.IFLA_LINK, IfLink.IFLA_MASTER, IfLink.IFLA_TXQLEN, IfLink.IFLA_GROUP,
                    IfLink.IFLA_PROMISCUITY, IfLink.IFLA_LINK_NETNSID -> 4;
            case IfLink.IFLA_OPERSTATE -> 1;
            case IfLink.IFLA_STATS64 -> RtnlLinkStats64.LENGTH;
            default -> 0;
        };
    }

    private String mac(int type) {
        return has(type) ? MacAddress.format(attribute(type).bytes()) : "";
    }

    /** The reader positioned on the (first) attribute of {@code type}, which {@code wrap} found. */
    private AttributeReader attribute(int type) {
        return attribute(valueOffset[type], valueLength[type]);
    }

    private AttributeReader attribute(int valueOff, int valueLen) {
        one.wrap(buffer, valueOff - Nla.HEADER_LENGTH, valueLen + Nla.HEADER_LENGTH).next();
        return one;
    }

    private long stat(int fieldOffset) {
        int off = valueOffset[IfLink.IFLA_STATS64];
        return off < 0 ? 0 : buffer.getLong(off + fieldOffset);
    }

    private int u32(int type) {
        int off = valueOffset[type];
        return off < 0 ? 0 : buffer.getInt(off);
    }

    private void need(int type, int bytes) {
        if (valueLength[type] < bytes) {
            throw new NetlinkDecodeException("attribute type=" + type + " has " + valueLength[type]
                    + " value bytes, needs " + bytes, valueOffset[type]);
        }
    }
}
