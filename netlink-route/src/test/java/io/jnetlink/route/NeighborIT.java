package io.jnetlink.route;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.net.IpAddresses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.jnetlink.route.RouteIpTool.ip;
import static io.jnetlink.route.RouteIpTool.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ip neigh} against the kernel: two namespaces joined by a veth cable, {@code ip -j -d neigh} as the oracle. */
class NeighborIT {
    private NetNamespace a;
    private NetNamespace b;

    @BeforeEach
    void setUp() {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
        a = NetNamespace.create("nbr-a-" + tag);
        b = NetNamespace.create("nbr-b-" + tag);
        ip(a, "link", "add", "va", "type", "veth", "peer", "name", "vb", "netns", "nbr-b-" + tag);
        ip(a, "addr", "add", "192.168.15.1/24", "dev", "va");
        ip(a, "addr", "add", "fd00::1/64", "dev", "va", "nodad");
        ip(b, "addr", "add", "192.168.15.2/24", "dev", "vb");
        ip(a, "link", "set", "va", "up");
        ip(b, "link", "set", "vb", "up");
        ip(a, "link", "set", "lo", "up");
        ip(b, "link", "set", "lo", "up");
    }

    @AfterEach
    void tearDown() {
        a.delete();
        b.delete();
    }

    @Test
    void shouldStartEmptyAndLearnThePeersMacFromTraffic() throws Exception {
        assertTrue(Neighbors.list(a).isEmpty(), Neighbors.list(a).toString());
        try (ServerSocket server = b.call(() -> new ServerSocket(7001, 8, InetAddress.getByName("192.168.15.2")))) {
            a.call(() -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("192.168.15.2", 7001), 5000);
                }
                return null;
            });
        }
        String peerMac = (String) json(b, "link", "show", "vb").get(0).get("address");
        List<Neighbor> arp = Neighbors.list(a);
        Neighbor n = arp.stream().filter(x -> x.address().getHostAddress().equals("192.168.15.2")).findFirst()
                .orElseThrow(() -> new AssertionError(arp.toString()));
        assertEquals(peerMac, n.macAddress());
        assertTrue(List.of(NeighborState.REACHABLE, NeighborState.STALE, NeighborState.DELAY).contains(n.state()), n.toString());
        assertTrue(Neighbors.list(b).stream().anyMatch(x -> x.address().getHostAddress().equals("192.168.15.1")));
        // field by field against ip
        assertSameAsIp(arp, json(a, "-d", "neigh", "show"));
    }

    private void assertSameAsIp(List<Neighbor> mine, List<Map<String, Object>> theirs) throws Exception {
        assertEquals(theirs.size(), mine.size(), theirs + " vs " + mine);
        for (Map<String, Object> j : theirs) {
            InetAddress dst = InetAddress.getByName((String) j.get("dst"));
            Neighbor n = mine.stream().filter(x -> x.address().equals(dst)).findFirst()
                    .orElseThrow(() -> new AssertionError(dst + " missing from " + mine));
            assertEquals(j.getOrDefault("lladdr", ""), n.macAddress(), dst.toString());
            assertEquals(List.of(n.state().ipName()), j.get("state"), dst.toString());
            int index = ((Long) json(a, "link", "show", (String) j.get("dev")).get(0).get("ifindex")).intValue();
            assertEquals(index, n.index());
            assertEquals(j.containsKey("router"), n.isRouter(), dst.toString());
        }
    }

    @Test
    void shouldAddReplaceAndDeletePermanentEntries() throws Exception {
        Neighbors.add("192.168.15.9").lladdr("02:00:00:00:00:09").dev("va").in(a).apply();
        Neighbors.add("fd00::9").lladdr("02:00:00:00:00:0a").dev("va").router().in(a).apply();
        Map<String, Object> j = json(a, "neigh", "show", "192.168.15.9").get(0);
        assertEquals("02:00:00:00:00:09", j.get("lladdr"));
        assertEquals(List.of("PERMANENT"), j.get("state"));
        Map<String, Object> j6 = json(a, "-6", "neigh", "show", "fd00::9").get(0);
        assertTrue(j6.containsKey("router"), j6.toString()); // ip -j prints "router":null
        assertSameAsIp(Neighbors.list(a), json(a, "-d", "neigh", "show"));
        assertEquals(Errno.EEXIST, assertThrows(NetlinkException.class,
                () -> Neighbors.add("192.168.15.9").lladdr("02:00:00:00:00:99").dev("va").in(a).apply()).errno());
        Neighbors.replace("192.168.15.9").lladdr("02:00:00:00:00:99").dev("va").state(NeighborState.REACHABLE).in(a).apply();
        Neighbor n = Neighbors.show().ipv4().dev("va").in(a).apply().get(0);
        assertEquals("02:00:00:00:00:99", n.macAddress());
        assertTrue(n.state() == NeighborState.REACHABLE || n.state() == NeighborState.STALE, n.toString());
        Neighbors.delete("192.168.15.9").dev("va").in(a).apply();
        assertTrue(json(a, "-4", "neigh", "show", "192.168.15.9").isEmpty()
                || json(a, "-4", "neigh", "show", "192.168.15.9").get(0).get("state").equals(List.of("FAILED")));
        assertEquals(Errno.ENOENT, assertThrows(NetlinkException.class,
                () -> Neighbors.delete("192.168.15.77").dev("va").in(a).apply()).errno());
    }

    @Test
    void shouldReadEntriesMadeByIpPerFamilyAndDevice() throws Exception {
        ip(a, "neigh", "add", "192.168.15.7", "lladdr", "02:00:00:00:00:07", "dev", "va", "nud", "permanent");
        ip(a, "neigh", "add", "fd00::7", "lladdr", "02:00:00:00:00:08", "dev", "va", "nud", "stale");
        ip(a, "neigh", "add", "192.168.15.8", "lladdr", "02:00:00:00:00:0b", "dev", "va", "nud", "noarp");
        assertSameAsIp(Neighbors.list(a), json(a, "-d", "neigh", "show"));
        assertTrue(Neighbors.show().ipv6().in(a).apply().stream().allMatch(n -> n.family() == IpAddresses.AF_INET6));
        assertEquals(NeighborState.STALE, Neighbors.show().ipv6().in(a).apply().stream()
                .filter(n -> n.address().getHostAddress().startsWith("fd00")).findFirst().orElseThrow().state());
        // NOARP only with nud all, as ip neigh show nud all
        assertTrue(Neighbors.list(a).stream().noneMatch(n -> n.address().getHostAddress().equals("192.168.15.8")));
        assertEquals(NeighborState.NOARP, Neighbors.show().all().in(a).apply().stream()
                .filter(n -> n.address().getHostAddress().equals("192.168.15.8")).findFirst().orElseThrow().state());
        assertTrue(Neighbors.show().dev("lo").in(a).apply().isEmpty());
    }

    @Test
    void shouldStreamThroughOneReusedView() {
        Neighbors.add("192.168.15.20").lladdr("02:00:00:00:00:20").dev("va").in(a).apply();
        Neighbors.add("192.168.15.21").lladdr("02:00:00:00:00:21").dev("va").in(a).apply();
        List<NeighborView> seen = new ArrayList<>();
        List<String> macs = new ArrayList<>();
        Neighbors.forEach(a, v -> {
            seen.add(v);
            macs.add(v.macAddress());
        });
        assertEquals(2, seen.size());
        assertSame(seen.get(0), seen.get(1));
        assertEquals(List.of("02:00:00:00:00:20", "02:00:00:00:00:21"), macs.stream().sorted().toList());
    }
}
