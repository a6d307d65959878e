package io.jnetlink.route;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.route.wire.IfInfoMsg;
import io.jnetlink.route.wire.IfInfoMsgEncoder;
import io.jnetlink.route.wire.IfLink;

/**
 * Resolves interface names to indexes in the connection's namespace with one
 * {@code RTM_GETLINK} by {@code IFLA_IFNAME} (the way {@code ip} does for {@code dev NAME}).
 */
final class LinkIndexes {
    private LinkIndexes() {
    }

    /**
     * The index of {@code name}.
     *
     * @throws NetlinkException ENODEV, naming the device, when there is no such link
     */
    static int resolve(NetlinkConnection connection, String name) {
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
