package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventQueue;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.SyncSignal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static io.jnetlink.route.LinkIpTool.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typed events for every rtnetlink group, from changes made with ip and with the library. */
@Timeout(90)
class RouteEventsIT {
    private NetNamespace ns;

    @BeforeEach
    void namespace() {
        ns = NetNamespace.create();
    }

    @AfterEach
    void close() {
        ns.close();
    }

    private static Predicate<RtnetlinkEvent> link(ChangeType type, String name) {
        return e -> e instanceof LinkEvent l && l.type() == type && l.link().name().equals(name);
    }

    private static Predicate<RtnetlinkEvent> linkUp(String name) {
        return e -> e instanceof LinkEvent l && l.type() == ChangeType.CHANGED && l.link().name().equals(name)
                && l.link().isUp();
    }

    private static Predicate<RtnetlinkEvent> address(ChangeType type, String text) {
        return e -> e instanceof AddressEvent a && a.type() == type && a.address().toString().equals(text);
    }

    private static Predicate<RtnetlinkEvent> route(ChangeType type, String prefix, String gateway) {
        return e -> e instanceof RouteEvent r && r.type() == type && r.route().prefix().equals(io.jnetlink.core.net.IpPrefix.parse(prefix, "prefix"))
                && r.route().gateway().map(g -> g.equals(inet(gateway))).orElse(false);
    }

    private static Predicate<RtnetlinkEvent> neighbor(ChangeType type, String address, String mac) {
        return e -> e instanceof NeighborEvent n && n.type() == type && n.neighbor().address().equals(inet(address))
                && (type == ChangeType.DELETED || n.neighbor().macAddress().equals(mac));
    }

    private static Predicate<RtnetlinkEvent> rule(ChangeType type, long priority, long table) {
        return e -> e instanceof RuleEvent r && r.type() == type && r.rule().priority() == priority
                && r.rule().table() == table;
    }

