package io.jnetlink.route;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.wire.IfInfoMsgEncoder;
import io.jnetlink.route.wire.IfLink;

/**
 * {@code ip link del DEV} (one {@code RTM_DELLINK}; deleting one end of a veth removes both) or
 * {@code ip link delete group N} ({@code RTM_DELLINK} with {@code ifi_index} 0 and
 * {@code IFLA_GROUP}: the kernel deletes every link of the group at once).
 */
public final class LinkDeleteRequest extends NetlinkRequest<LinkDeleteRequest, Void> implements RequestEncoder {
    private final String device;
    private final int index;
    private final long group;

    private LinkDeleteRequest(String device, int index, long group) {
        this.device = device;
        this.index = index;
        this.group = group;
    }

    static LinkDeleteRequest byName(String name) {
        return new LinkDeleteRequest(LinkChecks.name(name, "device name"), 0, -1);
    }

    static LinkDeleteRequest byIndex(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("device index must be positive: " + index);
        }
        return new LinkDeleteRequest(null, index, -1);
    }

    static LinkDeleteRequest byGroup(long group) {
        return new LinkDeleteRequest(null, 0, LinkChecks.group(group, "group") & 0xFFFF_FFFFL);
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    /** Deletes; NetlinkException ENODEV when there is no such device. */
    @Override
    public Void apply(NetlinkConnection connection) {
        connection.request(this);
        return null;
    }

    /**
     * Writes this {@code ip link del DEV} (or {@code ip link delete group N}) as one complete
     * {@code RTM_DELLINK} message into {@code w} (sequence number 0), exactly as {@link #apply}
     * sends it; allocates nothing. The kernel finds the device by name or index itself.
     *
     * @param w the writer to append the message to
     */
    @Override
    public void encode(MessageWriter w) {
        int msg = w.beginMessage(Rtnl.RTM_DELLINK, 0);
        IfInfoMsgEncoder.write(w, index, 0, 0);
        if (device != null) {
            w.putAttrString(IfLink.IFLA_IFNAME, device);
        } else if (group >= 0) {
            w.putAttrU32(IfLink.IFLA_GROUP, (int) group);
        }
        w.endMessage(msg);
    }

    /**
     * Names this request in errors, e.g. {@code "RTM_DELLINK veth-red"}.
     *
     * @return {@code "RTM_DELLINK "} and the device name, {@code ifindex N} or {@code group N}
     */
    @Override
    public String describe() {
        return Rtnl.typeName(Rtnl.RTM_DELLINK) + " " + target();
    }

    private String target() {
        if (device != null) {
            return device;
        }
        return index != 0 ? "ifindex " + index : "group " + group;
    }
}
