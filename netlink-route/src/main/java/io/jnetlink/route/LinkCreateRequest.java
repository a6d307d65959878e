package io.jnetlink.route;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;

import io.jnetlink.route.wire.IfInfoMsgEncoder;
import io.jnetlink.route.wire.IfLink;
import java.nio.charset.StandardCharsets;

/**
 * Common part of {@code ip link add NAME … type KIND …}: one {@code RTM_NEWLINK} with
 * {@code NLM_F_CREATE|NLM_F_EXCL}, so an existing name fails with EEXIST. Subclasses add the
 * kind's {@code IFLA_INFO_DATA}. Every setter validates its argument at once
 * (IllegalArgumentException naming it); names resolve to indexes in the target namespace when
 * {@link #apply} runs.
 *
 * @param <SELF> the concrete request
 */
public abstract class LinkCreateRequest<SELF extends LinkCreateRequest<SELF>> extends NetlinkRequest<SELF, Void>
        implements RequestEncoder {
    private final String name;
    private int mtu;
    private byte[] address;
    private int txQueueLength = -1;
    private String master;
    private boolean up;
    private NetNamespace netns;
    private long group = -1;
    private final RawAttributes raw = new RawAttributes();
    private byte[] kindBytes;

    LinkCreateRequest(String name) {
        this.name = LinkChecks.name(name, "link name");
    }

    /** {@return the name of the link to create} */
    public String name() {
        return name;
    }

    /**
     * {@code ip link add NAME mtu MTU}: positive; the device's own limits (e.g. 68..65535 for Ethernet) are checked by the kernel.
     *
     * @param mtu the MTU in bytes
     * @return this request
     */
    public SELF mtu(int mtu) {
        this.mtu = LinkChecks.mtu(mtu, "mtu");
        return self();
    }

    /**
     * {@code ip link add NAME address LLADDR}: a unicast MAC, {@code "02:00:00:00:00:01"}.
     *
     * @param mac a MAC address, e.g. {@code "02:00:00:00:00:01"}
     * @return this request
     */
    public SELF address(String mac) {
        this.address = LinkChecks.mac(mac, "address");
        return self();
    }

    /**
     * {@code ip link add NAME txqueuelen N}.
     *
     * @param length the transmit queue length in packets
     * @return this request
     */
    public SELF txQueueLength(int length) {
        this.txQueueLength = LinkChecks.nonNegative(length, Integer.MAX_VALUE, "txqueuelen");
        return self();
    }

    /**
     * {@code ip link add NAME … master DEV} (resolved in the namespace the request runs in).
     *
     * @param master the name of the master device (a bridge or bond)
     * @return this request
     */
    public SELF master(String master) {
        this.master = LinkChecks.name(master, "master");
        return self();
    }

    /**
     * {@code ip link add NAME up … }: creates the link administratively up.
     *
     * @return this request
     */
    public SELF up() {
        this.up = true;
        return self();
    }

    /**
     * {@code ip link add NAME netns NSNAME …}: creates the link directly in {@code namespace}.
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @return this request
     */
    public SELF netns(NetNamespace namespace) {
        if (namespace == null) {
            throw new IllegalArgumentException("netns must not be null");
        }
        this.netns = namespace;
        return self();
    }

    /**
     * {@code ip link add NAME group N}: 0..4294967295.
     *
     * @param group the link group number
     * @return this request
     */
    public SELF group(long group) {
        this.group = LinkChecks.group(group, "group");
        return self();
    }

    /**
     * Adds a raw top-level attribute (the escape hatch), written after the ones the builder
     * knows: {@code type} with any flag bits, {@code value} its bytes without header.
     *
     * @param type the attribute type
     * @param value the attribute value (payload without the attribute header)
     * @return this request
     */
    public SELF attribute(int type, byte[] value) {
        raw.add(type, value);
        return self();
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    /** {@code ip link add …}: creates the link; NetlinkException EEXIST if the name is taken. */
    @Override
    public Void apply(NetlinkConnection connection) {
        check();
        connection.request(needsResolving() ? resolve(connection) : this);
        return null;
    }

    /**
     * Writes this {@code ip link add …} request as one complete {@code RTM_NEWLINK} message into
     * {@code writer} (sequence number 0, for the connection to fill in), exactly as {@link #apply}
     * sends it; allocates nothing. For pipelining with {@link io.jnetlink.core.NetlinkBatch} or a
     * caller's own {@code NetlinkConnection.batch}.
     *
     * @param writer the writer to append the message to
     * @throws IllegalArgumentException if the options set make no complete request
     * @throws IllegalStateException if the request names devices ({@code master DEV}, a macvlan's
     *                               {@code link DEV}, a vxlan's {@code dev DEV}), whose indexes
     *                               only a connection can find: use {@link #resolve(NetlinkConnection)}
     */
    @Override
    public void encode(MessageWriter writer) {
        check();
        if (needsResolving()) {
            throw new IllegalStateException(describe() + " names devices whose indexes must be looked up first:"
                    + " encode resolve(connection) instead");
        }
        encode(writer, 0, null);
    }

    /**
     * Looks up the indexes of the devices this request names ({@code master DEV} and the kind's
     * own, as {@code ip link add} does before it sends) in {@code connection}'s namespace, and
     * returns an encoder of the request with them; the request itself is returned when it names
     * no device.
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
        int masterIndex = master == null ? 0 : LinkIndexes.resolve(connection, master);
        Resolved resolved = resolveNames(connection);
        return new RequestEncoder() {
            @Override
            public void encode(MessageWriter w) {
                LinkCreateRequest.this.encode(w, masterIndex, resolved);
            }

            @Override
            public String describe() {
                return LinkCreateRequest.this.describe();
            }
        };
    }

    /**
     * Names this request in errors: {@code "RTM_NEWLINK NAME"}.
     *
     * @return {@code "RTM_NEWLINK "} and the new link's name
     */
    @Override
    public String describe() {
        return Rtnl.typeName(Rtnl.RTM_NEWLINK) + " " + name;
    }

    private boolean needsResolving() {
        return master != null || namesDevices();
    }

    /** Writes the whole request (indexes already resolved) into {@code w}. */
    final void encode(MessageWriter w, int masterIndex, Resolved resolved) {
        int msg = w.beginMessage(Rtnl.RTM_NEWLINK, Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL);
        IfInfoMsgEncoder.write(w, 0, up ? LinkFlags.IFF_UP : 0, up ? LinkFlags.IFF_UP : 0);
        w.putAttrString(IfLink.IFLA_IFNAME, name);
        if (resolved != null && resolved.linkIndex() != 0) {
            w.putAttrU32(IfLink.IFLA_LINK, resolved.linkIndex());
        }
        if (mtu != 0) {
            w.putAttrU32(IfLink.IFLA_MTU, mtu);
        }
        if (address != null) {
            w.putAttrBytes(IfLink.IFLA_ADDRESS, address);
        }
        if (txQueueLength >= 0) {
            w.putAttrU32(IfLink.IFLA_TXQLEN, txQueueLength);
        }
        if (masterIndex != 0) {
            w.putAttrU32(IfLink.IFLA_MASTER, masterIndex);
        }
        if (group >= 0) {
            w.putAttrU32(IfLink.IFLA_GROUP, (int) group);
        }
        if (netns != null) {
            w.putAttrU32(IfLink.IFLA_NET_NS_FD, netns.fd());
        }
        // IFLA_LINKINFO and IFLA_INFO_DATA without NLA_F_NESTED, as iproute2 sends them (the kernel takes both)
        int info = w.beginNested(IfLink.IFLA_LINKINFO, false);
        // the kind without its NUL, as iproute2 writes it (an NLA_STRING; the kernel takes both)
        byte[] kindName = kindBytes;
        if (kindName == null) {
            kindName = kind().getBytes(StandardCharsets.US_ASCII);
            kindBytes = kindName;
        }
        w.putAttrBytes(IfLink.IFLA_INFO_KIND, kindName);
        encodeInfoData(w, resolved);
        w.endNested(info);
        raw.writeTo(w);
        w.endMessage(msg);
    }

    /** Indexes a kind needs resolved from names before encoding ({@code link DEV}, vxlan {@code dev}). */
    record Resolved(int linkIndex, int dataLinkIndex) {
    }

    /** The {@code IFLA_INFO_KIND}. */
    abstract String kind();

    /** Writes {@code IFLA_INFO_DATA} (or nothing). */
    abstract void encodeInfoData(MessageWriter w, Resolved resolved);

    /** Whether the kind names devices that {@link #resolveNames} must look up. */
    boolean namesDevices() {
        return false;
    }

    /** Resolves the names the kind refers to; null when none. */
    Resolved resolveNames(NetlinkConnection connection) {
        return null;
    }

    /** Checks that the options set so far make a complete request; IllegalArgumentException if not. */
    void check() {
    }

    @SuppressWarnings("unchecked")
    final SELF self() {
        return (SELF) this;
    }
}
