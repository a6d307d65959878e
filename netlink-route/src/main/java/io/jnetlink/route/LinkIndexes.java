package io.jnetlink.route;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.route.internal.DeviceIndexes;

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
        return DeviceIndexes.index(connection, name);
    }
}
