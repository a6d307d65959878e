package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;

import java.lang.reflect.Field;

/**
 * The file descriptor a {@link NetNamespace} holds open on its namespace, for
 * {@code IFLA_NET_NS_FD} ({@code ip link set DEV netns NAME} opens {@code /run/netns/NAME} and
 * sends that fd). netlink-core has no public accessor yet, so this reads the handle's private
 * {@code fd} field; it is the only place that does, to be replaced by {@code NetNamespace.fd()}.
 * The fd is valid in the whole process, so the kernel resolves it whichever thread sends.
 */
final class LinkNamespaceFd {
    private static final Field FD;

    static {
        try {
            FD = NetNamespace.class.getDeclaredField("fd");
            FD.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExceptionInInitializerError("cannot reach NetNamespace.fd: " + e);
        }
    }

    private LinkNamespaceFd() {
    }

    /**
     * The open fd of {@code namespace}.
     *
     * @throws IllegalStateException if the handle is closed (its fd would be stale)
     */
    static int of(NetNamespace namespace) {
        if (!namespace.isOpen()) {
            throw new IllegalStateException(namespace + " is closed");
        }
        try {
            return FD.getInt(namespace);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read NetNamespace.fd", e);
        }
    }
}
