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

/**
 * {@code ip link set DEV …}: changes an existing link with one {@code RTM_NEWLINK} (no
 * {@code NLM_F_CREATE}, so a missing device fails with ENODEV). The device is found by name in
 * the kernel, or by index; a rename or {@code master DEV} first resolves the index it needs.
 *
 * <pre>{@code
 * Links.set("veth-red").netns(red).apply();          // ip link set veth-red netns red
 * Links.set("veth-red").up().in(red).apply();        // ip -n red link set veth-red up
 * }</pre>
 */
public final class LinkSetRequest extends NetlinkRequest<LinkSetRequest, Void> implements RequestEncoder {
    private final String device;
    private final int deviceIndex;
    private int flags;
    private int change;
    private int mtu;
    private byte[] address;
    private String newName;
    private String master;
    private boolean noMaster;
    private NetNamespace netns;
    private int netnsPid;
    private String alias;
    private int txQueueLength = -1;
    private long group = -1;
    private final RawAttributes raw = new RawAttributes();

    LinkSetRequest(String device) {
        this.device = LinkChecks.name(device, "device name");
        this.deviceIndex = 0;
    }

    LinkSetRequest(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("device index must be positive: " + index);
        }
        this.device = null;
        this.deviceIndex = index;
    }

    /**
     * {@code ip link set DEV up}.
     *
     * @return this request
     */
    public LinkSetRequest up() {
        return flag(LinkFlags.IFF_UP, true);
    }

    /**
     * {@code ip link set DEV down}.
     *
     * @return this request
     */
    public LinkSetRequest down() {
        return flag(LinkFlags.IFF_UP, false);
    }

    /**
     * {@code ip link set DEV promisc on|off}.
     *
     * @param on true to enable, false to disable
     * @return this request
     */
    public LinkSetRequest promisc(boolean on) {
        return flag(LinkFlags.IFF_PROMISC, on);
    }

    /**
     * {@code ip link set DEV mtu MTU}: positive; the device's own limits (e.g. 68..65535 for Ethernet) are checked by the kernel.
     *
     * @param mtu the MTU in bytes
     * @return this request
     */
    public LinkSetRequest mtu(int mtu) {
        this.mtu = LinkChecks.mtu(mtu, "mtu");
        return this;
    }

    /**
     * {@code ip link set DEV address LLADDR}: a unicast MAC.
     *
     * @param mac a MAC address, e.g. {@code "02:00:00:00:00:01"}
     * @return this request
     */
    public LinkSetRequest address(String mac) {
        this.address = LinkChecks.mac(mac, "address");
        return this;
    }

    /**
     * {@code ip link set DEV name NEWNAME}: renames (the kernel refuses while the link is up: EBUSY).
     *
     * @param newName the new interface name
     * @return this request
     */
    public LinkSetRequest name(String newName) {
        this.newName = LinkChecks.name(newName, "new name");
        return this;
    }

    /**
     * {@code ip link set DEV master BRIDGE}: enslaves it (resolved in the namespace the request runs in).
     *
     * @param master the name of the master device (a bridge or bond)
     * @return this request
     */
    public LinkSetRequest master(String master) {
        this.master = LinkChecks.name(master, "master");
        this.noMaster = false;
        return this;
    }

    /**
     * {@code ip link set DEV nomaster}: releases it from its bridge or bond.
     *
     * @return this request
     */
    public LinkSetRequest noMaster() {
        this.master = null;
        this.noMaster = true;
        return this;
    }

    /**
     * {@code ip link set DEV netns NSNAME}: moves it into {@code namespace} ({@code IFLA_NET_NS_FD}).
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @return this request
     */
    public LinkSetRequest netns(NetNamespace namespace) {
        if (namespace == null) {
            throw new IllegalArgumentException("netns must not be null");
        }
        this.netns = namespace;
        this.netnsPid = 0;
        return this;
    }

    /**
     * {@code ip link set DEV netns PID}: moves it into the namespace of process {@code pid} ({@code IFLA_NET_NS_PID}).
     *
     * @param pid a process id; the link moves to that process's network namespace
     * @return this request
     */
    public LinkSetRequest netnsPid(int pid) {
        if (pid <= 0) {
            throw new IllegalArgumentException("netns pid must be positive: " + pid);
        }
        this.netnsPid = pid;
        this.netns = null;
        return this;
    }

    /**
     * {@code ip link set DEV alias NAME}: a free-text description, under 256 bytes; "" clears it.
     *
     * @param alias the alias text ({@code ifalias})
     * @return this request
     */
    public LinkSetRequest alias(String alias) {
        this.alias = LinkChecks.alias(alias);
        return this;
    }

    /**
     * {@code ip link set DEV txqueuelen N}.
     *
     * @param length the transmit queue length in packets
     * @return this request
     */
    public LinkSetRequest txQueueLength(int length) {
        this.txQueueLength = LinkChecks.nonNegative(length, Integer.MAX_VALUE, "txqueuelen");
        return this;
    }

    /**
     * {@code ip link set DEV group N}: 0..4294967295 (0 is {@code default}).
     *
     * @param group the link group number
     * @return this request
     */
    public LinkSetRequest group(long group) {
        this.group = LinkChecks.group(group, "group");
        return this;
    }

    /**
     * Adds a raw attribute (the escape hatch): {@code type} with any flag bits, {@code value} without header.
     *
     * @param type the attribute type
     * @param value the attribute value (payload without the attribute header)
     * @return this request
     */
    public LinkSetRequest attribute(int type, byte[] value) {
        raw.add(type, value);
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    /** Applies the changes; NetlinkException ENODEV when there is no such device. */
    @Override
    public Void apply(NetlinkConnection connection) {
        if (!(deviceIndex == 0 && newName != null) && master == null) {
            connection.request(this); // nothing to look up: no allocation per apply
            return null;
        }
        int index = deviceIndex;
        if (index == 0 && newName != null) {
            index = LinkIndexes.resolve(connection, device);
        }
        int masterIndex = master == null ? 0 : LinkIndexes.resolve(connection, master);
        int resolvedIndex = index;
        connection.request(new RequestEncoder() {
            @Override
            public void encode(MessageWriter w) {
                LinkSetRequest.this.encode(w, resolvedIndex, masterIndex);
            }

            @Override
            public String describe() {
                return LinkSetRequest.this.describe();
            }
        });
        return null;
    }

    /**
     * Writes the request as {@link #apply} sends it when there is nothing to look up (no rename of
     * a device given by name, no {@code master}).
     *
     * @param w the writer to append the message to
     * @throws IllegalStateException when a name must be looked up first
     */
    @Override
    public void encode(MessageWriter w) {
        if ((deviceIndex == 0 && newName != null) || master != null) {
            throw new IllegalStateException(describe() + ": a rename by name or master needs an index look-up: use apply");
        }
        encode(w, deviceIndex, 0);
    }

    /**
     * Names this request in errors: {@code "RTM_NEWLINK veth0"} (built only when needed).
     *
     * @return the message type and the device
     */
    @Override
    public String describe() {
        return Rtnl.typeName(Rtnl.RTM_NEWLINK) + " " + (device != null ? device : "ifindex " + deviceIndex);
    }

    /** Writes the request; {@code index} 0 finds the device by name. */
    void encode(MessageWriter w, int index, int masterIndex) {
        int msg = w.beginMessage(Rtnl.RTM_NEWLINK, 0);
        IfInfoMsgEncoder.write(w, index, flags, change);
        if (index == 0) {
            w.putAttrString(IfLink.IFLA_IFNAME, device);
        } else if (newName != null) {
            w.putAttrString(IfLink.IFLA_IFNAME, newName);
        }
        if (mtu != 0) {
            w.putAttrU32(IfLink.IFLA_MTU, mtu);
        }
        if (address != null) {
            w.putAttrBytes(IfLink.IFLA_ADDRESS, address);
        }
        if (masterIndex != 0 || noMaster) {
            w.putAttrU32(IfLink.IFLA_MASTER, masterIndex);
        }
        if (txQueueLength >= 0) {
            w.putAttrU32(IfLink.IFLA_TXQLEN, txQueueLength);
        }
        if (group >= 0) {
            w.putAttrU32(IfLink.IFLA_GROUP, (int) group);
        }
        if (alias != null) {
            w.putAttrString(IfLink.IFLA_IFALIAS, alias);
        }
        if (netns != null) {
            w.putAttrU32(IfLink.IFLA_NET_NS_FD, netns.fd());
        } else if (netnsPid != 0) {
            w.putAttrU32(IfLink.IFLA_NET_NS_PID, netnsPid);
        }
        raw.writeTo(w);
        w.endMessage(msg);
    }

    private LinkSetRequest flag(int bit, boolean on) {
        change |= bit;
        flags = on ? flags | bit : flags & ~bit;
        return this;
    }
}
