package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventLoop;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.SyncSignal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** List-then-follow under concurrent changes, forced overruns, and closing idle or flooded subscriptions. */
@Timeout(120)
class RouteEventsResyncIT {
    private static final Set<RouteEventGroup> LINKS_ADDRS_ROUTES =
            EnumSet.of(RouteEventGroup.LINK, RouteEventGroup.IPV4_ADDRESS, RouteEventGroup.IPV4_ROUTE);
    private NetNamespace ns;

    @BeforeEach
    void namespace() {
        ns = NetNamespace.create();
    }

    @AfterEach
    void close() {
        ns.close();
    }

    /** Runs {@code ip -force -batch} with these lines in the namespace, waiting for it. */
    private void batch(List<String> lines) throws IOException, InterruptedException {
        Process p = startBatch(lines);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ip -batch finished");
        assertEquals(0, p.exitValue(), out);
    }

    private Process startBatch(List<String> lines) throws IOException {
        Path file = Files.createTempFile("events-batch", ".ip");
        Files.write(file, lines);
        file.toFile().deleteOnExit();
        return ns.start(new ProcessBuilder("ip", "-force", "-batch", file.toString()).redirectErrorStream(true));
    }

    private static List<String> vethPairs(String prefix, int from, int to) {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            lines.add("link add " + prefix + i + " type veth peer name " + prefix + "p" + i);
        }
        return lines;
    }

    @Test
    void shouldConvergeToAFreshDumpWhenListingDuringConcurrentChanges() throws Exception {
        batch(vethPairs("pre", 0, 40));
        List<String> churn = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            churn.add("link add c" + i + " type veth peer name cp" + i);
            churn.add("link set c" + i + " up");
            churn.add("addr add 10.50." + (i / 200) + "." + (i % 200 + 1) + "/16 dev c" + i);
            if (i % 3 == 0 && i < 120) {
                churn.add("link del pre" + (i / 3 % 40));
            }
            if (i % 5 == 0 && i > 0) {
                churn.add("link del c" + (i - 1));
            }
        }
        EventRecorder rec = new EventRecorder(LINKS_ADDRS_ROUTES);
        Process changes = startBatch(churn);
        Thread.sleep(30);
        try (EventSubscription sub = RouteEvents.subscribe().in(ns)
                .groups(LINKS_ADDRS_ROUTES.toArray(RouteEventGroup[]::new)).onError(rec::fail).start(rec)) {
            changes.getInputStream().readAllBytes();
            assertTrue(changes.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, changes.exitValue());
            rec.awaitSync(SyncSignal.LISTED);
            rec.awaitQuiet(500, 30_000);
            assertEquals(List.of(), rec.violations(), "no NEW of a known object, no change of an unknown one");
            EventRecorder.assertSameState(rec.freshDump(ns, LINKS_ADDRS_ROUTES), rec.state(), "fresh dump and events");
            assertTrue(rec.state().size() > 150, "the state is not trivially empty: " + rec.state().size());
            assertTrue(sub.isOpen());
        }
    }

    @Test
    void shouldReportOverrunResyncAndKeepWorkingWithATinyReceiveBuffer() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean hold = new AtomicBoolean();
        EventRecorder rec = new EventRecorder(LINKS_ADDRS_ROUTES);
        try (EventSubscription sub = RouteEvents.subscribe().in(ns)
                .groups(LINKS_ADDRS_ROUTES.toArray(RouteEventGroup[]::new)).receiveBufferSize(RouteEvents.MIN_RECEIVE_BUFFER).onError(rec::fail)
                .start(e -> {
                    rec.accept(e);
                    if (e instanceof LinkEvent l && l.link().name().equals("first") && hold.compareAndSet(true, false)) {
                        try {
                            release.await(); // a slow subscriber: the receive thread stops reading
                        } catch (InterruptedException ex) {
                            Thread.currentThread().interrupt();
                        }
                    }
                })) {
            assertTrue(sub.receiveBufferSize() <= 2 * RouteEvents.MIN_RECEIVE_BUFFER, "small buffer: " + sub.receiveBufferSize());
            int listed = rec.awaitSync(SyncSignal.LISTED);
            hold.set(true);
            LinkIpTool.ip(ns, "link", "add", "first", "type", "bridge");
            rec.await(listed, e -> e instanceof LinkEvent l && l.link().name().equals("first"), 10_000, "NEW first");
            List<String> flood = vethPairs("f", 0, 1000);
            for (int i = 0; i < 300; i++) {
                flood.add("link del f" + i);
            }
            batch(flood);                // 1,000 pairs made and 300 deleted while nobody reads
            release.countDown();
            int overrun = rec.awaitSync(SyncSignal.OVERRUN);
            int resynced = rec.await(overrun, e -> e instanceof EventSync s && s.signal() == SyncSignal.RESYNCED,
                    60_000, "RESYNCED");
            assertTrue(overrun > listed && resynced > overrun);
            rec.awaitQuiet(500, 30_000);
            assertEquals(List.of(), rec.violations());
            EventRecorder.assertSameState(rec.freshDump(ns, LINKS_ADDRS_ROUTES), rec.state(), "after the resync, kernel and events");
            assertEquals(1 + 1 + 1400, rec.state().keySet().stream().filter(k -> k.toString().startsWith("LinkKey")).count(),
                    "lo, first and 700 veth pairs");
            // and the subscription goes on
            int before = rec.events().size();
            LinkIpTool.ip(ns, "link", "add", "after", "type", "bridge");
            rec.await(before, e -> e instanceof LinkEvent l && l.type() == ChangeType.NEW
                    && l.link().name().equals("after"), 10_000, "NEW after");
            assertTrue(sub.isOpen());
            assertTrue(sub.failure().isEmpty());
        } finally {
            release.countDown();
        }
    }

    @Test
    void shouldCloseIdleAndFloodedSubscriptionsPromptlyLeavingNoFdOrThread() throws Exception {
        int fdsBefore = openFds();
        // idle: blocked in receive
        EventRecorder idleRec = new EventRecorder(EnumSet.of(RouteEventGroup.LINK));
        EventSubscription idle = RouteEvents.subscribe().in(ns).groups(RouteEventGroup.LINK).start(idleRec);
        idleRec.awaitSync(SyncSignal.LISTED);
        int loopSubscriptions = EventLoop.shared().subscriptions();
        assertEquals(1, eventThreads(), "one event loop thread, no thread per subscription");
        Thread.sleep(300);
        long t0 = System.nanoTime();
        idle.close();
        long idleMillis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(idleMillis < 1000, "idle close took " + idleMillis + " ms");
        assertFalse(idle.isOpen());
        assertTrue(idle.awaitTermination(1, TimeUnit.SECONDS));

        // flooded: a slow consumer while thousands of notifications pour in
        AtomicInteger delivered = new AtomicInteger();
        EventSubscription flooded = RouteEvents.subscribe().in(ns).groups(RouteEventGroup.LINK).start(e -> {
            delivered.incrementAndGet();
            try {
                Thread.sleep(1);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        Process flood = startBatch(vethPairs("x", 0, 600));
        long wait = System.currentTimeMillis() + 10_000;
        while (delivered.get() < 50 && System.currentTimeMillis() < wait) {
            Thread.sleep(10);
        }
        assertTrue(delivered.get() >= 50, "flooding: " + delivered.get());
        t0 = System.nanoTime();
        flooded.close();
        long floodedMillis = (System.nanoTime() - t0) / 1_000_000;
        int atClose = delivered.get();
        assertTrue(floodedMillis < 1000, "flooded close took " + floodedMillis + " ms");
        Thread.sleep(300);
        assertEquals(atClose, delivered.get(), "nothing is delivered after close returns");
        flood.getInputStream().readAllBytes();
        assertTrue(flood.waitFor(60, TimeUnit.SECONDS));

        assertEquals(1, eventThreads(), "the one event loop thread, nothing per subscription");
        assertEquals(loopSubscriptions - 1, EventLoop.shared().subscriptions(), "both subscriptions left the loop");
        assertEquals(fdsBefore, openFds(), "no fd left");
    }

    @Test
    void shouldRunTheReceiveThreadInTheProcessNamespaceWhenStartedFromANamespaceThread() throws Exception {
        AtomicReference<String> threadNs = new AtomicReference<>();
        CountDownLatch got = new CountDownLatch(1);
        try (EventSubscription sub = ns.run(() -> RouteEvents.subscribe().in(ns).groups(RouteEventGroup.LINK)
                .start(e -> {
                    try {
                        threadNs.compareAndSet(null, Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString());
                    } catch (IOException ex) {
                        threadNs.compareAndSet(null, ex.toString());
                    }
                    got.countDown();
                }))) {
            assertTrue(got.await(10, TimeUnit.SECONDS));
            String process = Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString();
            String target = ns.run(() -> {
                try {
                    return Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
                } catch (IOException ex) {
                    throw new IllegalStateException(ex);
                }
            });
            assertEquals(process, threadNs.get(), "handlers run in the process namespace");
            assertFalse(process.equals(target), "the followed namespace is another one");
        }
    }

    private static int openFds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return (int) s.count();
        }
    }

    private static long eventThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("jnetlink-") && t.getName().endsWith("events") && t.isAlive()).count();
    }
}
