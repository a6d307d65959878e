package io.jnetlink.route;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.IpPrefix;
import io.jnetlink.route.wire.FibRuleHdr;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * The decoder of policy-routing rules: a reusable flyweight over one {@code RTM_NEWRULE} or
 * {@code RTM_DELRULE} message. {@link #wrap} walks (and checks) every {@code FRA_*} attribute once;
 * the getters read what it found; {@link #toRule()} is the only way to a {@link Rule}.
 *
 * <p>Valid only until the next receive on the connection it came from.
 */
public final class RuleView {
    private final AttributeReader attrs = new AttributeReader();
    private ByteBuffer buffer;
    private int header;
    private int attributesLength;
    private int family;
    private long src;
    private long dst;
    private long iif;
    private long oif;
    private long priority;
    private long fwmark;
    private long fwmask;
    private long table;
    private long gotoTarget;
    private long flow;
    private long tunId;
    private long suppressIfgroup;
    private int suppressPrefixLength;
    private boolean l3mdev;
    private long uidStart;
    private long uidEnd;
    private int protocol;
    private int ipProto;
    private int sportStart;
    private int sportEnd;
    private int dportStart;
    private int dportEnd;
    private int unknown;

    /**
     * Points the view at {@code message}; returns it.
     *
     * @param message the message, positioned at its header
     * @return this view
     * @throws NetlinkDecodeException when the header or an attribute is malformed, or an address
     *                                or prefix length contradicts the rule's family
     */
    public RuleView wrap(MessageReader message) {
        message.requirePayload(FibRuleHdr.LENGTH, "fib_rule_hdr");
        buffer = message.buffer();
        header = message.payloadOffset();
        attributesLength = message.payloadLength() - FibRuleHdr.LENGTH;
        family = message.payloadU8(FibRuleHdr.FAMILY_OFFSET);
        src = dst = iif = oif = -1;
        priority = fwmark = fwmask = gotoTarget = flow = tunId = 0;
        table = message.payloadU8(FibRuleHdr.TABLE_OFFSET);
        suppressIfgroup = -1;
        suppressPrefixLength = -1;
        l3mdev = false;
        uidStart = uidEnd = -1;
        protocol = ipProto = 0;
        sportStart = sportEnd = dportStart = dportEnd = 0;
        unknown = 0;
        int bits = RtnlInet.addressLength(family) * 8;
        if (bits > 0 && (srcLength() > bits || dstLength() > bits)) {
            throw new NetlinkDecodeException("rule prefix length " + Math.max(srcLength(), dstLength()) + " over " + bits,
                    message.offset());
        }
        message.attributes(attrs, FibRuleHdr.LENGTH);
        while (attrs.next()) {
            switch (attrs.type()) {
                case FibRuleHdr.FRA_SRC -> src = RtnlInet.checked(attrs, family, "FRA_SRC");
                case FibRuleHdr.FRA_DST -> dst = RtnlInet.checked(attrs, family, "FRA_DST");
                case FibRuleHdr.FRA_IIFNAME -> iif = RtnlInet.mark(attrs);
                case FibRuleHdr.FRA_OIFNAME -> oif = RtnlInet.mark(attrs);
                case FibRuleHdr.FRA_PRIORITY -> priority = attrs.u32AsLong();
                case FibRuleHdr.FRA_FWMARK -> fwmark = attrs.u32AsLong();
                case FibRuleHdr.FRA_FWMASK -> fwmask = attrs.u32AsLong();
                case FibRuleHdr.FRA_TABLE -> table = attrs.u32AsLong();
                case FibRuleHdr.FRA_GOTO -> gotoTarget = attrs.u32AsLong();
                case FibRuleHdr.FRA_FLOW -> flow = attrs.u32AsLong();
                case FibRuleHdr.FRA_TUN_ID -> tunId = attrs.u64Be();
                case FibRuleHdr.FRA_SUPPRESS_IFGROUP -> suppressIfgroup = attrs.u32AsLong();
                case FibRuleHdr.FRA_SUPPRESS_PREFIXLEN -> suppressPrefixLength = attrs.u32();
                case FibRuleHdr.FRA_L3MDEV -> l3mdev = attrs.u8() != 0;
                case FibRuleHdr.FRA_PROTOCOL -> protocol = attrs.u8();
                case FibRuleHdr.FRA_IP_PROTO -> ipProto = attrs.u8();
                case FibRuleHdr.FRA_UID_RANGE -> readUidRange();
                case FibRuleHdr.FRA_SPORT_RANGE -> sportEnd = portRange(sportStart = startPort());
                case FibRuleHdr.FRA_DPORT_RANGE -> dportEnd = portRange(dportStart = startPort());
                case FibRuleHdr.FRA_PAD -> {
                }
                default -> unknown++;
            }
        }
        if (!fits(src, srcLength()) || !fits(dst, dstLength())) {
            throw new NetlinkDecodeException("rule prefix length without an address, or longer than it", message.offset());
        }
        return this;
    }

    private static boolean fits(long mark, int length) {
        return mark < 0 ? length == 0 : length <= RtnlInet.length(mark) * 8;
    }

    private void readUidRange() {
        need(FibRuleHdr.UID_RANGE_LENGTH, "FRA_UID_RANGE");
        uidStart = Integer.toUnsignedLong(attrs.buffer().getInt(attrs.valueOffset()));
        uidEnd = Integer.toUnsignedLong(attrs.buffer().getInt(attrs.valueOffset() + 4));
        if (uidEnd < uidStart) {
            throw new NetlinkDecodeException("FRA_UID_RANGE ends before it starts", attrs.offset());
        }
    }

    private int startPort() {
        need(FibRuleHdr.PORT_RANGE_LENGTH, "port range");
        return attrs.buffer().getShort(attrs.valueOffset()) & 0xFFFF;
    }

    /** The end port of the current range attribute, checked against {@code start} (the kernel's own rule). */
    private int portRange(int start) {
        int end = attrs.buffer().getShort(attrs.valueOffset() + 2) & 0xFFFF;
        if (start == 0 || end < start) {
            throw new NetlinkDecodeException("port range " + start + "-" + end + " is not 1..65535 ascending", attrs.offset());
        }
        return end;
    }

    private void need(int length, String what) {
        if (attrs.valueLength() < length) {
            throw new NetlinkDecodeException(what + " has " + attrs.valueLength() + " bytes, needs " + length, attrs.offset());
        }
    }

    private int u8(int offset) {
        return buffer.get(header + offset) & 0xFF;
    }

    /** {@return {@code family}: {@code AF_INET} or {@code AF_INET6}} */
    public int family() {
        return family;
    }

    /** {@return {@code src_len}} */
    public int srcLength() {
        return u8(FibRuleHdr.SRC_LEN_OFFSET);
    }

    /** {@return {@code dst_len}} */
    public int dstLength() {
        return u8(FibRuleHdr.DST_LEN_OFFSET);
    }

    /** {@return {@code tos}} */
    public int tos() {
        return u8(FibRuleHdr.TOS_OFFSET);
    }

    /** {@return the {@code FR_ACT_*} number} */
    public int actionRaw() {
        return u8(FibRuleHdr.ACTION_OFFSET);
    }

    /** {@return {@code FIB_RULE_*} flags} */
    public int flags() {
        return buffer.getInt(header + FibRuleHdr.FLAGS_OFFSET);
    }

    /** {@return {@code FRA_PRIORITY}, 0 when absent} */
    public long priority() {
        return priority;
    }

    /** {@return {@code FRA_TABLE}, else the header's table} */
    public long table() {
        return table;
    }

    /** {@return {@code FRA_FWMARK}, 0 when absent} */
    public long fwmark() {
        return fwmark;
    }

    /** {@return {@code FRA_FWMASK}, 0 when absent} */
    public long fwmask() {
        return fwmask;
    }

    /** {@return {@code FRA_GOTO}: the priority a goto rule jumps to, 0 when absent} */
    public long gotoTarget() {
        return gotoTarget;
    }

    /** {@return {@code FRA_FLOW} (realms: from in the high 16 bits, to in the low), 0 when absent} */
    public long flow() {
        return flow;
    }

    /** {@return {@code FRA_TUN_ID}, 0 when absent} */
    public long tunId() {
        return tunId;
    }

    /** {@return {@code FRA_SUPPRESS_IFGROUP}, -1 when absent} */
    public long suppressIfgroup() {
        return suppressIfgroup;
    }

    /** {@return {@code FRA_SUPPRESS_PREFIXLEN}, -1 when absent} */
    public int suppressPrefixLength() {
        return suppressPrefixLength;
    }

    /** {@return whether {@code FRA_L3MDEV} is set} */
    public boolean l3mdev() {
        return l3mdev;
    }

    /** {@return {@code FRA_PROTOCOL} ({@code RTPROT_*}), 0 when absent} */
    public int protocol() {
        return protocol;
    }

    /** {@return {@code FRA_IP_PROTO}, 0 when absent} */
    public int ipProto() {
        return ipProto;
    }

    /** {@return {@code FRA_SRC} with {@code src_len}; allocates} */
    public Optional<IpPrefix> source() {
        return prefix(src, srcLength());
    }

    /** {@return {@code FRA_DST} with {@code dst_len}; allocates} */
    public Optional<IpPrefix> destination() {
        return prefix(dst, dstLength());
    }

    /** {@return {@code FRA_IIFNAME}; allocates} */
    public Optional<String> iif() {
        return name(iif);
    }

    /** {@return {@code FRA_OIFNAME}; allocates} */
    public Optional<String> oif() {
        return name(oif);
    }

    /** {@return {@code FRA_UID_RANGE}; allocates} */
    public Optional<UidRange> uidRange() {
        return uidStart < 0 ? Optional.empty() : Optional.of(new UidRange(uidStart, uidEnd));
    }

    /** {@return {@code FRA_SPORT_RANGE}; allocates} */
    public Optional<PortRange> sourcePorts() {
        return sportStart == 0 ? Optional.empty() : Optional.of(new PortRange(sportStart, sportEnd));
    }

    /** {@return {@code FRA_DPORT_RANGE}; allocates} */
    public Optional<PortRange> destinationPorts() {
        return dportStart == 0 ? Optional.empty() : Optional.of(new PortRange(dportStart, dportEnd));
    }

    /** {@return the attributes this version does not know, as they came (flag bits included); allocates} */
    public List<RawAttribute> otherAttributes() {
        return UnknownAttributes.copy(attrs, buffer, header + FibRuleHdr.LENGTH, attributesLength, unknown, RuleView::known);
    }

    private static boolean known(int type) {
        return switch (type) {
            case FibRuleHdr.FRA_SRC, FibRuleHdr.FRA_DST, FibRuleHdr.FRA_IIFNAME, FibRuleHdr.FRA_OIFNAME,
                    FibRuleHdr.FRA_PRIORITY, FibRuleHdr.FRA_FWMARK, FibRuleHdr.FRA_FWMASK, FibRuleHdr.FRA_TABLE,
                    FibRuleHdr.FRA_GOTO, FibRuleHdr.FRA_FLOW, FibRuleHdr.FRA_TUN_ID, FibRuleHdr.FRA_SUPPRESS_IFGROUP,
                    FibRuleHdr.FRA_SUPPRESS_PREFIXLEN, FibRuleHdr.FRA_L3MDEV, FibRuleHdr.FRA_PROTOCOL,
                    FibRuleHdr.FRA_IP_PROTO, FibRuleHdr.FRA_UID_RANGE, FibRuleHdr.FRA_SPORT_RANGE,
                    FibRuleHdr.FRA_DPORT_RANGE, FibRuleHdr.FRA_PAD -> true;
            default -> false;
        };
    }

    /** {@return a record copy of the message} */
    public Rule toRule() {
        return new Rule(family, priority, source(), destination(), iif(), oif(), fwmark, fwmask, table, actionRaw(),
                flags(), tos(), gotoTarget, flow, tunId, suppressIfgroup, suppressPrefixLength, l3mdev, uidRange(),
                protocol, ipProto, sourcePorts(), destinationPorts(), otherAttributes());
    }

    private Optional<IpPrefix> prefix(long mark, int length) {
        if (mark < 0) {
            return Optional.empty();
        }
        InetAddress a = RtnlInet.read(buffer, RtnlInet.offset(mark), RtnlInet.length(mark), "rule prefix");
        return Optional.of(new IpPrefix(a, length));
    }

    private Optional<String> name(long mark) {
        if (mark < 0) {
            return Optional.empty();
        }
        attrs.wrap(buffer, RtnlInet.offset(mark) - 4, RtnlInet.length(mark) + 4).next();
        return Optional.of(attrs.string());
    }
}
