package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.NdMsgEncoder;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.MacAddress;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * {@code bridge fdb add|append|replace|del LLADDR dev DEV [dst IP] [vlan VID] [port P] [vni VNI]
 * [via DEV] [self] [master] [static|dynamic|permanent]}: one {@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH}
 * of family {@code AF_BRIDGE}, made by {@link Fdb}. Defaults are iproute2's: {@code self} unless
 * {@code master} is given, {@code permanent} unless {@code static} or {@code dynamic} is.
 */
public final class FdbRequest extends BridgeRequest<FdbRequest> {
    enum Kind { ADD, APPEND, REPLACE, DELETE }

    private final Kind kind;
    private final byte[] mac;
    private Dev dev;
    private Dev via;
    private boolean self;
    private boolean master;
    private boolean permanent;
    private boolean reachable;
    private boolean dynamic;
    private boolean sticky;
    private int vlan = -1;
    private byte[] dst;
    private int port = -1;
    private long vni = -1;
    private long srcVni = -1;
    private long nhid;

    FdbRequest(Kind kind, String mac) {
        this.kind = kind;
        this.mac = MacAddress.parse(mac, "lladdr");
        if (this.mac.length != 6) {
            throw new IllegalArgumentException("lladdr must be a 6-byte MAC address: " + mac);
        }
    }

    /**
     * {@code dev DEV}: the port (or vxlan device) the entry belongs to; required.
     *
     * @param name the interface name
     * @return this request
     */
    public FdbRequest dev(String name) {
        this.dev = Dev.named(name, "dev");
        return this;
    }

    /**
     * {@code dev DEV} by interface index (no look-up).
     *
     * @param ifindex the interface index, positive
     * @return this request
     */
    public FdbRequest dev(int ifindex) {
        this.dev = Dev.indexed(ifindex, "dev");
        return this;
    }

    /**
     * {@code self}: the device's own table ({@code NTF_SELF}); the default unless {@link #master()}.
     *
     * @return this request
     */
    public FdbRequest self() {
        this.self = true;
        return this;
    }

    /**
     * {@code master}: the table of the bridge the port belongs to ({@code NTF_MASTER}).
     *
     * @return this request
     */
    public FdbRequest master() {
        this.master = true;
        return this;
    }

    /**
     * {@code permanent}: an entry that never ages and is the port's own address (the default).
     *
     * @return this request
     */
    public FdbRequest permanent() {
        this.permanent = true;
        return this;
    }

    /**
     * {@code static}: an entry that never ages ({@code NUD_NOARP|NUD_REACHABLE}).
     *
     * @return this request
     */
    public FdbRequest staticEntry() {
        this.reachable = true;
        return this;
    }

    /**
     * {@code dynamic}: an entry that ages like a learnt one ({@code NUD_REACHABLE}).
     *
     * @return this request
     */
    public FdbRequest dynamic() {
        this.dynamic = true;
        return this;
    }

    /**
     * {@code sticky}: the entry does not move to another port ({@code NTF_STICKY}).
     *
     * @return this request
     */
    public FdbRequest sticky() {
        this.sticky = true;
        return this;
    }

    /**
     * {@code vlan VID}: 1..4094 ({@code NDA_VLAN}); needs a VLAN-filtering bridge.
     *
     * @param vid the VLAN id
     * @return this request
     */
    public FdbRequest vlan(int vid) {
        this.vlan = BridgeChecks.vid(vid, "vlan");
        return this;
    }

    /**
     * {@code dst IP}: the remote VTEP of a vxlan entry ({@code NDA_DST}); with {@code append} on
     * the all-zero MAC it adds one more flooding destination, as flannel-style overlays do.
     *
     * @param address an IPv4 or IPv6 address
     * @return this request
     */
    public FdbRequest dst(String address) {
        this.dst = IpAddresses.parse(address, "dst").getAddress();
        return this;
    }

