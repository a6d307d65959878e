package io.jnetlink.route.nexthop;

import io.jnetlink.route.internal.Encaps;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.route.internal.DeviceIndexes;
import io.jnetlink.route.wire.NhMsg;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.route.wire.NhaAttrs;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ip nexthop add|replace id ID [encap …] [via ADDR] [dev DEV] [onlink] | blackhole |
 * group ID[,WEIGHT]/… [type resilient [buckets N] [idle_timer S] [unbalanced_timer S]] [fdb]}: one
 * {@code RTM_NEWNEXTHOP}, made by {@link Nexthops#add} and {@link Nexthops#replace}. Attributes are
 * written in that order, as iproute2 writes them for arguments in that order.
 */
public final class NexthopRequest extends NetlinkRequest<NexthopRequest, Void> implements RequestEncoder {
    private final boolean replace;
    private final long id;
    private byte[] gateway;
    private String devName;
    private int devIndex;
    private boolean blackhole;
    private boolean onLink;
    private boolean fdb;
    private boolean ipv6;
    private int protocol;
    private Encap encap;
    private final List<GroupMember> group = new ArrayList<>();
    private boolean resilient;
    private int buckets = -1;
    private long idleTimer = -1;
    private long unbalancedTimer = -1;

    NexthopRequest(boolean replace, long id) {
        this.replace = replace;
        this.id = Nexthops.checkId(id);
    }

    /**
     * {@code via ADDR}: the gateway (IPv4 or IPv6; the nexthop's family follows it).
     *
     * @param gateway the gateway's address
     * @return this request
     */
    public NexthopRequest via(String gateway) {
        this.gateway = IpAddresses.parse(gateway, "via").getAddress();
        return this;
    }

    /**
     * {@code dev DEV}: the output device.
     *
     * @param name the interface name
     * @return this request
     */
    public NexthopRequest dev(String name) {
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
    public NexthopRequest dev(int ifindex) {
        if (ifindex <= 0) {
            throw new IllegalArgumentException("dev index must be positive: " + ifindex);
        }
        this.devIndex = ifindex;
        this.devName = null;
        return this;
    }

    /**
     * {@code blackhole}: packets through this nexthop are dropped ({@code NHA_BLACKHOLE}); the
     * kernel needs {@code lo} up.
     *
     * @return this request
     */
    public NexthopRequest blackhole() {
        this.blackhole = true;
        return this;
    }

    /**
     * {@code onlink}: the gateway is on the link even without a matching prefix ({@code RTNH_F_ONLINK}).
     *
     * @return this request
     */
    public NexthopRequest onLink() {
        this.onLink = true;
        return this;
    }

    /**
     * {@code fdb}: a nexthop (or group) for vxlan FDB entries ({@code NHA_FDB}).
     *
     * @return this request
     */
    public NexthopRequest fdb() {
        this.fdb = true;
        return this;
    }

    /**
     * {@code -6}: an IPv6 blackhole (a gateway sets the family by itself).
     *
     * @return this request
     */
    public NexthopRequest ipv6() {
        this.ipv6 = true;
        return this;
    }

    /**
     * {@code proto N}: the protocol stamp, 0..255.
     *
     * @param protocol {@code RTPROT_*}
     * @return this request
     */
    public NexthopRequest protocol(int protocol) {
        if (protocol < 0 || protocol > 255) {
            throw new IllegalArgumentException("proto must be between 0 and 255: " + protocol);
        }
        this.protocol = protocol;
        return this;
    }

    /**
     * {@code encap seg6 …} / {@code encap mpls …}: a lightweight tunnel ({@code NHA_ENCAP}).
     *
     * @param encap the encapsulation, e.g. {@code Encap.seg6("fc00::1")}
     * @return this request
     */
    public NexthopRequest encap(Encap encap) {
        if (encap == null) {
            throw new IllegalArgumentException("encap must not be null");
        }
        this.encap = encap;
        return this;
    }

    /**
     * {@code group ID[,WEIGHT]}: adds a member; call once per member, in order.
     *
     * @param memberId the member nexthop's id
     * @param weight its weight, 1..256
     * @return this request
     */
    public NexthopRequest member(long memberId, int weight) {
        group.add(new GroupMember(memberId, weight));
        return this;
    }

    /**
     * {@code group ID/ID/…}: adds members of weight 1.
     *
     * @param memberIds the member nexthops' ids
     * @return this request
     */
    public NexthopRequest group(long... memberIds) {
        for (long m : memberIds) {
            member(m, 1);
        }
        return this;
    }

    /**
     * {@code type resilient buckets N}: a resilient group of {@code buckets} hash buckets (1..65535).
     *
     * @param buckets the number of buckets
     * @return this request
     */
    public NexthopRequest resilient(int buckets) {
        if (buckets < 1 || buckets > 0xFFFF) {
            throw new IllegalArgumentException("buckets must be between 1 and 65535: " + buckets);
        }
        this.resilient = true;
        this.buckets = buckets;
        return this;
    }

    /**
     * {@code idle_timer S}: seconds a bucket must be idle before it moves (resilient groups).
     *
     * @param seconds 0..42949672
     * @return this request
     */
    public NexthopRequest idleTimer(long seconds) {
        this.idleTimer = ticks(seconds, "idle_timer");
        this.resilient = true;
        return this;
    }

    /**
     * {@code unbalanced_timer S}: seconds a group may stay unbalanced (resilient groups).
     *
     * @param seconds 0..42949672
     * @return this request
     */
    public NexthopRequest unbalancedTimer(long seconds) {
        this.unbalancedTimer = ticks(seconds, "unbalanced_timer");
        this.resilient = true;
        return this;
    }

    private static long ticks(long seconds, String what) {
        if (seconds < 0 || seconds > 0xFFFFFFFFL / NhaAttrs.USER_HZ) {
            throw new IllegalArgumentException(what + " must be between 0 and " + 0xFFFFFFFFL / NhaAttrs.USER_HZ + " seconds: " + seconds);
        }
        return seconds * NhaAttrs.USER_HZ;
    }

    private void check() {
        boolean isGroup = !group.isEmpty();
        if (blackhole && (isGroup || gateway != null || devName != null || devIndex != 0 || encap != null)) {
            throw new IllegalArgumentException("blackhole takes no group, via, dev or encap: nexthop id " + id);
        }
        if (isGroup && (gateway != null || devName != null || devIndex != 0 || encap != null)) {
            throw new IllegalArgumentException("group takes no via, dev or encap: nexthop id " + id);
        }
        if (resilient && !isGroup) {
            throw new IllegalArgumentException("type resilient needs a group: nexthop id " + id);
        }
        if (!blackhole && !isGroup && devName == null && devIndex == 0) {
            throw new IllegalArgumentException("dev, blackhole or group is required: nexthop id " + id);
        }
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
     * Looks up {@code dev NAME} in {@code connection}'s namespace and returns an encoder with the
     * index; the request itself when it names no device.
     *
     * @param connection a {@code NETLINK_ROUTE} connection of the namespace the request will run in
     * @return an encoder writing this request
     */
    public RequestEncoder resolve(NetlinkConnection connection) {
        check();
        if (devName == null) {
            return this;
        }
        int index = DeviceIndexes.index(connection, devName);
        return new RequestEncoder() {
            @Override
            public void encode(MessageWriter w) {
                NexthopRequest.this.encode(w, index);
            }

            @Override
            public String describe() {
                return NexthopRequest.this.describe();
            }
        };
    }

    /**
     * Writes the request (sequence 0, for the connection to fill in); the device must be given by index.
     *
     * @param writer the writer to append the message to
     * @throws IllegalStateException if the device was given by name: use {@link #resolve(NetlinkConnection)}
     */
    @Override
    public void encode(MessageWriter writer) {
        check();
        if (devName != null) {
            throw new IllegalStateException(describe() + ": dev " + devName + " must be looked up first: encode resolve(connection)");
        }
        encode(writer, devIndex);
    }

    private void encode(MessageWriter w, int oif) {
        int msg = w.beginMessage(NhMsg.RTM_NEWNEXTHOP, Netlink.NLM_F_CREATE | (replace ? Netlink.NLM_F_REPLACE : Netlink.NLM_F_EXCL));
        int h = w.reserve(NhMsg.LENGTH);
        int family = gateway != null ? (gateway.length == 4 ? IpAddresses.AF_INET : IpAddresses.AF_INET6)
                : group.isEmpty() ? (ipv6 ? IpAddresses.AF_INET6 : IpAddresses.AF_INET) : 0;
        w.putU8At(h + NhMsg.FAMILY_OFFSET, family);
        w.putU8At(h + NhMsg.PROTOCOL_OFFSET, protocol);
        w.putU32At(h + NhMsg.FLAGS_OFFSET, onLink ? RtMsg.RTNH_F_ONLINK : 0);
        w.putAttrU32(NhaAttrs.NHA_ID, (int) id);
        if (encap != null) {
            Encaps.write(w, encap, NhaAttrs.NHA_ENCAP, NhaAttrs.NHA_ENCAP_TYPE);
        }
        if (gateway != null) {
            w.putAttrBytes(NhaAttrs.NHA_GATEWAY, gateway);
        }
        if (oif != 0) {
            w.putAttrU32(NhaAttrs.NHA_OIF, oif);
        }
        if (blackhole) {
            w.putAttrFlag(NhaAttrs.NHA_BLACKHOLE);
        }
        if (!group.isEmpty()) {
            byte[] grp = new byte[group.size() * NhaAttrs.GRP_LENGTH];
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(grp).order(java.nio.ByteOrder.nativeOrder());
            for (int i = 0; i < group.size(); i++) {
                b.putInt(i * NhaAttrs.GRP_LENGTH + NhaAttrs.GRP_ID_OFFSET, (int) group.get(i).id());
                b.put(i * NhaAttrs.GRP_LENGTH + NhaAttrs.GRP_WEIGHT_OFFSET, (byte) (group.get(i).weight() - 1));
            }
            w.putAttrBytes(NhaAttrs.NHA_GROUP, grp);
        }
        if (resilient) {
            int res = w.beginNested(NhaAttrs.NHA_RES_GROUP);
            if (buckets >= 0) {
                w.putAttrU16(NhaAttrs.NHA_RES_GROUP_BUCKETS, buckets);
            }
            if (idleTimer >= 0) {
                w.putAttrU32(NhaAttrs.NHA_RES_GROUP_IDLE_TIMER, (int) idleTimer);
            }
            if (unbalancedTimer >= 0) {
                w.putAttrU32(NhaAttrs.NHA_RES_GROUP_UNBALANCED_TIMER, (int) unbalancedTimer);
            }
            w.endNested(res);
            w.putAttrU16(NhaAttrs.NHA_GROUP_TYPE, NhaAttrs.NEXTHOP_GRP_TYPE_RES);
        }
        if (fdb) {
            w.putAttrFlag(NhaAttrs.NHA_FDB);
        }
        w.endMessage(msg);
    }

    @Override
    public String describe() {
        return "RTM_NEWNEXTHOP ip nexthop " + (replace ? "replace" : "add") + " id " + id;
    }
}
