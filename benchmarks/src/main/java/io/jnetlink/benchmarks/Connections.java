package io.jnetlink.benchmarks;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.Netlink;

/**
 * The netlink connections a workload runs on, opened on first use in one namespace: the calling
 * thread's for the timed run, or a warm-up namespace. Closing closes what was opened.
 */
final class Connections implements AutoCloseable {
    private final NetNamespace namespace;
    private NetlinkConnection route;
    private NetlinkConnection netfilter;
    private NetlinkConnection diag;

    private Connections(NetNamespace namespace) {
        this.namespace = namespace;
    }

    /** Connections in the namespace of the calling thread. */
    static Connections here() {
        return new Connections(null);
    }

    /** Connections in {@code namespace} (their sockets are made on its thread). */
    static Connections in(NetNamespace namespace) {
        return new Connections(namespace);
    }

    /** NETLINK_ROUTE. */
    NetlinkConnection route() {
        if (route == null) {
            route = open(Netlink.NETLINK_ROUTE);
        }
        return route;
    }

    /** NETLINK_NETFILTER. */
    NetlinkConnection netfilter() {
        if (netfilter == null) {
            netfilter = open(Netlink.NETLINK_NETFILTER);
        }
        return netfilter;
    }

    /** NETLINK_SOCK_DIAG. */
    NetlinkConnection diag() {
        if (diag == null) {
            diag = open(Netlink.NETLINK_SOCK_DIAG);
        }
        return diag;
    }

    /** Runs {@code work} inside the namespace (for sockets and processes that must be born there). */
    <T> T inside(java.util.concurrent.Callable<T> work) throws Exception {
        return namespace == null ? work.call() : namespace.call(work);
    }

    /** Starts {@code builder}'s process inside the namespace. */
    Process start(ProcessBuilder builder) throws java.io.IOException {
        return namespace == null ? builder.start() : namespace.start(builder);
    }

    private NetlinkConnection open(int protocol) {
        return namespace == null ? NetlinkConnection.open(protocol) : NetlinkConnection.open(protocol, namespace);
    }

    @Override
    public void close() {
        if (route != null) {
            route.close();
        }
        if (netfilter != null) {
            netfilter.close();
        }
        if (diag != null) {
            diag.close();
        }
    }
}
