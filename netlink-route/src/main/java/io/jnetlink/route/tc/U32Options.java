package io.jnetlink.route.tc;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.IpPrefix;
import io.jnetlink.route.wire.TcAttrs;
import io.jnetlink.route.wire.U32Attrs;

import java.net.Inet4Address;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The u32 classifier: {@code u32 match ip src P match ip dst P match ip protocol N 0xff
 * match ip sport N 0xffff match ip dport N 0xffff flowid 1:10 [action …]}, encoded as {@code tc}
 * encodes it (keys packed per 32-bit word, {@code TC_U32_TERMINAL} once a class is given).
 *
 * <p>A dump shows more than one message per {@code tc filter add}: the kernel reports the hash
 * table ({@link #divisor()} set, no selector) and then each key node ({@link #hashTable()} says
 * where it lives).
 *
 * @param classId         {@code flowid}/{@code classid} ({@code TCA_U32_CLASSID}), or -1
 * @param selector        the selector ({@code TCA_U32_SEL}); empty for hash-table entries
 * @param hashTable       {@code ht} ({@code TCA_U32_HASH}), or -1
 * @param link            {@code link} ({@code TCA_U32_LINK}), or -1
 * @param divisor         {@code divisor} ({@code TCA_U32_DIVISOR}), or -1
 * @param flags           {@code TCA_U32_FLAGS} ({@code TCA_CLS_FLAGS_*}), or -1
 * @param actions         the actions ({@code TCA_U32_ACT})
 * @param otherAttributes other {@code TCA_U32_*} attributes as they came
 */
public record U32Options(long classId, Optional<U32Selector> selector, long hashTable, long link, long divisor, long flags,
                         List<TcAction> actions, List<RawAttribute> otherAttributes) implements FilterOptions {
    private static final int IP_PROTOCOL_OFFSET = 9;
    private static final int IP_SRC_OFFSET = 12;
    private static final int IP_DST_OFFSET = 16;
    private static final int SPORT_OFFSET = 20;
    private static final int DPORT_OFFSET = 22;

    /**
     * Checks and copies.
     *
     * @param classId class id or -1
     * @param selector the selector
     * @param hashTable ht or -1
     * @param link link or -1
     * @param divisor divisor or -1
     * @param flags flags or -1
     * @param actions actions
     * @param otherAttributes other attributes
     */
    public U32Options {
        Objects.requireNonNull(selector, "selector");
        actions = TcActions.check(Objects.requireNonNull(actions, "actions"));
        otherAttributes = List.copyOf(Objects.requireNonNull(otherAttributes, "otherAttributes"));
    }

    /**
     * {@code u32} with an empty selector, to add matches to.
     *
     * @return the options
     */
    public static U32Options match() {
        return new U32Options(-1, Optional.of(U32Selector.EMPTY), -1, -1, -1, -1, List.of(), List.of());
    }

    /**
     * {@code match ip src PREFIX}.
     *
     * @param prefix an IPv4 prefix, e.g. {@code "10.0.0.0/24"}
     * @return a copy with it
     */
    public U32Options matchIpSource(String prefix) {
        return withAddress(prefix, IP_SRC_OFFSET, "ip src");
    }

    /**
     * {@code match ip dst PREFIX}.
     *
     * @param prefix an IPv4 prefix, e.g. {@code "10.0.1.2/32"}
     * @return a copy with it
     */
    public U32Options matchIpDestination(String prefix) {
        return withAddress(prefix, IP_DST_OFFSET, "ip dst");
    }

    /**
     * {@code match ip protocol N 0xff}.
     *
     * @param protocol the IP protocol number (6 tcp, 17 udp)
     * @return a copy with it
     */
    public U32Options matchIpProtocol(int protocol) {
        TcChecks.range(protocol, 0, 255, "ip protocol");
        return withSelector(sel().withKey8(protocol, 0xFF, IP_PROTOCOL_OFFSET));
    }

    /**
     * {@code match ip sport N 0xffff} (assumes a 20-byte IP header, as tc does).
     *
     * @param port the source port
     * @return a copy with it
     */
    public U32Options matchIpSourcePort(int port) {
        return withSelector(sel().withKey16(TcChecks.range(port, 0, 0xFFFF, "ip sport"), 0xFFFF, SPORT_OFFSET));
    }

    /**
     * {@code match ip dport N 0xffff} (assumes a 20-byte IP header, as tc does).
     *
     * @param port the destination port
     * @return a copy with it
     */
    public U32Options matchIpDestinationPort(int port) {
        return withSelector(sel().withKey16(TcChecks.range(port, 0, 0xFFFF, "ip dport"), 0xFFFF, DPORT_OFFSET));
    }

    /**
     * {@code match u32 VALUE MASK at OFFSET}.
     *
     * @param value the big-endian word
     * @param mask its mask
     * @param offset the offset, a multiple of 4
     * @return a copy with it
     */
    public U32Options matchU32(int value, int mask, int offset) {
        return withSelector(sel().withKey(value, mask, offset));
    }

    /**
     * {@code flowid MAJ:MIN}: the class matching packets go to; makes the selector terminal.
     *
     * @param classId the class, e.g. {@code "1:10"}
     * @return a copy with it
     */
    public U32Options flowId(String classId) {
        int id = TcHandle.parse(classId, "flowid");
        U32Selector s = sel();
        return new U32Options(Integer.toUnsignedLong(id), Optional.of(s.withFlags(s.flags() | U32Attrs.TC_U32_TERMINAL)),
                hashTable, link, divisor, flags, actions, otherAttributes);
    }

    /**
     * {@code action …}: the actions run on a match.
     *
     * @param list the actions, in order
     * @return a copy with them
     */
    public U32Options withActions(TcAction... list) {
        U32Selector s = sel();
        return new U32Options(classId, Optional.of(s.withFlags(s.flags() | U32Attrs.TC_U32_TERMINAL)), hashTable, link,
                divisor, flags, List.of(list), otherAttributes);
    }

    @Override
    public String kind() {
        return "u32";
    }

    @Override
    public void writeOptions(MessageWriter w) {
        int opts = w.beginNested(TcAttrs.TCA_OPTIONS, false);
        if (classId >= 0) {
            w.putAttrU32(U32Attrs.TCA_U32_CLASSID, (int) classId);
        }
        if (divisor >= 0) {
            w.putAttrU32(U32Attrs.TCA_U32_DIVISOR, (int) divisor);
        }
        if (hashTable >= 0) {
            w.putAttrU32(U32Attrs.TCA_U32_HASH, (int) hashTable);
        }
        if (link >= 0) {
            w.putAttrU32(U32Attrs.TCA_U32_LINK, (int) link);
        }
        TcActions.write(w, U32Attrs.TCA_U32_ACT, actions);
        selector.ifPresent(s -> s.write(w));
        if (flags >= 0) {
            w.putAttrU32(U32Attrs.TCA_U32_FLAGS, (int) flags);
        }
        for (RawAttribute a : otherAttributes) {
            a.writeTo(w);
        }
        w.endNested(opts);
    }

    /** Reads the nested {@code TCA_OPTIONS}. */
    static U32Options decode(AttributeReader o) {
        long classId = -1;
        long hash = -1;
        long link = -1;
        long divisor = -1;
        long flags = -1;
        Optional<U32Selector> sel = Optional.empty();
        List<TcAction> actions = List.of();
        List<RawAttribute> other = new ArrayList<>();
        while (o.next()) {
            switch (o.type()) {
                case U32Attrs.TCA_U32_CLASSID -> classId = TcStruct.u32Attr(o, "TCA_U32_CLASSID");
                case U32Attrs.TCA_U32_HASH -> hash = TcStruct.u32Attr(o, "TCA_U32_HASH");
                case U32Attrs.TCA_U32_LINK -> link = TcStruct.u32Attr(o, "TCA_U32_LINK");
                case U32Attrs.TCA_U32_DIVISOR -> divisor = TcStruct.u32Attr(o, "TCA_U32_DIVISOR");
                case U32Attrs.TCA_U32_FLAGS -> flags = TcStruct.u32Attr(o, "TCA_U32_FLAGS");
                case U32Attrs.TCA_U32_SEL -> sel = Optional.of(U32Selector.read(o));
                case U32Attrs.TCA_U32_ACT -> actions = TcActions.read(o);
                default -> other.add(RawAttribute.copyOf(o));
            }
        }
        return new U32Options(classId, sel, hash, link, divisor, flags, actions, other);
    }

    private U32Selector sel() {
        return selector.orElse(U32Selector.EMPTY);
    }

    private U32Options withSelector(U32Selector s) {
        return new U32Options(classId, Optional.of(s), hashTable, link, divisor, flags, actions, otherAttributes);
    }

    private U32Options withAddress(String prefix, int offset, String what) {
        IpPrefix p = IpPrefix.parse(prefix, what);
        if (!(p.address() instanceof Inet4Address)) {
            throw new IllegalArgumentException(what + " must be an IPv4 prefix: " + prefix);
        }
        int addr = ByteBuffer.wrap(p.address().getAddress()).getInt();
        int mask = p.prefixLength() == 0 ? 0 : -1 << (32 - p.prefixLength());
        return withSelector(sel().withKey(addr, mask, offset));
    }
}
