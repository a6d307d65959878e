package io.jnetlink.route.internal;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.route.wire.BrIfInfoMsg;

/**
 * Interface name to index, in the connection's namespace, for the bridge, nexthop and link-kind
 * families: one {@code RTM_GETLINK} by {@code IFLA_IFNAME}, as {@code ip}/{@code bridge} do for
 * {@code dev NAME}. (The root package has its own, package-private; this one is for the
 * subpackages and must stay out of the exported API.)
 */
public final class BridgeDevices {
    /** {@code RTEXT_FILTER_SKIP_STATS}: the look-up needs no counters. */
    private static final int RTEXT_FILTER_SKIP_STATS = 1 << 3;

    private BridgeDevices() {
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
            connection.request("RTM_GETLINK " + name, w -> {
                int msg = w.beginMessage(BrIfInfoMsg.RTM_GETLINK, 0);
                w.reserve(BrIfInfoMsg.LENGTH);
                w.putAttrString(BrIfInfoMsg.IFLA_IFNAME, name);
                w.putAttrU32(BrIfInfoMsg.IFLA_EXT_MASK, RTEXT_FILTER_SKIP_STATS);
                w.endMessage(msg);
            }, reply -> {
                if (reply.type() == BrIfInfoMsg.RTM_NEWLINK) {
                    index[0] = reply.payloadU32(BrIfInfoMsg.INDEX_OFFSET);
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
