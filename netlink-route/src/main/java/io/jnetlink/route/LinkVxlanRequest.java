package io.jnetlink.route;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.net.IpAddresses;

import io.jnetlink.route.wire.IfLink;
import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * {@code ip link add NAME type vxlan id VNI [remote ADDR | group ADDR dev DEV] [local ADDR]
 * [dstport PORT] [dev DEV] [nolearning]}: an L2 overlay over UDP. The VNI is required.
 */
public final class LinkVxlanRequest extends LinkCreateRequest<LinkVxlanRequest> {
    /** Largest VNI: 24 bits. */
    public static final long MAX_VNI = (1 << 24) - 1;

    private long id = -1;
    private InetAddress group;
    private InetAddress local;
    private int port;
    private String dev;
    private int learning = -1;
    private int ttl = -1;

    LinkVxlanRequest(String name) {
        super(name);
    }

    /**
     * {@code … type vxlan id VNI}: 0..16777215.
     *
     * @param vni the VXLAN network identifier (0..16777215)
     * @return this request
     */
    public LinkVxlanRequest id(long vni) {
        this.id = LinkChecks.nonNegative(vni, MAX_VNI, "vxlan id");
        return this;
    }

    /**
     * {@code … type vxlan remote ADDR}: the unicast peer (IPv4 or IPv6 literal).
     *
     * @param address the remote VTEP address ({@code remote ADDRESS})
     * @return this request
     */
    public LinkVxlanRequest remote(String address) {
        InetAddress a = IpAddresses.parse(address, "vxlan remote");
        if (a.isMulticastAddress()) {
            throw new IllegalArgumentException("vxlan remote must be unicast, use group(): " + address);
        }
        this.group = a;
        return this;
    }

    /**
     * {@code … type vxlan group ADDR}: a multicast group (needs {@link #dev}).
     *
     * @param address the multicast group address ({@code group ADDRESS})
     * @return this request
     */
    public LinkVxlanRequest group(String address) {
        InetAddress a = IpAddresses.parse(address, "vxlan group");
        if (!a.isMulticastAddress()) {
            throw new IllegalArgumentException("vxlan group must be a multicast address: " + address);
        }
        this.group = a;
        return this;
    }

    /**
     * {@code … type vxlan local ADDR}: the source address.
     *
     * @param address the local source address ({@code local ADDRESS})
     * @return this request
     */
    public LinkVxlanRequest local(String address) {
        this.local = IpAddresses.parse(address, "vxlan local");
        return this;
    }

    /**
     * {@code … type vxlan dstport PORT}: 1..65535 (the kernel's default is 8472; IANA's is 4789).
     *
     * @param port the UDP destination port (4789 is the IANA port)
     * @return this request
     */
    public LinkVxlanRequest port(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("vxlan dstport must be between 1 and 65535: " + port);
        }
        this.port = port;
        return this;
    }

    /**
     * {@code … type vxlan dev DEV}: the underlying device.
     *
     * @param dev the underlay interface name
     * @return this request
     */
    public LinkVxlanRequest dev(String dev) {
        this.dev = LinkChecks.name(dev, "vxlan dev");
        return this;
    }

    /**
     * {@code … type vxlan learning|nolearning}.
     *
     * @param on true to enable, false to disable
     * @return this request
     */
    public LinkVxlanRequest learning(boolean on) {
        this.learning = on ? 1 : 0;
        return this;
    }

    /**
     * {@code … type vxlan ttl N}: 0 (auto) .. 255.
     *
     * @param ttl the TTL of outer packets (0 = inherit)
     * @return this request
     */
    public LinkVxlanRequest ttl(int ttl) {
        this.ttl = LinkChecks.nonNegative(ttl, 255, "vxlan ttl");
        return this;
    }

    @Override
    String kind() {
        return "vxlan";
    }

    @Override
    void check() {
        if (id < 0) {
            throw new IllegalArgumentException("vxlan id must be set (ip link add NAME type vxlan id VNI)");
        }
        if (group != null && group.isMulticastAddress() && dev == null) {
            throw new IllegalArgumentException("vxlan group needs dev: the device to join the group on");
        }
        if (group != null && local != null && (group instanceof Inet4Address) != (local instanceof Inet4Address)) {
            throw new IllegalArgumentException("vxlan local and remote/group must be of one address family");
        }
    }

    @Override
    boolean namesDevices() {
        return dev != null;
    }

    @Override
    Resolved resolveNames(NetlinkConnection connection) {
        return new Resolved(0, dev == null ? 0 : LinkIndexes.resolve(connection, dev));
    }

    @Override
    void encodeInfoData(MessageWriter w, Resolved resolved) {
        int data = w.beginNested(IfLink.IFLA_INFO_DATA, false);
        w.putAttrU32(IfLink.IFLA_VXLAN_ID, (int) id);
        if (group != null) {
            w.putAttrAddress(group instanceof Inet4Address ? IfLink.IFLA_VXLAN_GROUP : IfLink.IFLA_VXLAN_GROUP6, group);
        }
        if (local != null) {
            w.putAttrAddress(local instanceof Inet4Address ? IfLink.IFLA_VXLAN_LOCAL : IfLink.IFLA_VXLAN_LOCAL6, local);
        }
        if (resolved != null && resolved.dataLinkIndex() != 0) {
            w.putAttrU32(IfLink.IFLA_VXLAN_LINK, resolved.dataLinkIndex());
        }
        if (ttl >= 0) {
            w.putAttrU8(IfLink.IFLA_VXLAN_TTL, ttl);
        }
        if (learning >= 0) {
            w.putAttrU8(IfLink.IFLA_VXLAN_LEARNING, learning);
        }
        if (port != 0) {
            w.putAttrU16Be(IfLink.IFLA_VXLAN_PORT, port);
        }
        w.endNested(data);
    }
}
