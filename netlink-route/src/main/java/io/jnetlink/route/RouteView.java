package io.jnetlink.route;

import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.internal.Encaps;
import io.jnetlink.route.nexthop.Encap;
import io.jnetlink.route.nexthop.RawEncap;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reusable flyweight over one {@code RTM_NEWROUTE} message, for streaming route dumps with no
 * allocation per message ({@link Routes#forEach}). {@link #wrap} walks the attributes once (and
 * checks the multipath and metrics nests); the getters read the buffer in place.
 *
 * <p>Valid only until the next receive on the connection it came from: copy what you keep, or
 * take a {@link #toRoute()} record.
 */
public final class RouteView {
    private final AttributeReader attrs = new AttributeReader();
    private final AttributeReader inner = new AttributeReader();
    private ByteBuffer buffer;
    private int header;
    private long dst;
    private long gateway;
    private long prefSrc;
    private long multipath;
    private int oif;
    private int table;
    private long priority;
    private int mtu;
    private int nextHops;
    private long nexthopId;
    private int encapType;
    private long encap;
    private int attributesLength;
    private int unknown;

    /**
     * Points the view at {@code message} (an {@code RTM_NEWROUTE} or {@code RTM_DELROUTE}); returns it.
     *
     *
     * @param message the message, positioned at its header
     * @return this view, now over {@code message}
     * @throws NetlinkDecodeException when the message, an attribute or a next hop is malformed
     */
    public RouteView wrap(MessageReader message) {
        message.requirePayload(RtMsg.LENGTH, "rtmsg");
        buffer = message.buffer();
        header = message.payloadOffset();
        dst = gateway = prefSrc = multipath = -1;
        oif = 0;
        table = buffer.get(header + RtMsg.TABLE_OFFSET) & 0xFF;
        priority = 0;
        mtu = 0;
        nextHops = 0;
        nexthopId = 0;
        encapType = 0;
        encap = -1;
        unknown = 0;
        attributesLength = message.payloadLength() - RtMsg.LENGTH;
        int bits = family() == io.jnetlink.core.net.IpAddresses.AF_INET6 ? 128 : 32;
        if (prefixLength() > bits) {
            throw new NetlinkDecodeException("rtm_dst_len " + prefixLength() + " over " + bits, message.offset());
        }
        message.attributes(attrs, RtMsg.LENGTH);
        while (attrs.next()) {
            switch (attrs.type()) {
                case RtMsg.RTA_DST -> dst = RtnlInet.checked(attrs, family(), "RTA_DST");
                case RtMsg.RTA_GATEWAY -> gateway = RtnlInet.checked(attrs, family(), "RTA_GATEWAY");
                case RtMsg.RTA_VIA -> gateway = RtnlInet.via(attrs, family());
                case RtMsg.RTA_PREFSRC -> prefSrc = RtnlInet.checked(attrs, family(), "RTA_PREFSRC");
                case RtMsg.RTA_OIF -> oif = attrs.u32();
                case RtMsg.RTA_NH_ID -> nexthopId = attrs.u32AsLong();
                case RtMsg.RTA_ENCAP_TYPE -> encapType = attrs.u16();
                case RtMsg.RTA_ENCAP -> {
                    encap = RtnlInet.mark(attrs);
                    attrs.nested(inner); // checked now: encap() must not fail later
                    while (inner.next()) {
                        // walks only
                    }
                }
                case RtMsg.RTA_TABLE -> table = attrs.u32();
                case RtMsg.RTA_PRIORITY -> priority = attrs.u32AsLong();
                case RtMsg.RTA_METRICS -> {
                    unknown++; // kept raw as well: mtu() is one metric of many (advmss, hoplimit, …)
                    attrs.nested(inner);
                    while (inner.next()) {
                        if (inner.type() == RtMsg.RTAX_MTU) {
                            mtu = inner.u32();
                        }
                    }
                }
                case RtMsg.RTA_MULTIPATH -> {
                    multipath = RtnlInet.mark(attrs);
                    nextHops = walkNextHops(null);
                }
                default -> unknown++;
            }
        }
        return this;
    }

    /** Walks (and checks) the rtnexthop list; adds records to {@code out} when given. Returns the count. */
    private int walkNextHops(List<NextHop> out) {
        int at = RtnlInet.offset(multipath);
        int end = at + RtnlInet.length(multipath);
        int count = 0;
        while (end - at >= RtMsg.RTNH_LENGTH) {
            int len = buffer.getShort(at + RtMsg.RTNH_LEN_OFFSET) & 0xFFFF;
            if (len < RtMsg.RTNH_LENGTH || len > end - at) {
                throw new NetlinkDecodeException("bad rtnexthop length " + len + " with " + (end - at) + " bytes left", at);
            }
            count++;
            if (out != null) {
                int flags = buffer.get(at + RtMsg.RTNH_FLAGS_OFFSET) & 0xFF;
                int hops = buffer.get(at + RtMsg.RTNH_HOPS_OFFSET) & 0xFF;
                int index = buffer.getInt(at + RtMsg.RTNH_IFINDEX_OFFSET);
                long gw = hopGateway(at, len);
                out.add(new NextHop(gw < 0 ? Optional.empty() : Optional.of(read(gw, "nexthop gateway")), index, hops + 1, flags));
            } else {
                hopGateway(at, len);
            }
            at += io.jnetlink.core.message.Nla.align(len); // RTNH_ALIGN(len) = ((len)+3) & ~3
        }
        if (at < end && end - at >= 4) {
            throw new NetlinkDecodeException("truncated rtnexthop: " + (end - at) + " bytes left", at);
        }
        return count;
    }

    /** The checked gateway ({@code RTA_GATEWAY} or {@code RTA_VIA}) of the rtnexthop at {@code at}, as a mark; -1: none. */
    private long hopGateway(int at, int len) {
        long gw = -1;
        inner.wrap(buffer, at + RtMsg.RTNH_LENGTH, len - RtMsg.RTNH_LENGTH);
        while (inner.next()) {
            if (inner.type() == RtMsg.RTA_GATEWAY) {
                gw = RtnlInet.checked(inner, family(), "nexthop RTA_GATEWAY");
            } else if (inner.type() == RtMsg.RTA_VIA) {
                gw = RtnlInet.via(inner, family());
            }
        }
        return gw;
    }

    private InetAddress read(long mark, String what) {
        return RtnlInet.read(buffer, RtnlInet.offset(mark), RtnlInet.length(mark), what);
    }

    /** {@return {@code rtm_family}} */
    public int family() {
        return buffer.get(header + RtMsg.FAMILY_OFFSET) & 0xFF;
    }

    /** {@return {@code rtm_dst_len}: the destination's prefix length (0 for the default route)} */
    public int prefixLength() {
        return buffer.get(header + RtMsg.DST_LEN_OFFSET) & 0xFF;
    }

    /** {@return {@code rtm_tos}} */
    public int tos() {
        return buffer.get(header + RtMsg.TOS_OFFSET) & 0xFF;
    }

    /** {@return the table: {@code RTA_TABLE} when present, else {@code rtm_table}} */
    public int table() {
        return table;
    }

    /** {@return {@code rtm_protocol} ({@code RTPROT_*})} */
    public int protocol() {
        return buffer.get(header + RtMsg.PROTOCOL_OFFSET) & 0xFF;
    }

    /** {@return {@code rtm_scope} ({@code RT_SCOPE_*})} */
    public int scope() {
        return buffer.get(header + RtMsg.SCOPE_OFFSET) & 0xFF;
    }

    /** {@return {@code rtm_type} ({@code RTN_*})} */
    public int typeRaw() {
        return buffer.get(header + RtMsg.TYPE_OFFSET) & 0xFF;
    }

    /** {@return {@code rtm_type} as a {@link RouteType}} */
    public RouteType type() {
        return RouteType.of(typeRaw());
    }

    /** {@return {@code rtm_flags}} */
    public int flags() {
        return buffer.getInt(header + RtMsg.FLAGS_OFFSET);
    }

    /** {@return {@code RTA_OIF}, 0 when absent} */
    public int outputIndex() {
        return oif;
    }

    /** {@return {@code RTA_PRIORITY}, 0 when absent} */
    public long metric() {
        return priority;
    }

    /** {@return {@code RTAX_MTU} in {@code RTA_METRICS}, 0 when absent} */
    public int mtu() {
        return mtu;
    }

    /** {@return {@code RTA_NH_ID}: the nexthop object the route forwards through ({@code ip route … nhid ID}), 0 when none} */
    public long nexthopId() {
        return nexthopId;
    }

    /** {@return {@code RTA_ENCAP_TYPE} ({@code LWTUNNEL_ENCAP_*}, e.g. 5 for {@code encap seg6}), 0 when none} */
    public int encapType() {
        return encapType;
    }

    /**
     * {@return {@code RTA_ENCAP}: {@code encap seg6 …} or {@code encap mpls …} decoded, any other type (or
     * contents the records do not model) as {@link RawEncap}; allocates}
     */
    public Optional<Encap> encap() {
        return encap < 0 ? Optional.empty()
                : Optional.of(Encaps.read(encapType, buffer, RtnlInet.offset(encap), RtnlInet.length(encap), inner));
    }

    /** {@return number of next hops in {@code RTA_MULTIPATH} (0 for a single-path route)} */
    public int nextHopCount() {
        return nextHops;
    }

    /**
     * Copies the destination bytes into {@code dst}; returns how many (0 for a default route without {@code RTA_DST}).
     *
     * @param out the array to copy into; it must be large enough
     * @return the number of bytes copied
     */
    public int copyDestination(byte[] out) {
        return RtnlInet.copy(buffer, dst, out);
    }

    /**
     * Copies the gateway bytes into {@code out}; returns how many (0 when there is none).
     *
     * @param out the array to copy into; it must be large enough
     * @return the number of bytes copied
     */
    public int copyGateway(byte[] out) {
        return RtnlInet.copy(buffer, gateway, out);
    }

    /** {@return whether the route has a gateway ({@code RTA_GATEWAY}, or {@code RTA_VIA} of another family)} */
    public boolean hasGateway() {
        return gateway >= 0;
    }

    /** {@return {@code RTA_DST}, or 0.0.0.0 / :: when absent (the default route); allocates} */
    public InetAddress destination() {
        return dst < 0 ? RtnlInet.any(family())
                : RtnlInet.read(buffer, RtnlInet.offset(dst), RtnlInet.length(dst), "RTA_DST");
    }

    /**
     * {@return the gateway: {@code RTA_GATEWAY}, or the address of {@code RTA_VIA} (an IPv6 gateway of an
     * IPv4 route, {@code via inet6 fe80::1}); allocates}
     */
    public Optional<InetAddress> gateway() {
        return gateway < 0 ? Optional.empty() : Optional.of(read(gateway, "gateway"));
    }

    /** {@return {@code RTA_PREFSRC}; allocates} */
    public Optional<InetAddress> preferredSource() {
        return prefSrc < 0 ? Optional.empty()
                : Optional.of(RtnlInet.read(buffer, RtnlInet.offset(prefSrc), RtnlInet.length(prefSrc), "RTA_PREFSRC"));
    }

    /** {@return the next hops of {@code RTA_MULTIPATH}; allocates} */
    public List<NextHop> nextHops() {
        if (multipath < 0) {
            return List.of();
        }
        List<NextHop> out = new ArrayList<>(nextHops);
        walkNextHops(out);
        return out;
    }

    /**
     * {@return the attributes this view does not model (and the whole {@code RTA_METRICS}), as they came, flag
     * bits included; allocates}
     */
    public List<RawAttribute> otherAttributes() {
        return UnknownAttributes.copy(attrs, buffer, header + RtMsg.LENGTH, attributesLength, unknown, RouteView::modelled);
    }

    private static boolean modelled(int type) {
        return switch (type) {
            case RtMsg.RTA_DST, RtMsg.RTA_GATEWAY, RtMsg.RTA_VIA, RtMsg.RTA_PREFSRC, RtMsg.RTA_OIF, RtMsg.RTA_NH_ID,
                    RtMsg.RTA_ENCAP_TYPE, RtMsg.RTA_ENCAP, RtMsg.RTA_TABLE, RtMsg.RTA_PRIORITY, RtMsg.RTA_MULTIPATH -> true;
            default -> false;
        };
    }

    /** {@return a record copy of the message} */
    public Route toRoute() {
        return new Route(family(), destination(), prefixLength(), gateway(), outputIndex(), table(), protocol(), scope(),
                typeRaw(), flags(), metric(), preferredSource(), mtu(), nextHops(), nexthopId(), encap(), otherAttributes());
    }
}
