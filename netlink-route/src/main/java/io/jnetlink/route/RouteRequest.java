package io.jnetlink.route;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ip route add|replace|append|del DEST …}: one {@code RTM_NEWROUTE} or {@code RTM_DELROUTE},
 * made by {@link Routes#add}, {@link Routes#replace}, {@link Routes#append} and
 * {@link Routes#delete}. Defaults are {@code ip}'s: table main, protocol boot, type unicast, scope
 * global with a gateway and link without one (host for local routes).
 */
public final class RouteRequest extends NetlinkRequest<RouteRequest, Void> {
    enum Kind { ADD, REPLACE, APPEND, DELETE }

    private record Hop(InetAddress via, String dev, int weight, boolean onLink) {
    }

    private final Kind kind;
    private final IpPrefix destination; // null: "default" of a family yet to be known
    private int family;
    private InetAddress gateway;
    private String dev;
    private InetAddress source;
    private long metric = -1;
    private long table = -1;
    private int scope = -1;
    private int protocol = -1;
    private int type = -1;
    private boolean onLink;
    private int mtu;
    private final List<Hop> hops = new ArrayList<>();
    private final RawAttributes raw = new RawAttributes();

    RouteRequest(Kind kind, String destination) {
        this.kind = kind;
        if ("default".equals(destination)) {
            this.destination = null;
        } else {
            IpPrefix p = IpPrefix.parse(destination, "destination");
            if (!p.network().equals(p.address())) {
                throw new IllegalArgumentException("destination has host bits set beyond /" + p.prefixLength() + ": "
                        + destination + " (did you mean " + p.network().getHostAddress() + "/" + p.prefixLength() + "?)");
            }
            this.destination = p;
            this.family = p.family();
        }
    }

    /**
     * {@code via ADDR}: the gateway ({@code RTA_GATEWAY}), of the destination's family.
     *
     * @param gateway the gateway address
     * @return this request
     */
    public RouteRequest via(String gateway) {
        InetAddress g = IpAddresses.parse(gateway, "gateway");
        this.family = requireFamily(g, "gateway");
        this.gateway = g;
        return this;
    }

    /**
     * {@code dev NAME}: the output interface ({@code RTA_OIF}).
     *
     * @param name the interface name
     * @return this request
     */
    public RouteRequest dev(String name) {
        this.dev = InterfaceNames.check(name, "dev");
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
        this.source = a;
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
        this.table = RouteTables.check(id, "table");
        return this;
    }

    /**
     * {@code table main|local|default|ID}.
     *
     * @param name a table name ({@code main}, {@code local}, {@code default}) or number
     * @return this request
     */
    public RouteRequest table(String name) {
        this.table = RouteTables.parse(name, "table");
        return this;
    }

    /**
     * {@code scope global|site|link|host|nowhere|N}.
     *
     * @param scope a scope name ({@code global}, {@code site}, {@code link}, {@code host}, {@code nowhere}) or number
     * @return this request
     */
    public RouteRequest scope(String scope) {
        this.scope = RtMsg.parseScope(scope, "scope");
        return this;
    }

    /**
     * {@code proto N}: {@code rtm_protocol}, 0..255 (e.g. {@link RtMsg#RTPROT_STATIC}).
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
        if (weight < 1 || weight > 256) {
            throw new IllegalArgumentException("weight must be 1..256: " + weight);
        }
        if (via == null && dev == null) {
            throw new IllegalArgumentException("a next hop needs via or dev");
        }
        InetAddress g = null;
        if (via != null) {
            g = IpAddresses.parse(via, "nexthop via");
            this.family = requireFamily(g, "nexthop via");
        }
        hops.add(new Hop(g, dev == null ? null : InterfaceNames.check(dev, "nexthop dev"), weight, onLink));
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
        check();
        int oif = dev == null ? 0 : LinkIndexes.resolve(connection, dev);
        int[] hopIndexes = new int[hops.size()];
        for (int i = 0; i < hops.size(); i++) {
            String d = hops.get(i).dev();
            hopIndexes[i] = d == null ? 0 : LinkIndexes.resolve(connection, d);
        }
        connection.request(operation(), w -> encode(w, oif, hopIndexes));
        return null;
    }

    void check() {
        if (!hops.isEmpty() && gateway != null) {
            throw new IllegalArgumentException("use either via or nexthop, not both");
        }
        if (mtu > 0 && mtu < 1280 && family() == IpAddresses.AF_INET6) {
            throw new IllegalArgumentException("mtu of an IPv6 route must be 1280..65535: " + mtu);
        }
    }

    String operation() {
        int t = kind == Kind.DELETE ? Rtnl.RTM_DELROUTE : Rtnl.RTM_NEWROUTE;
        return Rtnl.typeName(t) + " " + (destination == null ? "default" : destination.toString())
                + (gateway != null ? " via " + gateway.getHostAddress() : "") + (dev != null ? " dev " + dev : "");
    }

    private int family() {
        return family != 0 ? family : IpAddresses.AF_INET;
    }

    /** Writes the message as {@code ip route} does (see the golden vector in the tests). */
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
        int h = w.reserve(RtMsg.LENGTH);
        w.putU8At(h + RtMsg.FAMILY_OFFSET, fam);
        w.putU8At(h + RtMsg.DST_LEN_OFFSET, destination == null ? 0 : destination.prefixLength());
        w.putU8At(h + RtMsg.TABLE_OFFSET, tableId < 256 ? (int) tableId : RtMsg.RT_TABLE_UNSPEC);
        w.putU8At(h + RtMsg.PROTOCOL_OFFSET, protocol >= 0 ? protocol : delete ? RtMsg.RTPROT_UNSPEC : RtMsg.RTPROT_BOOT);
        w.putU8At(h + RtMsg.SCOPE_OFFSET, rtScope);
        w.putU8At(h + RtMsg.TYPE_OFFSET, rtType);
        w.putU32At(h + RtMsg.FLAGS_OFFSET, onLink ? RtMsg.RTNH_F_ONLINK : 0);
        if (destination != null && destination.prefixLength() > 0) {
            w.putAttrAddress(RtMsg.RTA_DST, destination.address());
        }
        if (gateway != null) {
            w.putAttrAddress(RtMsg.RTA_GATEWAY, gateway);
        }
        if (source != null) {
            w.putAttrAddress(RtMsg.RTA_PREFSRC, source);
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
                w.putU32At(nh + RtMsg.RTNH_IFINDEX_OFFSET, hopIndexes[i]);
                if (hop.via() != null) {
                    w.putAttrAddress(RtMsg.RTA_GATEWAY, hop.via());
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
            if (gateway == null && hops.isEmpty()) {
                return RtMsg.RT_SCOPE_LINK;
            }
        }
        return delete ? RtMsg.RT_SCOPE_NOWHERE : RtMsg.RT_SCOPE_UNIVERSE;
    }

    private int requireFamily(InetAddress a, String what) {
        return requireFamilyNumber(IpAddresses.family(a), what + " " + a.getHostAddress());
    }

    private int requireFamilyNumber(int fam, String what) {
        if (family != 0 && family != fam) {
            throw new IllegalArgumentException(what + " is not of the route's family ("
                    + (family == IpAddresses.AF_INET ? "IPv4" : "IPv6") + ")");
        }
        return fam;
    }
}
