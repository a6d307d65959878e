package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.SyncSignal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.jnetlink.route.RouteIpTool.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mixed operations — requests, failing requests, dumps, veth create/delete (1 in 100), namespaces
 * (1 in 50 named: mount, use, unmount; 1 in 20 anonymous: create, use, close) and event
 * subscriptions (1 in 20: opened, listing the links, closed) — with open fds, live threads and
 * retained heap (used heap after full GCs) measured after a warm-up and at the end. fds and
 * threads must be flat; retained heap may grow by {@link #HEAP_BASE_SLACK} plus
 * {@link #HEAP_PER_OPERATION} bytes per operation, so a leak of a few dozen bytes per operation fails.
 * 10,000 operations in {@code mvn verify}; {@code -Psoak} (or {@code -Djnetlink.leak.operations=N})
 * runs 100,000.
 */
class LeakOperationsIT {
    static final int OPERATIONS = Integer.getInteger("jnetlink.leak.operations", 10_000);
    static final int WARM_UP = 1_000;
    /** JVM housekeeping (a GC or JIT thread, a lazily opened jar) may add a couple of fds or threads. */
    static final int SLACK = 3;
    /** What the JIT, class metadata and a GC's timing keep regardless of how many operations ran. */
    static final long HEAP_BASE_SLACK = 256L << 10;
    /** Bytes of retained heap allowed per operation: 10,000 operations may keep 80 KiB more, a 40-byte leak keeps 400. */
    static final long HEAP_PER_OPERATION = 8;

    record Usage(int fds, int threads, long heap) {
        @Override
        public String toString() {
            return "fds=" + fds + " threads=" + threads + " retainedHeap=" + (heap >> 10) + "KiB";
        }
    }

    static Usage measure() throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return new Usage(count("/proc/self/fd"), count("/proc/self/task"),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    static int count(String dir) throws IOException {
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            return (int) s.count();
        }
    }

    /** Operation {@code i} of the mix. */
    static void operation(NetNamespace ns, int i) throws Exception {
        switch (i % 10) {
            case 0 -> Addresses.add("10.20." + ((i >> 8) & 255) + "." + (i & 255) + "/32").dev("v0").in(ns).apply();
            case 1 -> Addresses.delete("10.20." + (((i - 1) >> 8) & 255) + "." + ((i - 1) & 255) + "/32").dev("v0").in(ns)
                    .apply();
            case 2 -> assertEquals("v0", Links.get("v0", ns).orElseThrow().name());
            case 3 -> assertTrue(Links.list(ns).size() >= 3);
            case 4 -> Routes.list(ns);
            case 5 -> {
                if (i % 100 == 5) { // link deletion waits for RCU (~10 ms): 1 veth pair per 100 operations
                    Links.create().veth("l0").peer("l1").in(ns).apply();
                } else {
                    Links.set("v0").up().in(ns).apply();
                }
            }
            case 6 -> {
                if (i % 100 == 6) {
                    Links.delete("l0").in(ns).apply();
                } else {
                    assertTrue(Links.get("l9", ns).isEmpty());
                }
            }
            case 7 -> {
                if (i % 50 == 7) { // named: mount, use, unmount (~30 ms each)
                    NetNamespace named = NetNamespace.create("leak-" + ProcessHandle.current().pid() + "-" + i);
                    Links.list(named);
                    named.delete();
                } else if (i % 20 == 17) {
                    try (NetNamespace anonymous = NetNamespace.create()) {
                        assertEquals(1, Links.list(anonymous).size());
                    }
                } else {
                    Addresses.list(ns);
                }
            }
            case 8 -> {
                if (i % 20 == 8) { // a subscription: list then follow, opened and closed (its socket must go)
                    CountDownLatch listed = new CountDownLatch(1);
                    try (EventSubscription s = RouteEvents.subscribe().in(ns).groups(RouteEventGroup.LINK)
                            .start(e -> {
                                if (e instanceof EventSync sync && sync.signal() == SyncSignal.LISTED) {
                                    listed.countDown();
                                }
                            })) {
                        assertTrue(listed.await(5, TimeUnit.SECONDS), "subscription listed the links");
                    }
                } else {
                    Neighbors.list(ns);
                    Rules.list(ns);
                }
            }
            default -> assertThrows(NetlinkException.class, () -> Links.delete("nope0").in(ns).apply());
        }
    }

    @Test
    void fdsThreadsAndHeapStayFlat() throws Exception {
        try (NetNamespace ns = NetNamespace.create()) {
            ip(ns, "link", "set", "lo", "up");
            RouteIpTool.veth(ns, "v0", "p0");
            // one subscription follows the whole run: every l0 made and deleted must reach it
            AtomicInteger l0Made = new AtomicInteger();
            try (EventSubscription follower = RouteEvents.subscribe().in(ns).groups(RouteEventGroup.LINK).start(e -> {
                if (e instanceof LinkEvent l && l.type() == ChangeType.NEW && l.link().name().equals("l0")) {
                    l0Made.incrementAndGet();
                }
            })) {
                for (int i = 0; i < WARM_UP; i++) {
                    operation(ns, i);
                }
                Usage start = measure();
                int madeBefore = l0Made.get();
                long t0 = System.nanoTime();
                for (int i = 0; i < OPERATIONS; i++) {
                    operation(ns, i);
                }
                long millis = (System.nanoTime() - t0) / 1_000_000;
                Usage end = measure();
                long perOperation = (end.heap - start.heap) / OPERATIONS;
                System.out.printf("LeakOperationsIT: %d operations in %d ms; start %s; end %s; %d bytes/operation retained%n",
                        OPERATIONS, millis, start, end, perOperation);
                assertTrue(end.fds <= start.fds + SLACK, start + " -> " + end);
                assertTrue(end.threads <= start.threads + SLACK, start + " -> " + end);
                assertTrue(end.heap <= start.heap + HEAP_BASE_SLACK + HEAP_PER_OPERATION * OPERATIONS,
                        start + " -> " + end + ": " + perOperation + " bytes per operation");
                int expected = OPERATIONS / 100;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (l0Made.get() - madeBefore < expected && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertEquals(expected, l0Made.get() - madeBefore, "NEW l0 events seen by the long-lived subscription");
                assertTrue(follower.isOpen());
            }
        }
    }
}
