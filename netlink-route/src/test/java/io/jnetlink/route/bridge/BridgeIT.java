package io.jnetlink.route.bridge;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkBatch;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventQueue;
import io.jnetlink.core.event.SyncSignal;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.Link;
import io.jnetlink.route.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static io.jnetlink.route.testkit.Cli.objects;
import static io.jnetlink.route.testkit.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bridge fdb|mdb|link|vlan} against the kernel, with {@code bridge -j}/{@code ip -j -d} as
 * the oracle both ways: made with jnetlink and read with iproute2, made with iproute2 and read
 * with jnetlink.
 */
class BridgeIT {
    private NetNamespace ns;

    @BeforeEach
    void setUp() {
        ns = NetNamespace.create("brit-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36));
        // no IPv6 on these links: no 33:33:… multicast entries and no neighbour-discovery frames the
        // bridge would learn, so two dumps taken moments apart (ours, bridge's) see the same FDB
        ns.sysctl("net.ipv6.conf.all.disable_ipv6", "1");
        ns.sysctl("net.ipv6.conf.default.disable_ipv6", "1");
        run(ns, "ip", "link", "add", "br0", "type", "bridge");
        run(ns, "ip", "link", "add", "v0", "type", "veth", "peer", "name", "v1");
        run(ns, "ip", "link", "set", "v0", "master", "br0");
        run(ns, "ip", "link", "add", "vx0", "type", "vxlan", "id", "42", "dstport", "4789", "nolearning");
        run(ns, "ip", "link", "set", "br0", "up");
        run(ns, "ip", "link", "set", "v0", "up");
        run(ns, "ip", "link", "set", "v1", "up"); // a port without carrier is disabled: no dynamic FDB or temp MDB entries
        awaitForwarding("v0");
    }

    /**
     * Waits until the port forwards: carrier reaches a veth asynchronously (linkwatch), and until
     * then the kernel refuses a dynamic FDB entry on it with EPERM (br_fdb.c: a port that cannot
     * learn takes only local and static entries).
     */
    private void awaitForwarding(String port) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (!"forwarding".equals(objects(ns, "bridge", "-j", "link", "show", "dev", port).get(0).get("state"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(port + " never reached the forwarding state");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @AfterEach
    void tearDown() {
        ns.delete();
    }

    @Test
    void shouldAddFdbEntriesThatBridgeShows() {
        Fdb.add("02:00:00:00:00:99").dev("v0").master().staticEntry().in(ns).apply();
        Fdb.append("00:00:00:00:00:00").dev("vx0").dst("10.0.0.2").in(ns).apply();
        Fdb.append("00:00:00:00:00:00").dev("vx0").dst("10.0.0.3").port(4790).vni(77).in(ns).apply();
        List<Map<String, Object>> theirs = objects(ns, "bridge", "-j", "fdb", "show");
        Map<String, Object> stat = theirs.stream().filter(e -> "02:00:00:00:00:99".equals(e.get("mac"))).findFirst().orElseThrow();
        assertEquals("static", stat.get("state"));
        assertEquals("br0", stat.get("master"));
        Set<String> dsts = theirs.stream().filter(e -> "vx0".equals(e.get("ifname"))).map(e -> (String) e.get("dst"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("10.0.0.2", "10.0.0.3"), dsts);
        Map<String, Object> full = theirs.stream().filter(e -> "10.0.0.3".equals(e.get("dst"))).findFirst().orElseThrow();
        assertEquals(4790L, full.get("port"));
        assertEquals(77L, full.get("vni"));

        // and the other way: everything bridge shows, jnetlink lists with the same fields
        assertSameAsBridge(Fdb.list(ns), objects(ns, "bridge", "-j", "fdb", "show"));

        Fdb.delete("02:00:00:00:00:99").dev("v0").master().in(ns).apply();
        assertFalse(Fdb.list(ns).stream().anyMatch(e -> e.macAddress().equals("02:00:00:00:00:99")));
        NetlinkException gone = assertThrows(NetlinkException.class,
                () -> Fdb.delete("02:00:00:00:00:99").dev("v0").master().in(ns).apply());
        assertEquals(Errno.ENOENT, gone.errno());
    }

    @Test
    void shouldReadEntriesBridgeMadeAndFilterByBridgeAndPort() {
        run(ns, "bridge", "fdb", "add", "02:00:00:00:00:42", "dev", "v0", "master", "dynamic");
        run(ns, "bridge", "fdb", "replace", "02:00:00:00:00:43", "dev", "v0", "master", "static");
        assertSameAsBridge(Fdb.list(ns), objects(ns, "bridge", "-j", "fdb", "show"));
        List<FdbEntry> ofBridge = Fdb.show().br("br0").in(ns).apply();
        assertSameAsBridge(ofBridge, objects(ns, "bridge", "-j", "fdb", "show", "br", "br0"));
        List<FdbEntry> ofVx = Fdb.show().dev("vx0").in(ns).apply();
        assertTrue(ofVx.stream().allMatch(e -> e.index() == index("vx0")), ofVx.toString());
        FdbEntry dyn = Fdb.list(ns).stream().filter(e -> e.macAddress().equals("02:00:00:00:00:42")).findFirst().orElseThrow();
        assertTrue(dyn.isDynamic(), dyn.toString());
    }

    @Test
    void shouldStreamTenThousandFdbEntriesThroughOneView() {
        NetlinkConnection c = ns.connection(Netlink.NETLINK_ROUTE);
        int port = index("v0");
        NetlinkBatch batch = NetlinkBatch.on(c);
        for (int i = 0; i < 10_000; i++) {
            batch.add(Fdb.add(String.format("02:10:00:00:%02x:%02x", i >> 8, i & 0xFF)).dev(port).master().staticEntry());
            if (batch.size() == 500) {
                batch.apply();
                batch = NetlinkBatch.on(c);
            }
        }
        batch.apply();
        int[] count = {0};
        FdbView[] seen = {null};
        byte[] mac = new byte[6];
        Fdb.show().br("br0").in(ns).forEach(v -> {
            if (seen[0] == null) {
                seen[0] = v;
            }
            assertTrue(seen[0] == v, "one reused view");
            v.copyMacAddress(mac);
            if (mac[1] == 0x10 && v.index() == port) {
                count[0]++;
            }
        });
        assertEquals(10_000, count[0]);
        String text = run(ns, "bridge", "fdb", "show", "br", "br0");
        assertEquals(10_000, text.lines().filter(l -> l.startsWith("02:10:")).count());
    }

    @Test
    void shouldAddAndDeleteMdbEntriesBothWays() {
        Mdb.add("239.1.1.1").dev("br0").port("v0").permanent().in(ns).apply();
        run(ns, "bridge", "mdb", "add", "dev", "br0", "port", "v0", "grp", "ff0e::5", "temp");
        List<Map<String, Object>> theirs = mdbEntries();
        assertTrue(theirs.stream().anyMatch(e -> "239.1.1.1".equals(e.get("grp")) && "permanent".equals(e.get("state"))), theirs.toString());
        List<MdbEntry> mine = Mdb.list(ns);
        for (Map<String, Object> e : theirs) {
            MdbEntry m = mine.stream().filter(x -> x.group().equals(e.get("grp")) && x.portIndex() == index((String) e.get("port")))
                    .findFirst().orElseThrow(() -> new AssertionError(e + " missing from " + mine));
            assertEquals("permanent".equals(e.get("state")), m.isPermanent(), m.toString());
            assertEquals(index((String) e.get("dev")), m.bridgeIndex());
        }
        Mdb.delete("239.1.1.1").dev("br0").port("v0").in(ns).apply();
        assertFalse(mdbEntries().stream().anyMatch(e -> "239.1.1.1".equals(e.get("grp"))));
        assertFalse(Mdb.list(ns).stream().anyMatch(e -> e.group().equals("239.1.1.1")));
    }

    @Test
    void shouldSetPortFlagsThatBridgeLinkShows() {
        BridgePorts.set("v0").learning(false).flood(false).hairpin(true).isolated(true).mcastFlood(false)
                .neighSuppress(true).cost(7).priority(3).in(ns).apply();
        Map<String, Object> theirs = objects(ns, "bridge", "-j", "-d", "link", "show", "dev", "v0").get(0);
        assertEquals(false, theirs.get("learning"));
        assertEquals(false, theirs.get("flood"));
        assertEquals(true, theirs.get("hairpin"));
        assertEquals(true, theirs.get("isolated"));
        assertEquals(false, theirs.get("mcast_flood"));
        assertEquals(true, theirs.get("neigh_suppress"));
        assertEquals(7L, theirs.get("cost"));
        assertEquals(3L, theirs.get("priority"));

        run(ns, "bridge", "link", "set", "dev", "v0", "learning", "on", "hairpin", "off", "guard", "on");
        BridgePort mine = BridgePorts.get("v0", ns).orElseThrow();
        Map<String, Object> now = objects(ns, "bridge", "-j", "-d", "link", "show", "dev", "v0").get(0);
        assertEquals(now.get("learning"), mine.learning());
        assertEquals(now.get("hairpin"), mine.hairpin());
        assertEquals(now.get("guard"), mine.guard());
        assertEquals(now.get("isolated"), mine.isolated());
        assertEquals(now.get("flood"), mine.flood());
        assertEquals(now.get("mcast_flood"), mine.mcastFlood());
        assertEquals(now.get("bcast_flood"), mine.bcastFlood());
        assertEquals(now.get("neigh_suppress"), mine.neighSuppress());
        assertEquals(now.get("root_block"), mine.rootBlock());
        assertEquals(now.get("fastleave"), mine.fastLeave());
        assertEquals(now.get("cost"), mine.cost());
        assertEquals(now.get("priority"), (long) mine.priority());
        assertEquals(index("br0"), mine.masterIndex());
    }

    @Test
    void shouldSetBridgeOptionsThatIpShowsAndReportThatThisKernelRefusesVlanFiltering() {
        Bridges.set("br0").ageingTime(1000).stp(true).priority(100).multicastSnooping(false).in(ns).apply();
        Map<String, Object> data = infoData("br0");
        assertEquals(1000L, data.get("ageing_time"));
        assertEquals(1L, data.get("stp_state"));
        assertEquals(100L, data.get("priority"));
        assertEquals(0L, data.get("mcast_snooping"));
        Link br = Links.get("br0", ns).orElseThrow();
        assertEquals(1000L, br.bridge().orElseThrow().ageingTime());
        assertEquals(100, br.bridge().orElseThrow().priority());

        NetlinkException refused = assertThrows(NetlinkException.class, () -> Bridges.set("br0").vlanFiltering(true).in(ns).apply());
        assertEquals(Errno.EOPNOTSUPP, refused.errno(), refused.getMessage());
        NetlinkException noVlans = assertThrows(NetlinkException.class,
                () -> BridgeVlans.add(10).dev("v0").pvid().untagged().in(ns).apply());
        assertEquals(Errno.EOPNOTSUPP, noVlans.errno(), noVlans.getMessage());
        assertEquals(List.of(), BridgeVlans.list(ns), "no VLANs without vlan filtering");
    }

    @Test
    void shouldDeliverFdbEvents() throws Exception {
        Fdb.add("02:00:00:00:00:51").dev("v0").master().staticEntry().in(ns).apply();
        try (EventQueue<FdbEvent> q = FdbEvents.subscribe().in(ns).queue(256)) {
            boolean listed = false;
            boolean existingSeen = false;
            while (!listed) {
                FdbEvent e = next(q);
                if (e instanceof FdbChangeEvent c && c.entry().macAddress().equals("02:00:00:00:00:51")) {
                    assertEquals(ChangeType.NEW, c.type());
                    existingSeen = true;
                }
                listed = e.equals(new FdbEventSync(SyncSignal.LISTED));
            }
            assertTrue(existingSeen, "the existing entry is listed first");
            run(ns, "bridge", "fdb", "add", "02:00:00:00:00:52", "dev", "v0", "master", "static");
            FdbChangeEvent added = nextChange(q, "02:00:00:00:00:52");
            assertEquals(ChangeType.NEW, added.type());
            assertTrue(added.entry().isStatic(), added.toString());
            Fdb.delete("02:00:00:00:00:52").dev("v0").master().in(ns).apply();
            assertEquals(ChangeType.DELETED, nextChange(q, "02:00:00:00:00:52").type());
        }
    }

    private static FdbEvent next(EventQueue<FdbEvent> q) throws InterruptedException {
        FdbEvent e = q.poll(java.time.Duration.ofSeconds(10));
        assertTrue(e != null, "no FDB event within 10 s");
        return e;
    }

    /** The next change of {@code mac} (the bridge also notifies entries of its own, e.g. on v1 coming up). */
    private static FdbChangeEvent nextChange(EventQueue<FdbEvent> q, String mac) throws InterruptedException {
        while (true) {
            if (next(q) instanceof FdbChangeEvent c && c.entry().macAddress().equals(mac)) {
                return c;
            }
        }
    }

    @Test
    void shouldNameTheMissingDeviceBeforeSending() {
        NetlinkException e = assertThrows(NetlinkException.class, () -> Fdb.add("02:00:00:00:00:01").dev("nope0").in(ns).apply());
        assertEquals(Errno.ENODEV, e.errno());
        assertTrue(e.getMessage().contains("nope0"), e.getMessage());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> infoData(String dev) {
        Map<String, Object> link = objects(ns, "ip", "-j", "-d", "link", "show", "dev", dev).get(0);
        return (Map<String, Object>) ((Map<String, Object>) link.get("linkinfo")).get("info_data");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> mdbEntries() {
        List<Map<String, Object>> top = objects(ns, "bridge", "-j", "mdb", "show");
        return top.isEmpty() ? List.of() : (List<Map<String, Object>>) top.get(0).get("mdb");
    }

    private int index(String name) {
        return Links.get(name, ns).orElseThrow().index();
    }

    private void assertSameAsBridge(List<FdbEntry> mine, List<Map<String, Object>> theirs) {
        assertEquals(theirs.size(), mine.size(), theirs + "\nvs\n" + mine);
        for (Map<String, Object> t : theirs) {
            int idx = index((String) t.get("ifname"));
            FdbEntry m = mine.stream().filter(e -> e.macAddress().equals(t.get("mac")) && e.index() == idx
                    && e.dst().map(d -> d.getHostAddress().equals(t.get("dst"))).orElse(t.get("dst") == null))
                    .findFirst().orElseThrow(() -> new AssertionError(t + " missing from " + mine));
            assertEquals(t.getOrDefault("state", ""), m.stateName(), m.toString());
            assertEquals(((List<?>) t.get("flags")).contains("self"), m.isSelf(), m.toString());
            assertEquals(t.containsKey("master") ? index((String) t.get("master")) : 0, m.masterIndex(), m.toString());
        }
    }
}
