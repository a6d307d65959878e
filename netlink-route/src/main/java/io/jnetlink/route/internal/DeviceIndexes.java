package io.jnetlink.route.internal;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.route.wire.IfInfoMsg;
import io.jnetlink.route.wire.IfInfoMsgEncoder;
import io.jnetlink.route.wire.IfLink;

/**
 * Interface name to index, in the connection's namespace, for every rtnetlink family: one
 * {@code RTM_GETLINK} by {@code IFLA_IFNAME}, as {@code ip}/{@code bridge} do for {@code dev NAME}.
 * The one look-up of the module (the root package's {@code LinkIndexes} calls it); public only
 * so the family subpackages reach it, in a package that is not exported.
 */
public final class DeviceIndexes {
    private DeviceIndexes() {
    }

    /**
     * The index of {@code name}.
     *
     * @param connection a {@code NETLINK_ROUTE} connection of the namespace to look in
     * @param name the interface name
     * @return its index
     * @throws NetlinkException ENODEV, naming the device, when there is no such link
     */
    public static int index(NetlinkConnection connection, String name) {
        InterfaceNames.check(name, "device name");
        int[] index = {0};
        try {
            connection.request(Rtnl.typeName(Rtnl.RTM_GETLINK) + " " + name, w -> {
                int msg = w.beginMessage(Rtnl.RTM_GETLINK, 0);
                IfInfoMsgEncoder.writeEmpty(w);
                w.putAttrString(IfLink.IFLA_IFNAME, name);
                w.putAttrU32(IfLink.IFLA_EXT_MASK, IfLink.RTEXT_FILTER_SKIP_STATS);
                w.endMessage(msg);
            }, reply -> {
                if (reply.type() == Rtnl.RTM_NEWLINK) {
                    index[0] = reply.payloadU32(IfInfoMsg.INDEX_OFFSET);
                }
                return true;
            });
        } catch (NetlinkException e) {
            if (e.errno() == Errno.ENODEV) {
                throw NetlinkException.kernel("no such device \"" + name + "\"", Errno.ENODEV,
                        e.kernelMessage().orElse(null), -1, e.sequence());
            }
            throw e;
        }
        if (index[0] <= 0) {
            throw NetlinkException.kernel("no such device \"" + name + "\"", Errno.ENODEV, null, -1, 0);
        }
        return index[0];
    }
}
