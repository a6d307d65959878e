package io.jnetlink.route;

import io.jnetlink.route.wire.RtMsgEncoder;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;
import io.jnetlink.route.internal.Encaps;
import io.jnetlink.route.nexthop.Encap;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ip route add|replace|append|del DEST …}: one {@code RTM_NEWROUTE} or {@code RTM_DELROUTE},
 * made by {@link Routes#add}, {@link Routes#replace}, {@link Routes#append} and
 * {@link Routes#delete}. Defaults are {@code ip}'s: table main, protocol boot, type unicast, scope
 * global with a gateway and link without one (host for local routes).
 */
public final class RouteRequest extends NetlinkRequest<RouteRequest, Void> implements RequestEncoder {
    enum Kind { ADD, REPLACE, APPEND, DELETE }

    /** One next hop; {@code via} is the gateway's bytes (null: none), {@code dev} a name or null, else {@code devIndex}. */
    private record Hop(byte[] via, String dev, int devIndex, int weight, boolean onLink) {
    }


    private final Kind kind;
    private final IpPrefix destination; // null: "default" of a family yet to be known
    private final byte[] destinationBytes; // taken once: InetAddress.getAddress() copies
    private int family;
    private InetAddress gateway;
    private byte[] gatewayBytes;
    private String dev;
    private int devIndex;
    private byte[] source;
    private boolean hopNames; // some next hop names its device
    private long metric = -1;
    private long table = -1;
    private int scope = -1;
    private int protocol = -1;
    private int type = -1;
    private boolean onLink;
    private int mtu;
    private long nexthopId;
    private Encap encap;
    private final List<Hop> hops = new ArrayList<>();
    private final RawAttributes raw = new RawAttributes();

    RouteRequest(Kind kind, String destination) {
        this.kind = kind;
        if ("default".equals(destination)) {
            this.destination = null;
            this.destinationBytes = null;
        } else {
            IpPrefix p = IpPrefix.parse(destination, "destination");
            if (!p.isNetwork()) {
                throw new IllegalArgumentException("destination has host bits set beyond /" + p.prefixLength() + ": "
                        + destination + " (did you mean " + p.network().getHostAddress() + "/" + p.prefixLength() + "?)");
            }
            this.destination = p;
            this.destinationBytes = p.address().getAddress();
            this.family = p.family();
        }
    }

    /**
     * {@code via ADDR}: the gateway ({@code RTA_GATEWAY}), of the destination's family; an IPv6
     * gateway of an IPv4 route is sent as {@code RTA_VIA} ({@code ip route add 10.7.0.0/16 via inet6
     * fe80::1 dev X}).
     *
     * @param gateway the gateway address
     * @return this request
     */
    public RouteRequest via(String gateway) {
        InetAddress g = IpAddresses.parse(gateway, "gateway");
        this.family = requireGatewayFamily(g, "gateway");
        this.gateway = g;
        this.gatewayBytes = gatewayValue(g);
        return this;
    }

    /**
     * {@code dev NAME}: the output interface ({@code RTA_OIF}); {@link #apply} looks the name up
     * in the target namespace with one {@code RTM_GETLINK} per call.
     *
     * @param name the interface name
     * @return this request
     */
    public RouteRequest dev(String name) {
        this.dev = InterfaceNames.check(name, "dev");
        this.devIndex = 0;
        return this;
    }

    /**
     * {@code dev NAME} given by interface index ({@code RTA_OIF}), as {@code ip route} sends it
     * once it has looked the name up: no look-up round trip. Look the index up once for many
     * routes ({@code Links.get(name).orElseThrow().index()}); an index names whatever device has
     * it when the request runs (indexes are reused after a device is deleted).
     *
     * @param ifindex the interface index, positive
     * @return this request
     */
    public RouteRequest dev(int ifindex) {
        if (ifindex <= 0) {
            throw new IllegalArgumentException("dev index must be positive: " + ifindex);
        }
        this.devIndex = ifindex;
        this.dev = null;
        return this;
    }

    /**
     * {@code src ADDR}: the preferred source address ({@code RTA_PREFSRC}).
     *
     * @param address the preferred source address ({@code src ADDRESS})
     * @return this request
     */
    public RouteRequest src(String address) {
        InetAddress a = IpAddresses.parse(address, "src");
        this.family = requireFamily(a, "src");
        this.source = a.getAddress();
        return this;
    }

    /**
     * {@code metric N} (also {@code preference}): {@code RTA_PRIORITY}, 0..2^32-1.
     *
     * @param metric the metric (priority) value
     * @return this request
     */
    public RouteRequest metric(long metric) {
        if (metric < 0 || metric > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("metric must be 0..4294967295: " + metric);
        }
        this.metric = metric;
        return this;
    }

    /**
     * {@code table ID}: 1..2^32-1; ids above 255 travel in {@code RTA_TABLE}.
     *
     * @param id the routing table id
     * @return this request
     */
    public RouteRequest table(long id) {
        this.table = RouteTable.check(id, "table");
        return this;
    }

    /**
     * {@code table main|local|default|ID}.
     *
     * @param name a table name ({@code main}, {@code local}, {@code default}) or number
     * @return this request
     */
    public RouteRequest table(String name) {
        this.table = RouteTable.parse(name, "table");
        return this;
    }

    /**
     * {@code scope global|site|link|host|nowhere|N}.
     *
     * @param scope a scope name ({@code global}, {@code site}, {@code link}, {@code host}, {@code nowhere}) or number
     * @return this request
     */
    public RouteRequest scope(String scope) {
        this.scope = RouteScope.parse(scope, "scope");
        return this;
    }

    /**
     * {@code proto N}: {@code rtm_protocol}, 0..255 (e.g. {@link RouteProtocol#STATIC}).
     *
     * @param protocol the netlink protocol, e.g. {@link io.jnetlink.core.message.Netlink#NETLINK_ROUTE}
     * @return this request
     */
    public RouteRequest protocol(int protocol) {
        if (protocol < 0 || protocol > 255) {
            throw new IllegalArgumentException("protocol must be 0..255: " + protocol);
        }
        this.protocol = protocol;
        return this;
    }

    /**
     * {@code ip route add TYPE DEST}: unicast, local, blackhole, unreachable, prohibit, throw, …
     *
     * @param type the route type
     * @return this request
     */
    public RouteRequest type(RouteType type) {
        if (type == null || type == RouteType.UNKNOWN) {
            throw new IllegalArgumentException("type must be a known RTN_* type: " + type);
        }
        this.type = type.raw();
        return this;
    }

    /**
     * {@code onlink}: the gateway is on the link even without a matching prefix ({@code RTNH_F_ONLINK}).
     *
     * @return this request
     */
    public RouteRequest onLink() {
        this.onLink = true;
        return this;
    }

    /**
     * {@code mtu N}: {@code RTAX_MTU} in {@code RTA_METRICS}, 68..65535 for IPv4 (1280.. for IPv6).
     *
     * @param mtu the MTU in bytes
     * @return this request
     */
    public RouteRequest mtu(int mtu) {
        if (mtu < 68 || mtu > 65535) {
            throw new IllegalArgumentException("mtu must be 68..65535: " + mtu);
        }
        this.mtu = mtu;
        return this;
    }

    /**
     * {@code nexthop via ADDR dev NAME weight N}: one path of a multipath route ({@code RTA_MULTIPATH}).
     *
     * @param via the gateway address of the next hop
     * @param dev the interface of the next hop
     * @param weight the next hop weight (1..256, as {@code ip route ... weight N})
     * @return this request
     */
    public RouteRequest nextHop(String via, String dev, int weight) {
        return nextHop(via, dev, weight, false);
    }

    /**
     * {@code nexthop via ADDR weight N} (the kernel finds the device).
     *
     * @param via the gateway address of the next hop
     * @param weight the next hop weight (1..256, as {@code ip route ... weight N})
     * @return this request
     */
    public RouteRequest nextHop(String via, int weight) {
        return nextHop(via, null, weight, false);
    }

    /**
     * {@code nexthop via ADDR [dev NAME] weight N [onlink]}; {@code via} or {@code dev} may be null, not both.
     *
     * @param via the gateway address of the next hop
     * @param dev the interface of the next hop
     * @param weight the next hop weight (1..256, as {@code ip route ... weight N})
     * @param onLink whether the gateway is on-link ({@code onlink}) even without a matching prefix
     * @return this request
     */
    public RouteRequest nextHop(String via, String dev, int weight, boolean onLink) {
        if (via == null && dev == null) {
            throw new IllegalArgumentException("a next hop needs via or dev");
        }
        String name = dev == null ? null : InterfaceNames.check(dev, "nexthop dev");
        addHop(via, name, 0, weight, onLink);
        hopNames |= name != null;
        return this;
    }

    /**
     * {@code nexthop via ADDR dev NAME weight N}, the device given by interface index
     * ({@code rtnh_ifindex}): no look-up round trip (see {@link #dev(int)}).
     *
     * @param via the gateway, or null for a device-only hop
     * @param ifindex the output interface's index, positive
     * @param weight 1..256
     * @return this request
     */
    public RouteRequest nextHop(String via, int ifindex, int weight) {
        return nextHop(via, ifindex, weight, false);
    }

    /**
     * {@code nexthop [via ADDR] dev NAME weight N [onlink]}, the device given by interface index.
     *
     * @param via the gateway, or null for a device-only hop
     * @param ifindex the output interface's index, positive
     * @param weight 1..256
     * @param onLink {@code onlink}: the gateway is on the link ({@code RTNH_F_ONLINK})
     * @return this request
     */
    public RouteRequest nextHop(String via, int ifindex, int weight, boolean onLink) {
        if (ifindex <= 0) {
            throw new IllegalArgumentException("nexthop dev index must be positive: " + ifindex);
        }
        addHop(via, null, ifindex, weight, onLink);
        return this;
    }

    private void addHop(String via, String devName, int devIndex, int weight, boolean onLink) {
        if (weight < 1 || weight > 256) {
            throw new IllegalArgumentException("weight must be 1..256: " + weight);
        }
        byte[] g = null;
        if (via != null) {
            InetAddress a = IpAddresses.parse(via, "nexthop via");
            this.family = requireGatewayFamily(a, "nexthop via");
            g = gatewayValue(a);
        }
        hops.add(new Hop(g, devName, devIndex, weight, onLink));
    }

    /**
     * {@code nhid ID}: forwards through nexthop object {@code id} ({@code RTA_NH_ID}), as
     * {@code ip route add 10.9.0.0/16 nhid 5}; made with {@code io.jnetlink.route.nexthop.Nexthops}.
     * The nexthop carries gateway and device: the route then takes no {@code via}, {@code dev} or {@code nextHop}.
     *
     * @param id the nexthop id, 1..4294967295
     * @return this request
     */
    public RouteRequest nhid(long id) {
        if (id < 1 || id > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("nhid must be between 1 and 4294967295: " + id);
        }
        this.nexthopId = id;
        return this;
    }

    /**
     * {@code encap seg6 …} / {@code encap mpls …}: a lightweight tunnel on the route ({@code RTA_ENCAP},
     * {@code RTA_ENCAP_TYPE}), as {@code ip route add 10.8.0.0/16 encap seg6 mode encap segs fc00::9 dev X}.
     *
     * @param encap the encapsulation, e.g. {@link Encap#seg6(String...)}
     * @return this request
     */
    public RouteRequest encap(Encap encap) {
        if (encap == null) {
            throw new IllegalArgumentException("encap must not be null");
        }
        this.encap = encap;
        return this;
    }

    /**
     * {@code -6}: makes {@code "default"} the IPv6 default route (otherwise its family comes from the gateway, else IPv4).
     *
     * @return this request
     */
    public RouteRequest ipv6() {
        if (destination != null && destination.family() != IpAddresses.AF_INET6) {
            throw new IllegalArgumentException("ipv6 does not fit destination " + destination);
        }
        this.family = requireFamilyNumber(IpAddresses.AF_INET6, "ipv6");
        return this;
    }

    /**
     * Escape hatch: appends a raw attribute {@code type} with {@code value} as given.
     *
     * @param type the attribute type
     * @param value the attribute value (payload without the attribute header)
     * @return this request
     */
    public RouteRequest attribute(int type, byte[] value) {
        raw.add(type, value);
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public Void apply(NetlinkConnection connection) {
        connection.request(resolve(connection));
        return null;
    }

    /**
     * Looks up the devices named by {@code dev NAME} and {@code nexthop … dev NAME} in
     * {@code connection}'s namespace (one {@code RTM_GETLINK} each, as {@code ip route} does) and
     * returns an encoder of this request with those indexes; returns the request itself when it
     * names no device (none, or given by index).
     *
     * @param connection a {@code NETLINK_ROUTE} connection of the namespace the request will run in
     * @return an encoder writing this request (as it is when it encodes) with the indexes found now
     * @throws io.jnetlink.core.NetlinkException ENODEV when a named device does not exist
     */
    public RequestEncoder resolve(NetlinkConnection connection) {
        check();
        if (!needsResolving()) {
            return this;
        }
        int oif = dev == null ? devIndex : LinkIndexes.resolve(connection, dev);
        int[] hopIndexes = new int[hops.size()];
        for (int i = 0; i < hops.size(); i++) {
            Hop hop = hops.get(i);
            hopIndexes[i] = hop.dev() == null ? hop.devIndex() : LinkIndexes.resolve(connection, hop.dev());
        }
        return new RequestEncoder() {
            @Override
            public void encode(MessageWriter w) {
                check();
                RouteRequest.this.encode(w, oif, hopIndexes);
            }

            @Override
            public String describe() {
                return RouteRequest.this.describe();
            }
        };
    }

    /**
     * Writes this {@code ip route add|replace|append|del …} as one complete {@code RTM_NEWROUTE}
     * or {@code RTM_DELROUTE} message into {@code writer} (sequence number 0, for the connection
     * to fill in), exactly as {@link #apply} sends it; allocates nothing. For pipelining with
     * {@link io.jnetlink.core.NetlinkBatch}.
     *
     * @param writer the writer to append the message to
     * @throws IllegalArgumentException if the options contradict each other
     * @throws IllegalStateException if a device was given by name: use {@link #dev(int)} /
     *                               {@link #nextHop(String, int, int)} or {@link #resolve(NetlinkConnection)}
     */
    @Override
    public void encode(MessageWriter writer) {
        check();
        if (needsResolving()) {
            throw new IllegalStateException(describe() + ": names devices whose indexes must be looked up first:"
                    + " use dev(int) or encode resolve(connection)");
        }
        encode(writer, devIndex, null);
    }

    /**
     * Names this request in errors, e.g. {@code "RTM_NEWROUTE 10.1.0.0/16 via 10.0.0.2 dev eth0"}.
     *
     * @return the message type, the destination, and gateway and device when given
     */
    @Override
    public String describe() {
        return operation();
    }

    private boolean needsResolving() {
        return dev != null || hopNames;
    }

    void check() {
        if (!hops.isEmpty() && gateway != null) {
            throw new IllegalArgumentException("use either via or nexthop, not both");
        }
        if (nexthopId != 0 && (gateway != null || !hops.isEmpty() || dev != null || devIndex != 0)) {
            throw new IllegalArgumentException("nhid takes no via, dev or nexthop: the nexthop object has them");
        }
        if (mtu > 0 && mtu < 1280 && family() == IpAddresses.AF_INET6) {
            throw new IllegalArgumentException("mtu of an IPv6 route must be 1280..65535: " + mtu);
        }
    }

    String operation() {
        int t = kind == Kind.DELETE ? Rtnl.RTM_DELROUTE : Rtnl.RTM_NEWROUTE;
        return Rtnl.typeName(t) + " " + (destination == null ? "default" : destination.toString())
                + (gateway != null ? " via " + gateway.getHostAddress() : "")
                + (dev != null ? " dev " + dev : devIndex != 0 ? " dev ifindex " + devIndex : "")
                + (nexthopId != 0 ? " nhid " + nexthopId : "");
    }

    private int family() {
        return family != 0 ? family : IpAddresses.AF_INET;
    }

    /**
     * Writes the message as {@code ip route} does (see the golden vector in the tests);
     * {@code hopIndexes} null: the hops' own indexes.
     */
    void encode(MessageWriter w, int oif, int[] hopIndexes) {
        boolean delete = kind == Kind.DELETE;
        int nlFlags = switch (kind) {
            case ADD -> Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL;
            case REPLACE -> Netlink.NLM_F_CREATE | Netlink.NLM_F_REPLACE;
            case APPEND -> Netlink.NLM_F_CREATE | Netlink.NLM_F_APPEND;
            case DELETE -> 0;
        };
        int fam = family();
        int rtType = type >= 0 ? type : delete ? RtMsg.RTN_UNSPEC : RtMsg.RTN_UNICAST;
        long tableId = table >= 0 ? table
                : (rtType == RtMsg.RTN_LOCAL || rtType == RtMsg.RTN_BROADCAST || rtType == RtMsg.RTN_NAT
                || rtType == RtMsg.RTN_ANYCAST) ? RtMsg.RT_TABLE_LOCAL : RtMsg.RT_TABLE_MAIN;
        int rtScope = scope >= 0 ? scope : defaultScope(rtType, delete);

        int msg = w.beginMessage(delete ? Rtnl.RTM_DELROUTE : Rtnl.RTM_NEWROUTE, nlFlags);
        RtMsgEncoder.write(w, fam, destination == null ? 0 : destination.prefixLength(), 0, 0,
                tableId < 256 ? (int) tableId : RtMsg.RT_TABLE_UNSPEC,
                protocol >= 0 ? protocol : delete ? RtMsg.RTPROT_UNSPEC : RtMsg.RTPROT_BOOT, rtScope, rtType,
                onLink ? RtMsg.RTNH_F_ONLINK : 0);
        if (destination != null && destination.prefixLength() > 0) {
            w.putAttrBytes(RtMsg.RTA_DST, destinationBytes);
        }
        if (encap != null) { // before the gateway, where ip route add … encap … via … puts it
            Encaps.write(w, encap, RtMsg.RTA_ENCAP, RtMsg.RTA_ENCAP_TYPE);
        }
        if (gatewayBytes != null) {
            putGateway(w, gatewayBytes);
        }
        if (source != null) {
            w.putAttrBytes(RtMsg.RTA_PREFSRC, source);
        }
        if (metric >= 0) {
            w.putAttrU32(RtMsg.RTA_PRIORITY, (int) metric);
        }
        if (tableId >= 256) {
            w.putAttrU32(RtMsg.RTA_TABLE, (int) tableId);
        }
        if (oif != 0) {
            w.putAttrU32(RtMsg.RTA_OIF, oif);
        }
        if (nexthopId != 0) {
            w.putAttrU32(RtMsg.RTA_NH_ID, (int) nexthopId);
        }
        if (mtu > 0) {
            int metrics = w.beginNested(RtMsg.RTA_METRICS, false);
            w.putAttrU32(RtMsg.RTAX_MTU, mtu);
            w.endNested(metrics);
        }
        if (!hops.isEmpty()) {
            int mp = w.beginNested(RtMsg.RTA_MULTIPATH, false);
            for (int i = 0; i < hops.size(); i++) {
                Hop hop = hops.get(i);
                int nh = w.reserve(RtMsg.RTNH_LENGTH);
                w.putU8At(nh + RtMsg.RTNH_FLAGS_OFFSET, hop.onLink() ? RtMsg.RTNH_F_ONLINK : 0);
                w.putU8At(nh + RtMsg.RTNH_HOPS_OFFSET, hop.weight() - 1);
                w.putU32At(nh + RtMsg.RTNH_IFINDEX_OFFSET, hopIndexes != null ? hopIndexes[i] : hop.devIndex());
                if (hop.via() != null) {
                    putGateway(w, hop.via());
                }
                w.putU16At(nh + RtMsg.RTNH_LEN_OFFSET, w.position() - nh);
            }
            w.endNested(mp);
        }
        raw.writeTo(w);
        w.endMessage(msg);
    }

    /** ip's choice when no scope is given. */
    private int defaultScope(int rtType, boolean delete) {
        if (rtType == RtMsg.RTN_LOCAL || rtType == RtMsg.RTN_NAT) {
            return RtMsg.RT_SCOPE_HOST;
        }
        if (rtType == RtMsg.RTN_BROADCAST || rtType == RtMsg.RTN_MULTICAST || rtType == RtMsg.RTN_ANYCAST) {
            return RtMsg.RT_SCOPE_LINK;
        }
        if (rtType == RtMsg.RTN_UNICAST || rtType == RtMsg.RTN_UNSPEC) {
            if (delete) {
                return RtMsg.RT_SCOPE_NOWHERE;
            }
            if (gateway == null && hops.isEmpty() && nexthopId == 0) { // iproute2: !gw_ok && !nhs_ok && !nhid
                return RtMsg.RT_SCOPE_LINK;
            }
        }
        return delete ? RtMsg.RT_SCOPE_NOWHERE : RtMsg.RT_SCOPE_UNIVERSE;
    }

    /** The gateway's bytes ({@code RTA_GATEWAY}), or the whole {@code RTA_VIA} value for one of the other family. */
    private byte[] gatewayValue(InetAddress g) {
        byte[] b = g.getAddress();
        return IpAddresses.family(g) == family ? b : RtnlInet.viaValue(b);
    }

    /** {@code RTA_GATEWAY}, or {@code RTA_VIA} ({@code rtvia_family} + address: never 4 or 16 bytes long). */
    private static void putGateway(MessageWriter w, byte[] gateway) {
        w.putAttrBytes(gateway.length == 4 || gateway.length == 16 ? RtMsg.RTA_GATEWAY : RtMsg.RTA_VIA, gateway);
    }

    /** A gateway is of the route's family, or IPv6 for an IPv4 route (the kernel's only mixed pair). */
    private int requireGatewayFamily(InetAddress g, String what) {
        if (family == IpAddresses.AF_INET && IpAddresses.family(g) == IpAddresses.AF_INET6) {
            return family;
        }
        return requireFamily(g, what);
    }

    private int requireFamily(InetAddress a, String what) {
        int fam = IpAddresses.family(a);
        // the message only on failure: this runs for every gateway, and getHostAddress() formats a string
        return family != 0 && family != fam ? requireFamilyNumber(fam, what + " " + a.getHostAddress()) : fam;
    }

    private int requireFamilyNumber(int fam, String what) {
        if (family != 0 && family != fam) {
            throw new IllegalArgumentException(what + " is not of the route's family ("
                    + (family == IpAddresses.AF_INET ? "IPv4" : "IPv6") + ")");
        }
        return fam;
    }
}
