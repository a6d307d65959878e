package io.jnetlink.route.nexthop;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;
import io.jnetlink.route.RouteRequest;
import io.jnetlink.route.Routes;

/**
 * {@code ip route add|replace|del PREFIX nhid ID}, {@code ip route add PREFIX encap … [via ADDR] dev DEV}
 * and {@code ip route add PREFIX via inet6 ADDR dev DEV}: a route through a nexthop object, a
 * lightweight tunnel or a gateway of the other family, one {@code RTM_NEWROUTE}/{@code RTM_DELROUTE}
 * with {@code RTA_NH_ID}, {@code RTA_ENCAP} or {@code RTA_VIA}, made by {@link Nexthops#route} and
 * {@link Nexthops#deleteRoute}.
 * (Other route options are {@code io.jnetlink.route.Routes}'.) It checks what these routes need and
 * hands the rest to a {@link RouteRequest} ({@code Routes.add(p).nhid(id)} is the same message).
 */
public final class NexthopRouteRequest extends NetlinkRequest<NexthopRouteRequest, Void> implements RequestEncoder {
    enum Kind { ADD, REPLACE, DELETE }

    private final Kind kind;
    private final IpPrefix prefix;
    private final RouteRequest route; // writes the message: nhid, encap, via, dev and table are RouteRequest's
    private boolean nhid;
    private boolean encap;
    private boolean gateway;
    private String devName;
    private boolean dev;

    NexthopRouteRequest(Kind kind, String prefix) {
        this.kind = kind;
        this.prefix = IpPrefix.parse(prefix, "route prefix");
        String network = this.prefix.network().getHostAddress() + "/" + this.prefix.prefixLength();
        this.route = switch (kind) {
            case ADD -> Routes.add(network);
            case REPLACE -> Routes.replace(network);
            case DELETE -> Routes.delete(network);
        };
    }

    /**
     * {@code nhid ID}: forward through nexthop object {@code id} ({@code RTA_NH_ID}).
     *
     * @param id the nexthop id
     * @return this request
     */
    public NexthopRouteRequest nhid(long id) {
        route.nhid(Nexthops.checkId(id));
        this.nhid = true;
        return this;
    }

    /**
     * {@code table ID}: 1..4294967295 (default main, 254).
     *
     * @param id the routing table
     * @return this request
     */
    public NexthopRouteRequest table(long id) {
        if (id < 1 || id > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("table must be between 1 and 4294967295: " + id);
        }
        route.table(id);
        return this;
    }

    /**
     * {@code encap seg6 …} / {@code encap mpls …} on the route itself ({@code RTA_ENCAP}); needs {@code dev}.
     *
     * @param encap the encapsulation
     * @return this request
     */
    public NexthopRouteRequest encap(Encap encap) {
        route.encap(encap);
        this.encap = true;
        return this;
    }

    /**
     * {@code via ADDR}: the gateway of an encap route; an IPv6 gateway of an IPv4 route is sent as
     * {@code RTA_VIA} ({@code ip route add PREFIX via inet6 ADDR dev DEV}).
     *
     * @param gateway the gateway's address
     * @return this request
     */
    public NexthopRouteRequest via(String gateway) {
        byte[] g = IpAddresses.parse(gateway, "via").getAddress();
        if (g.length == 4 && prefix.family() == IpAddresses.AF_INET6) {
            throw new IllegalArgumentException("via: an IPv6 route cannot have the IPv4 gateway " + gateway);
        }
        route.via(gateway);
        this.gateway = true;
        return this;
    }

    /**
     * {@code dev DEV}: the output device of an encap route.
     *
     * @param name the interface name
     * @return this request
     */
    public NexthopRouteRequest dev(String name) {
        this.devName = InterfaceNames.check(name, "dev");
        route.dev(name);
        this.dev = true;
        return this;
    }

    /**
     * {@code dev DEV} by index (no look-up).
     *
     * @param ifindex the interface index, positive
     * @return this request
     */
    public NexthopRouteRequest dev(int ifindex) {
        if (ifindex <= 0) {
            throw new IllegalArgumentException("dev index must be positive: " + ifindex);
        }
        route.dev(ifindex);
        this.devName = null;
        this.dev = true;
        return this;
    }

    private void check() {
        if (kind != Kind.DELETE && !nhid && !encap && !gateway) {
            throw new IllegalArgumentException("nhid, encap or via is required: route " + prefix);
        }
        if (nhid && (encap || gateway || dev)) {
            throw new IllegalArgumentException("nhid takes no encap, via or dev: route " + prefix);
        }
        if ((encap || gateway) && !dev) {
            throw new IllegalArgumentException("dev is required with encap or via: route " + prefix);
        }
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public Void apply(NetlinkConnection connection) {
        check();
        connection.request(route.resolve(connection));
        return null;
    }

    /**
     * Writes the request (sequence 0, for the connection to fill in); a device must be given by index.
     *
     * @param w the writer to append the message to
     * @throws IllegalStateException if the device was given by name
     */
    @Override
    public void encode(MessageWriter w) {
        check();
        if (devName != null) {
            throw new IllegalStateException(describe() + ": dev " + devName + " must be looked up first: use dev(int)");
        }
        route.encode(w);
    }

    @Override
    public String describe() {
        return route.describe();
    }
}
