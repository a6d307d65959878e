package io.jnetlink.route.nexthop;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkBatch;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventQueue;
import io.jnetlink.core.event.SyncSignal;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.route.Links;
import io.jnetlink.route.Route;
import io.jnetlink.route.Routes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.jnetlink.route.testkit.Cli.objects;
import static io.jnetlink.route.testkit.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ip nexthop} and routes with {@code nhid}/{@code encap} against the kernel, {@code ip -j -d} as the oracle. */
class NexthopIT {
    private NetNamespace ns;

    @BeforeEach
    void setUp() {
        ns = NetNamespace.create("nhit-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36));
        run(ns, "ip", "link", "set", "lo", "up"); // blackhole nexthops live on lo
        run(ns, "ip", "link", "add", "v0", "type", "veth", "peer", "name", "v1");
        run(ns, "ip", "link", "set", "v0", "up");
        run(ns, "ip", "link", "set", "v1", "up");
        run(ns, "ip", "addr", "add", "10.0.0.5/24", "dev", "v0");
        run(ns, "ip", "addr", "add", "fd00::5/64", "dev", "v0", "nodad");
    }

    @AfterEach
    void tearDown() {
        ns.delete();
    }

    @Test
    void shouldMakeNexthopsAndGroupsThatIpShows() {
        Nexthops.add(1).via("10.0.0.1").dev("v0").in(ns).apply();
        Nexthops.add(2).blackhole().in(ns).apply();
        Nexthops.add(4).via("10.0.0.2").dev("v0").onLink().in(ns).apply();
        Nexthops.add(5).member(1, 1).member(4, 5).in(ns).apply();
        Nexthops.add(6).group(1, 4).resilient(8).idleTimer(60).unbalancedTimer(30).in(ns).apply();
        Nexthops.add(7).encap(Encap.seg6("fc00::1", "fc00::2")).via("10.0.0.1").dev("v0").in(ns).apply();
        Nexthops.add(9).via("fd00::1").dev("v0").in(ns).apply();
        assertSameAsIp();
        Map<String, Object> res = byId(6);
        assertEquals("resilient", res.get("type"));
        @SuppressWarnings("unchecked")
        Map<String, Object> args = (Map<String, Object>) res.get("resilient_args");
        assertEquals(8L, args.get("buckets"));
        assertEquals(60L, args.get("idle_timer"));
        assertEquals(30L, args.get("unbalanced_timer"));
        assertEquals("seg6", byId(7).get("encap"));
        assertEquals(List.of("fc00::1", "fc00::2"), byId(7).get("segs"));

        Nexthops.delete(7).in(ns).apply();
        assertTrue(Nexthops.get(7, ns).isEmpty());
        assertEquals(4, Nexthops.get(4, ns).orElseThrow().id());
    }

    @Test
    void shouldReadNexthopsIpMade() {
        run(ns, "ip", "nexthop", "add", "id", "11", "via", "10.0.0.7", "dev", "v0");
        run(ns, "ip", "nexthop", "add", "id", "12", "via", "10.0.0.8", "dev", "v0");
        run(ns, "ip", "nexthop", "add", "id", "13", "group", "11,3/12,7");
        run(ns, "ip", "nexthop", "add", "id", "14", "group", "11/12", "type", "resilient", "buckets", "16");
        run(ns, "ip", "nexthop", "add", "id", "15", "encap", "seg6", "mode", "encap", "segs", "fc00::7", "dev", "v0");
        assertSameAsIp();
        Nexthop group = Nexthops.get(13, ns).orElseThrow();
        assertEquals(List.of(new GroupMember(11, 3), new GroupMember(12, 7)), group.group());
        assertEquals(16, Nexthops.get(14, ns).orElseThrow().resilient().orElseThrow().buckets());
        assertEquals(Encap.seg6("fc00::7"), Nexthops.get(15, ns).orElseThrow().encap().orElseThrow());
    }

    @Test
    void shouldRouteThroughANexthopGroupAndASeg6Tunnel() {
        Nexthops.add(1).via("10.0.0.1").dev("v0").in(ns).apply();
        Nexthops.add(2).via("10.0.0.2").dev("v0").in(ns).apply();
        Nexthops.add(5).member(1, 1).member(2, 3).in(ns).apply();
        Nexthops.route("10.9.0.0/16").nhid(5).in(ns).apply();
        Nexthops.route("10.8.0.0/16").encap(Encap.seg6("fc00::9")).dev("v0").in(ns).apply();
        Map<String, Object> viaGroup = route("10.9.0.0/16");
        assertEquals(5L, viaGroup.get("nhid"));
        assertEquals(2, ((List<?>) viaGroup.get("nexthops")).size());
        Map<String, Object> tunnel = route("10.8.0.0/16");
        assertEquals("seg6", tunnel.get("encap"));
        assertEquals(List.of("fc00::9"), tunnel.get("segs"));
        Nexthops.route("10.6.0.0/16").via("fe80::1").dev("v0").in(ns).apply(); // RTA_VIA: IPv4 over an IPv6 gateway
        @SuppressWarnings("unchecked")
        Map<String, Object> via = (Map<String, Object>) route("10.6.0.0/16").get("via");
        assertEquals(Map.of("family", "inet6", "host", "fe80::1"), via);
        Nexthops.deleteRoute("10.9.0.0/16").in(ns).apply();
        assertTrue(objects(ns, "ip", "-j", "route", "show", "10.9.0.0/16").isEmpty());

        // this kernel has no MPLS lightweight tunnels: the request is refused with the kernel's reason
        NetlinkException mpls = assertThrows(NetlinkException.class,
                () -> Nexthops.route("10.7.0.0/16").encap(Encap.mpls(100, 200)).via("10.0.0.1").dev("v0").in(ns).apply());
        assertTrue(mpls.getMessage().contains("lwt encapsulation type not supported"), mpls.getMessage());
    }

    @Test
    void shouldReadRoutesThroughNexthopIdsTunnelsAndViasAsIpRouteShowsThem() {
        Nexthops.add(1).via("10.0.0.1").dev("v0").in(ns).apply();
        Routes.add("10.9.0.0/16").nhid(1).in(ns).apply(); // ip route add 10.9.0.0/16 nhid 1, by RouteRequest
        run(ns, "ip", "route", "add", "10.8.0.0/16", "encap", "seg6", "mode", "encap", "segs", "fc00::9", "dev", "v0");
        run(ns, "ip", "route", "add", "10.6.0.0/16", "via", "inet6", "fe80::1", "dev", "v0");
        List<Map<String, Object>> theirs = objects(ns, "ip", "-j", "-d", "route", "show");
        List<Route> mine = Routes.list(ns).stream().filter(r -> r.family() == IpAddresses.AF_INET).toList();
        assertEquals(theirs.size(), mine.size(), theirs + "\nvs\n" + mine);
        for (Map<String, Object> t : theirs) {
            String dst = (String) t.get("dst");
            Route m = mine.stream().filter(r -> (r.isDefault() ? "default" : r.prefix().toString()).equals(dst)
                    || IpAddresses.format(r.destination()).equals(dst)).findFirst()
                    .orElseThrow(() -> new AssertionError("no route " + dst + " in " + mine));
            assertEquals(t.containsKey("nhid") ? (Long) t.get("nhid") : 0L, m.nexthopId(), m.toString());
            assertEquals(t.get("encap"), m.encap().map(e -> e instanceof Seg6Encap ? "seg6" : "type " + e.type()).orElse(null));
            if (t.containsKey("segs")) {
                assertEquals(t.get("segs"), ((Seg6Encap) m.encap().orElseThrow()).segments().stream()
                        .map(IpAddresses::format).toList(), m.toString());
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> via = (Map<String, Object>) t.get("via");
            Object gateway = via != null ? via.get("host") : t.get("gateway");
            assertEquals(gateway, m.gateway().map(IpAddresses::format).orElse(null), m.toString());
        }
    }

    @Test
    void shouldDeliverNexthopEvents() throws Exception {
        Nexthops.add(1).via("10.0.0.1").dev("v0").in(ns).apply();
        try (EventQueue<NexthopEvent> q = NexthopEvents.subscribe().in(ns).queue(64)) {
            NexthopChangeEvent existing = assertInstanceOf(NexthopChangeEvent.class, next(q));
            assertEquals(ChangeType.NEW, existing.type());
            assertEquals(1, existing.nexthop().id());
            assertEquals(new NexthopEventSync(SyncSignal.LISTED), next(q));
            run(ns, "ip", "nexthop", "add", "id", "3", "blackhole");
            NexthopChangeEvent added = assertInstanceOf(NexthopChangeEvent.class, next(q));
            assertEquals(ChangeType.NEW, added.type());
            assertTrue(added.nexthop().blackhole());
            Nexthops.delete(3).in(ns).apply();
            NexthopChangeEvent gone = assertInstanceOf(NexthopChangeEvent.class, next(q));
            assertEquals(ChangeType.DELETED, gone.type());
            assertEquals(3, gone.nexthop().id());
        }
    }

    @Test
    void shouldStreamTenThousandNexthopsThroughOneView() {
        NetlinkConnection c = ns.connection(Netlink.NETLINK_ROUTE);
        int v0 = Links.get("v0", ns).orElseThrow().index();
        NetlinkBatch batch = NetlinkBatch.on(c);
        for (int i = 1; i <= 10_000; i++) {
            batch.add(Nexthops.add(i).via("10.0.0.1").dev(v0));
            if (batch.size() == 500) {
                batch.apply();
                batch = NetlinkBatch.on(c);
            }
        }
        batch.apply();
        long[] sum = {0};
        int[] count = {0};
        NexthopView[] first = {null};
        Nexthops.forEach(ns, v -> {
            if (first[0] == null) {
                first[0] = v;
            }
            assertTrue(first[0] == v, "one reused view");
            count[0]++;
            sum[0] += v.id();
        });
        assertEquals(10_000, count[0]);
        assertEquals(10_000L * 10_001 / 2, sum[0]);
        assertEquals(10_000, run(ns, "ip", "nexthop", "show").lines().count());
    }

    private static NexthopEvent next(EventQueue<NexthopEvent> q) throws InterruptedException {
        NexthopEvent e = q.poll(java.time.Duration.ofSeconds(10));
        assertNotNull(e, "no nexthop event within 10 s");
        return e;
    }

    private Map<String, Object> byId(long id) {
        return objects(ns, "ip", "-j", "-d", "nexthop", "show").stream().filter(m -> Long.valueOf(id).equals(m.get("id")))
                .findFirst().orElseThrow(() -> new AssertionError("ip nexthop has no id " + id));
    }

    private Map<String, Object> route(String prefix) {
        List<Map<String, Object>> r = objects(ns, "ip", "-j", "-d", "route", "show", prefix);
        assertFalse(r.isEmpty(), prefix);
        return r.get(0);
    }

    /** Field by field, every nexthop ip shows against ours. */
    @SuppressWarnings("unchecked")
    private void assertSameAsIp() {
        List<Map<String, Object>> theirs = objects(ns, "ip", "-j", "-d", "nexthop", "show");
        List<Nexthop> mine = Nexthops.list(ns);
        assertEquals(theirs.size(), mine.size(), theirs + "\nvs\n" + mine);
        for (Map<String, Object> t : theirs) {
            long id = (Long) t.get("id");
            Nexthop m = mine.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            assertEquals(t.get("gateway"), m.gateway().map(io.jnetlink.core.net.IpAddresses::format).orElse(null), m.toString());
            assertEquals(t.get("dev") == null ? 0 : Links.get((String) t.get("dev"), ns).orElseThrow().index(), m.outputIndex());
            assertEquals(t.containsKey("blackhole"), m.blackhole(), m.toString());
            assertEquals(((List<?>) t.get("flags")).contains("onlink"), m.isOnLink(), m.toString());
            List<Map<String, Object>> group = (List<Map<String, Object>>) t.getOrDefault("group", List.of());
            assertEquals(group.size(), m.group().size(), m.toString());
            for (int i = 0; i < group.size(); i++) {
                assertEquals(group.get(i).get("id"), m.group().get(i).id());
                assertEquals(((Long) group.get(i).getOrDefault("weight", 1L)).intValue(), m.group().get(i).weight());
            }
            assertEquals("resilient".equals(t.get("type")), m.isResilient());
            assertEquals(t.get("encap"), m.encap().map(e -> e instanceof Seg6Encap ? "seg6" : "other").orElse(null));
        }
    }
}