    /**
     * {@code port PORT}: the remote vxlan UDP port ({@code NDA_PORT}, 1..65535).
     *
     * @param port the UDP port
     * @return this request
     */
    public FdbRequest port(int port) {
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("port must be between 1 and 65535: " + port);
        }
        this.port = port;
        return this;
    }

    /**
     * {@code vni VNI}: the remote vxlan network identifier ({@code NDA_VNI}, 0..16777215).
     *
     * @param vni the VNI
     * @return this request
     */
    public FdbRequest vni(long vni) {
        this.vni = BridgeChecks.vni(vni, "vni");
        return this;
    }

    /**
     * {@code src_vni VNI}: the source VNI of a collect-metadata vxlan device ({@code NDA_SRC_VNI}).
     *
     * @param vni the VNI
     * @return this request
     */
    public FdbRequest srcVni(long vni) {
        this.srcVni = BridgeChecks.vni(vni, "src_vni");
        return this;
    }

    /**
     * {@code nhid ID}: forward through an FDB nexthop group ({@code NDA_NH_ID}).
     *
     * @param id the nexthop id, positive
     * @return this request
     */
    public FdbRequest nhid(long id) {
        if (id <= 0 || id > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("nhid must be between 1 and 4294967295: " + id);
        }
        this.nhid = id;
        return this;
    }

    /**
     * {@code via DEV}: the outgoing device of a vxlan entry ({@code NDA_IFINDEX}).
     *
     * @param name the interface name
     * @return this request
     */
    public FdbRequest via(String name) {
        this.via = Dev.named(name, "via");
        return this;
    }

    @Override
    List<Dev> devices() {
        return Arrays.asList(dev, via);
    }

    @Override
    void check() {
        if (dev == null) {
            throw new IllegalArgumentException("dev is required: bridge fdb needs the device of " + MacAddress.format(mac));
        }
        if ((dynamic ? 1 : 0) + (reachable ? 1 : 0) + (permanent ? 1 : 0) > 1) {
            throw new IllegalArgumentException("state: choose one of permanent, static and dynamic");
        }
    }

    /** {@code ndm_state} as iproute2 computes it from permanent/static/dynamic. */
    int state() {
        int state = NdMsg.NUD_NOARP;
        if (permanent) {
            state |= NdMsg.NUD_PERMANENT;
        }
        if (reachable) {
            state |= NdMsg.NUD_REACHABLE;
        }
        if (dynamic) {
            state = (state | NdMsg.NUD_REACHABLE) & ~NdMsg.NUD_NOARP;
        }
        if ((state & (NdMsg.NUD_PERMANENT | NdMsg.NUD_REACHABLE)) == 0) {
            state |= NdMsg.NUD_PERMANENT;
        }
        return state;
    }

    @Override
    void encode(MessageWriter w, ToIntFunction<Dev> index) {
        int nlFlags = switch (kind) {
            case ADD -> Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL;
            case APPEND -> Netlink.NLM_F_CREATE | Netlink.NLM_F_APPEND;
            case REPLACE -> Netlink.NLM_F_CREATE | Netlink.NLM_F_REPLACE;
            case DELETE -> 0;
        };
        int flags = (self ? NdMsg.NTF_SELF : 0) | (master ? NdMsg.NTF_MASTER : 0) | (sticky ? NdMsg.NTF_STICKY : 0);
        if (!self && !master) {
            flags |= NdMsg.NTF_SELF;
        }
        int msg = w.beginMessage(kind == Kind.DELETE ? Rtnl.RTM_DELNEIGH : Rtnl.RTM_NEWNEIGH, nlFlags);
        NdMsgEncoder.write(w, NdMsg.AF_BRIDGE, index.applyAsInt(dev), state(), flags);
        // attribute order as iproute2's fdb_modify writes them
        w.putAttrBytes(NdMsg.NDA_LLADDR, mac);
        if (dst != null) {
            w.putAttrBytes(NdMsg.NDA_DST, dst);
        }
        if (vlan >= 0) {
            w.putAttrU16(NdMsg.NDA_VLAN, vlan);
        }
        if (srcVni >= 0) {
            w.putAttrU32(NdMsg.NDA_SRC_VNI, (int) srcVni);
        }
        if (nhid > 0) {
            w.putAttrU32(NdMsg.NDA_NH_ID, (int) nhid);
        }
        if (port >= 0) {
            w.putAttrU16Be(NdMsg.NDA_PORT, port);
        }
        if (vni >= 0) {
            w.putAttrU32(NdMsg.NDA_VNI, (int) vni);
        }
        if (via != null) {
            w.putAttrU32(NdMsg.NDA_IFINDEX, index.applyAsInt(via));
        }
        w.endMessage(msg);
    }

    @Override
    public String describe() {
        String op = switch (kind) {
            case ADD -> "add";
            case APPEND -> "append";
            case REPLACE -> "replace";
            case DELETE -> "del";
        };
        return (kind == Kind.DELETE ? "RTM_DELNEIGH" : "RTM_NEWNEIGH") + " bridge fdb " + op + " " + MacAddress.format(mac)
                + " dev " + dev + (dst != null ? " dst " + IpAddresses.format(address(dst)) : "");
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (java.net.UnknownHostException impossible) {
            throw new AssertionError(impossible);
        }
    }
}