    private static InetAddress inet(String s) {
        try {
            return InetAddress.getByName(s); // literals only in these tests
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldListExistingLinksThenDeliverLinkChangesFromIpAndLibraryInOrder() throws Exception {
        EventRecorder rec = new EventRecorder(EnumSet.of(RouteEventGroup.LINK));
        try (EventSubscription sub = RouteEvents.subscribe().in(ns).groups(RouteEventGroup.LINK).onError(rec::fail).start(rec)) {
            int listed = rec.awaitSync(SyncSignal.LISTED);
            assertTrue(rec.events().subList(0, listed).stream().anyMatch(link(ChangeType.NEW, "lo")),
                    "lo is listed before LISTED: " + rec.events());
            ip(ns, "link", "add", "br-ip", "type", "bridge");
            Links.create().bridge("br-lib").in(ns).apply();
            ip(ns, "link", "set", "br-ip", "up");
            Links.set("br-lib").mtu(1400).in(ns).apply();
            ip(ns, "link", "del", "br-ip");
            Links.delete("br-lib").in(ns).apply();
            rec.await(listed, link(ChangeType.DELETED, "br-lib"), 10_000, "DELETED br-lib");
            List<RtnetlinkEvent> live = rec.events().subList(listed + 1, rec.events().size());
            EventRecorder.assertInOrder(live, List.of(link(ChangeType.NEW, "br-ip"), link(ChangeType.NEW, "br-lib"),
                            linkUp("br-ip"),
                            e -> e instanceof LinkEvent l && l.link().name().equals("br-lib") && l.link().mtu() == 1400,
                            link(ChangeType.DELETED, "br-ip"), link(ChangeType.DELETED, "br-lib")),
                    List.of("NEW br-ip", "NEW br-lib", "CHANGED br-ip up", "CHANGED br-lib mtu 1400",
                            "DELETED br-ip", "DELETED br-lib"));
            assertEquals(List.of(), rec.violations());
            assertTrue(sub.isOpen());
        }
    }

    @Test
    void shouldDeliverAddressRouteNeighborAndRuleEventsForBothFamilies() throws Exception {
        // IPv6 addresses still in duplicate address detection are dumped but notified only when it
        // ends (a second or two): switch it off so that the final comparison need not wait
        ns.sysctl("net.ipv6.conf.default.accept_dad", "0");
        ns.sysctl("net.ipv6.conf.all.accept_dad", "0");
        EventRecorder rec = new EventRecorder();
        try (EventSubscription sub = RouteEvents.subscribe().in(ns).onError(rec::fail).start(rec)) {
            int listed = rec.awaitSync(SyncSignal.LISTED);
            // the default rules exist from the start: listed as NEW (pref 32766 lookup main = table 254)
            assertTrue(rec.events().subList(0, listed).stream().anyMatch(rule(ChangeType.NEW, 32766, 254)),
                    "default rule listed: " + rec.events());
            ip(ns, "link", "add", "va", "type", "veth", "peer", "name", "vb");
            ip(ns, "link", "set", "va", "up");
            ip(ns, "link", "set", "vb", "up");
            // IPv6 holds an address's notification back until the link has carrier: wait for
            // LOWER_UP so that the IPv6 address is notified in the order it is added
            long carrierDeadline = System.nanoTime() + 5_000_000_000L;
            while (!Links.get("va", ns).orElseThrow().flags().isLowerUp() && System.nanoTime() < carrierDeadline) {
                Thread.sleep(10);
            }
            assertTrue(Links.get("va", ns).orElseThrow().flags().isLowerUp(), "va has carrier");
            ip(ns, "addr", "add", "10.1.0.1/24", "dev", "va");
            ip(ns, "-6", "addr", "add", "2001:db8::1/64", "dev", "va", "nodad");
            Addresses.add("10.1.0.9/24").dev("va").in(ns).apply();
            ip(ns, "route", "add", "10.2.0.0/24", "via", "10.1.0.2");
            ip(ns, "-6", "route", "add", "2001:db8:1::/64", "via", "2001:db8::2");
            Routes.add("10.3.0.0/24").via("10.1.0.2").in(ns).apply();
            ip(ns, "neigh", "add", "10.1.0.2", "lladdr", "02:00:00:00:00:02", "dev", "va");
            ip(ns, "-6", "neigh", "add", "2001:db8::2", "lladdr", "02:00:00:00:00:06", "dev", "va");
            ip(ns, "rule", "add", "from", "10.9.0.0/16", "table", "100", "pref", "100");
            ip(ns, "-6", "rule", "add", "from", "2001:db8:9::/48", "table", "106", "pref", "106");
            Rules.add().from("10.8.0.0/16").table(108).priority(108).in(ns).apply();
            ip(ns, "route", "del", "10.2.0.0/24");
            Routes.delete("10.3.0.0/24").in(ns).apply();
            ip(ns, "neigh", "del", "10.1.0.2", "dev", "va");
            ip(ns, "rule", "del", "pref", "100");
            Rules.delete().priority(108).in(ns).apply();
            ip(ns, "addr", "del", "10.1.0.9/24", "dev", "va");
            ip(ns, "-6", "addr", "del", "2001:db8::1/64", "dev", "va");
            rec.await(listed, address(ChangeType.DELETED, "2001:db8::1/64"), 10_000, "DELETED 2001:db8::1/64");
            List<RtnetlinkEvent> live = rec.events().subList(listed + 1, rec.events().size());
            // What the kernel promises: a request's notifications are sent while it is processed, so
            // those of the requests below arrive in request order -- all but the IPv6 address's NEW,
            // which addrconf sends later from its DAD work item (a workqueue, even with nodad), so it
            // may follow the next requests' events. For it only NEW before DELETED is promised.
            EventRecorder.assertInOrder(live, List.of(address(ChangeType.NEW, "2001:db8::1/64"),
                    address(ChangeType.DELETED, "2001:db8::1/64")),
                    List.of("NEW addr 2001:db8::1/64", "DELETED addr 2001:db8::1/64"));
            EventRecorder.assertInOrder(live, List.of(
                    link(ChangeType.NEW, "va"),
                    address(ChangeType.NEW, "10.1.0.1/24"),
                    address(ChangeType.NEW, "10.1.0.9/24"),
                    route(ChangeType.NEW, "10.2.0.0/24", "10.1.0.2"),
                    route(ChangeType.NEW, "2001:db8:1::/64", "2001:db8::2"),
                    route(ChangeType.NEW, "10.3.0.0/24", "10.1.0.2"),
                    neighbor(ChangeType.NEW, "10.1.0.2", "02:00:00:00:00:02"),
                    neighbor(ChangeType.NEW, "2001:db8::2", "02:00:00:00:00:06"),
                    rule(ChangeType.NEW, 100, 100),
                    rule(ChangeType.NEW, 106, 106),
                    rule(ChangeType.NEW, 108, 108),
                    route(ChangeType.DELETED, "10.2.0.0/24", "10.1.0.2"),
                    route(ChangeType.DELETED, "10.3.0.0/24", "10.1.0.2"),
                    neighbor(ChangeType.DELETED, "10.1.0.2", null),
                    rule(ChangeType.DELETED, 100, 100),
                    rule(ChangeType.DELETED, 108, 108),
                    address(ChangeType.DELETED, "10.1.0.9/24"),
                    address(ChangeType.DELETED, "2001:db8::1/64")),
                    List.of("NEW link va", "NEW addr 10.1.0.1/24", "NEW addr 10.1.0.9/24",
                            "NEW route 10.2.0.0/24", "NEW route 2001:db8:1::/64", "NEW route 10.3.0.0/24",
                            "NEW neigh 10.1.0.2", "NEW neigh 2001:db8::2", "NEW rule 100", "NEW rule 106",
                            "NEW rule 108", "DELETED route 10.2.0.0/24", "DELETED route 10.3.0.0/24",
                            "DELETED neigh 10.1.0.2", "DELETED rule 100", "DELETED rule 108",
                            "DELETED addr 10.1.0.9/24", "DELETED addr 2001:db8::1/64"));
            assertEquals(List.of(), rec.violations());
            rec.awaitQuiet(300, 10_000);
            Set<RouteEventGroup> all = EnumSet.allOf(RouteEventGroup.class);
            EventRecorder.assertSameState(rec.freshDump(ns, all), rec.state(), "kernel and events");
            assertTrue(sub.isOpen());
        }
    }

    @Test
    void shouldReportNsidAssignedAndRemoved() throws Exception {
        String peerName = "evt-peer-" + ProcessHandle.current().pid();
        EventRecorder rec = new EventRecorder(EnumSet.of(RouteEventGroup.NSID));
        try (EventSubscription sub = RouteEvents.subscribe().in(ns).groups(RouteEventGroup.NSID).onError(rec::fail).start(rec)) {
            rec.awaitSync(SyncSignal.LISTED);
            NetNamespace peer = NetNamespace.create(peerName);
            try {
                ip(ns, "netns", "set", peerName, "7");
                rec.await(e -> e instanceof NsIdEvent n && n.type() == ChangeType.NEW && n.nsid() == 7, "NEW nsid 7");
            } finally {
                peer.delete();
                peer.close();
            }
            // the id goes when the peer namespace is destroyed (asynchronously, in the kernel's cleanup work)
            rec.await(e -> e instanceof NsIdEvent n && n.type() == ChangeType.DELETED && n.nsid() == 7, "DELETED nsid 7");
            assertEquals(List.of(), rec.violations());
        }
    }

    @Test
    void shouldHandEventsToTheExecutorInOrderOffTheReceiveThread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> threads = new ArrayList<>();
        EventRecorder rec = new EventRecorder(EnumSet.of(RouteEventGroup.LINK));
        try (EventSubscription sub = RouteEvents.subscribe().in(ns).groups(RouteEventGroup.LINK).executor(pool)
                .start(e -> {
                    synchronized (threads) {
                        threads.add(Thread.currentThread().getName());
                    }
                    rec.accept(e);
                })) {
            int listed = rec.awaitSync(SyncSignal.LISTED);
            for (int i = 0; i < 20; i++) {
                Links.create().bridge("bx" + i).in(ns).apply();
            }
            rec.await(listed, link(ChangeType.NEW, "bx19"), 10_000, "NEW bx19");
            List<Predicate<RtnetlinkEvent>> expected = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                expected.add(link(ChangeType.NEW, "bx" + i));
                names.add("NEW bx" + i);
            }
            EventRecorder.assertInOrder(rec.events(), expected, names);
            assertEquals(List.of(), rec.violations());
            synchronized (threads) {
                assertTrue(threads.stream().noneMatch(t -> t.startsWith("jnetlink-route-events") || t.equals("jnetlink-events")),
                        threads.toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldIterateEventsFromTheQueue() throws Exception {
        try (EventQueue<RtnetlinkEvent> queue = RouteEvents.subscribe().in(ns).groups(RouteEventGroup.LINK).queue(1024)) {
            RtnetlinkEvent e;
            do {
                e = queue.poll(Duration.ofSeconds(10));
                assertNotNull(e, "LISTED within 10 s");
            } while (!(e instanceof EventSync s && s.signal() == SyncSignal.LISTED));
            ip(ns, "link", "add", "bq", "type", "bridge");
            RtnetlinkEvent next = queue.poll(Duration.ofSeconds(10));
            assertTrue(link(ChangeType.NEW, "bq").test(next), String.valueOf(next));
            queue.close();
            int after = 0;
            for (RtnetlinkEvent ignored : queue) {
                after++; // what was queued before close may still be taken; then the iterator ends
            }
            assertTrue(after < 100, "the iterator ends after close: " + after);
        }
    }

    @Test
    void shouldHandReusedViewsToTheViewHandler() throws Exception {
        List<String> seen = new ArrayList<>();
        AtomicReference<LinkView> firstView = new AtomicReference<>();
        AtomicReference<Boolean> sameView = new AtomicReference<>(true);
        try (EventSubscription sub = RouteEvents.subscribe().in(ns)
                .groups(RouteEventGroup.LINK, RouteEventGroup.IPV4_ADDRESS)
                .startViews(new RouteEventViewHandler() {
                    @Override
                    public void onLink(boolean deleted, LinkView link) {
                        if (!firstView.compareAndSet(null, link) && firstView.get() != link) {
                            sameView.set(false);
                        }
                        synchronized (seen) {
                            seen.add((deleted ? "del " : "new ") + link.name());
                            seen.notifyAll();
                        }
                    }

                    @Override
                    public void onAddress(boolean deleted, AddressView address) {
                        synchronized (seen) {
                            seen.add((deleted ? "deladdr " : "addr ") + address.toAddress());
                            seen.notifyAll();
                        }
                    }
                })) {
            Thread.sleep(100);
            ip(ns, "link", "add", "bv", "type", "bridge");
            ip(ns, "addr", "add", "10.4.0.1/24", "dev", "bv");
            ip(ns, "link", "del", "bv");
            long deadline = System.currentTimeMillis() + 10_000;
            synchronized (seen) {
                while (!seen.contains("del bv") && System.currentTimeMillis() < deadline) {
                    seen.wait(200);
                }
                assertTrue(seen.contains("new bv"), seen.toString());
                assertTrue(seen.contains("addr 10.4.0.1/24"), seen.toString());
                assertTrue(seen.contains("del bv"), seen.toString());
                assertTrue(seen.indexOf("new bv") < seen.indexOf("addr 10.4.0.1/24"), seen.toString());
            }
            assertTrue(sameView.get(), "one reused LinkView for every link notification");
            assertNotEquals(null, firstView.get());
        }
    }
}
