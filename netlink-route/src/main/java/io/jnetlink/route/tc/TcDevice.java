package io.jnetlink.route.tc;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.route.Links;

/** A device given by name or index, resolved on the connection's namespace through {@link Links#get(String, NetlinkConnection)} (as {@code tc … dev NAME} does). */
final class TcDevice {
    private final String name;
    private final int index;

    private TcDevice(String name, int index) {
        this.name = name;
        this.index = index;
    }

    static TcDevice named(String name) {
        return new TcDevice(InterfaceNames.check(name, "dev"), 0);
    }

    static TcDevice indexed(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("dev index must be positive: " + index);
        }
        return new TcDevice(null, index);
    }

    int resolve(NetlinkConnection connection) {
        if (name == null) {
            return index;
        }
        return Links.get(name, connection).orElseThrow(() -> NetlinkException.kernel("no such device \"" + name + "\"",
                Errno.ENODEV, null, -1, 0)).index();
    }

    @Override
    public String toString() {
        return "dev " + (name != null ? name : Integer.toString(index));
    }
}
