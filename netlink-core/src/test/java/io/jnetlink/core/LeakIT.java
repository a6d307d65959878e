package io.jnetlink.core;

import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.Test;

import static io.jnetlink.core.ItSupport.liveThreads;
import static io.jnetlink.core.ItSupport.openFds;
import static io.jnetlink.core.ItSupport.threadNamespace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No fd or thread survives its handle: 1,000 cycles each, counted in /proc/self/fd and /proc/self/task. */
class LeakIT {
    private static final int CYCLES = 1_000;
    /** JVM housekeeping (a GC or JIT thread, a lazily opened jar) may add a couple; a leak would add 1,000. */
    private static final int SLACK = 3;

    @Test
    void shouldLeakNothingOverNamespaceCreateCloseCycles() throws Exception {
        String home = threadNamespace();
        cycleNamespaces(20); // warm up class loading and JIT
        int fds = openFds();
        int threads = liveThreads();
        cycleNamespaces(CYCLES);
        assertTrue(openFds() <= fds + SLACK, "fds " + fds + " -> " + openFds());
        assertTrue(liveThreads() <= threads + SLACK, "threads " + threads + " -> " + liveThreads());
        assertEquals(home, threadNamespace());
    }

    @Test
    void shouldLeakNothingOverConnectionOpenCloseCycles() throws Exception {
        try (NetNamespace ns = NetNamespace.create()) {
            cycleConnections(ns, 20);
            int fds = openFds();
            int threads = liveThreads();
            cycleConnections(ns, CYCLES);
            assertTrue(openFds() <= fds + SLACK, "fds " + fds + " -> " + openFds());
            assertTrue(liveThreads() <= threads + SLACK, "threads " + threads + " -> " + liveThreads());
        }
    }

    private static void cycleNamespaces(int n) throws Exception {
        for (int i = 0; i < n; i++) {
            NetNamespace ns = NetNamespace.create();
            if (i % 100 == 0) {
                assertTrue(ns.call(() -> 42) == 42);
            }
            ns.close();
        }
    }

    private static void cycleConnections(NetNamespace ns, int n) {
        for (int i = 0; i < n; i++) {
            NetlinkConnection here = NetlinkConnection.open(Netlink.NETLINK_ROUTE);
            here.close();
            NetlinkConnection there = NetlinkConnection.open(Netlink.NETLINK_ROUTE, ns);
            there.close();
            assertTrue(!there.isOpen());
        }
    }
}
