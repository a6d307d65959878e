package io.jnetlink.route.nexthop;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;
import io.jnetlink.route.internal.BridgeDevices;
import io.jnetlink.route.wire.NhRouteMsg;

/**
 * {@code ip route add|replace|del PREFIX nhid ID}, {@code ip route add PREFIX encap … [via ADDR] dev DEV}
 * and {@code ip route add PREFIX via inet6 ADDR dev DEV}: a route through a nexthop object, a
 * lightweight tunnel or a gateway of the other family, one {@code RTM_NEWROUTE}/{@code RTM_DELROUTE}
 * with {@code RTA_NH_ID}, {@code RTA_ENCAP} or {@code RTA_VIA}, made by {@link Nexthops#route} and
 * {@link Nexthops#deleteRoute}.
 * (Other route options are {@code io.jnetlink.route.Routes}'.)
 */
public final class NexthopRouteRequest extends NetlinkRequest<NexthopRouteRequest, Void> implements RequestEncoder {
    enum Kind { ADD, REPLACE, DELETE }

    private final Kind kind;
    private final IpPrefix prefix;
    private final byte[] destination;
    private long nhid;
    private long table = NhRouteMsg.RT_TABLE_MAIN;
    private Encap encap;
    private byte[] gateway;
    private String devName;
    private int devIndex;

    NexthopRouteRequest(Kind kind, String prefix) {
        this.kind = kind;
        this.prefix = IpPrefix.parse(prefix, "route prefix");
        this.destination = this.prefix.network().getAddress();
    }

    /**
     * {@code nhid ID}: forward through nexthop object {@code id} ({@code RTA_NH_ID}).
     *
     * @param id the nexthop id
     * @return this request
     */
    public NexthopRouteRequest nhid(long id) {
        this.nhid = Nexthops.checkId(id);
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
        this.table = id;
        return this;
    }

    /**
     * {@code encap seg6 …} / {@code encap mpls …} on the route itself ({@code RTA_ENCAP}); needs {@code dev}.
     *
     * @param encap the encapsulation
     * @return this request
     */
    public NexthopRouteRequest encap(Encap encap) {
        if (encap == null) {
            throw new IllegalArgumentException("encap must not be null");
        }
        this.encap = encap;
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
        if (g.length == 4 && destination.length == 16) {
            throw new IllegalArgumentException("via: an IPv6 route cannot have the IPv4 gateway " + gateway);
        }
        this.gateway = g;
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
        this.devIndex = 0;
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
        this.devIndex = ifindex;
        this.devName = null;
        return this;
    }

    private void check() {
        if (kind != Kind.DELETE && nhid == 0 && encap == null && gateway == null) {
            throw new IllegalArgumentException("nhid, encap or via is required: route " + prefix);
        }
        if (nhid != 0 && (encap != null || gateway != null || devName != null || devIndex != 0)) {
            throw new IllegalArgumentException("nhid takes no encap, via or dev: route " + prefix);
        }
        if ((encap != null || gateway != null) && devName == null && devIndex == 0) {
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
        if (devName == null) {
            connection.request(this);
            return null;
        }
        int index = BridgeDevices.index(connection, devName);
        connection.request(new RequestEncoder() {
            @Override
            public void encode(MessageWriter w) {
                NexthopRouteRequest.this.encode(w, index);
            }

            @Override
            public String describe() {
                return NexthopRouteRequest.this.describe();
            }
        });
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
        encode(w, devIndex);
    }

    private void encode(MessageWriter w, int oif) {
        int flags = switch (kind) {
            case ADD -> Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL;
            case REPLACE -> Netlink.NLM_F_CREATE | Netlink.NLM_F_REPLACE;
            case DELETE -> 0;
        };
        int msg = w.beginMessage(kind == Kind.DELETE ? NhRouteMsg.RTM_DELROUTE : NhRouteMsg.RTM_NEWROUTE, flags);
        int h = w.reserve(NhRouteMsg.LENGTH);
        w.putU8At(h + NhRouteMsg.FAMILY_OFFSET, destination.length == 4 ? IpAddresses.AF_INET : IpAddresses.AF_INET6);
        w.putU8At(h + NhRouteMsg.DST_LEN_OFFSET, prefix.prefixLength());
        w.putU8At(h + NhRouteMsg.TABLE_OFFSET, table < 256 ? (int) table : 0);
        if (kind != Kind.DELETE) {
            w.putU8At(h + NhRouteMsg.PROTOCOL_OFFSET, NhRouteMsg.RTPROT_BOOT);
            // a route that names only a device reaches hosts on the link, as ip route chooses
            boolean link = nhid == 0 && gateway == null;
            w.putU8At(h + NhRouteMsg.SCOPE_OFFSET, link ? NhRouteMsg.RT_SCOPE_LINK : NhRouteMsg.RT_SCOPE_UNIVERSE);
            w.putU8At(h + NhRouteMsg.TYPE_OFFSET, NhRouteMsg.RTN_UNICAST);
        }
        w.putAttrBytes(NhRouteMsg.RTA_DST, destination);
        if (table >= 256) {
            w.putAttrU32(NhRouteMsg.RTA_TABLE, (int) table);
        }
        if (nhid != 0) {
            w.putAttrU32(NhRouteMsg.RTA_NH_ID, (int) nhid);
        }
        if (encap != null) {
            Encaps.write(w, encap, NhRouteMsg.RTA_ENCAP, NhRouteMsg.RTA_ENCAP_TYPE);
        }
        if (gateway != null && gateway.length == destination.length) {
            w.putAttrBytes(NhRouteMsg.RTA_GATEWAY, gateway);
        } else if (gateway != null) {
            // an IPv4 route through an IPv6 gateway: RTA_VIA {rtvia_family, rtvia_addr}, as ip route … via inet6 sends it
            byte[] via = new byte[2 + gateway.length];
            java.nio.ByteBuffer.wrap(via).order(java.nio.ByteOrder.nativeOrder()).putShort(0, (short) IpAddresses.AF_INET6);
            System.arraycopy(gateway, 0, via, 2, gateway.length);
            w.putAttrBytes(NhRouteMsg.RTA_VIA, via);
        }
        if (oif != 0) {
            w.putAttrU32(NhRouteMsg.RTA_OIF, oif);
        }
        w.endMessage(msg);
    }

    @Override
    public String describe() {
        return (kind == Kind.DELETE ? "RTM_DELROUTE" : "RTM_NEWROUTE") + " " + prefix + (nhid != 0 ? " nhid " + nhid : "");
    }
}
