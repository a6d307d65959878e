package io.jnetlink.route;

import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.net.IpAddresses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.jnetlink.route.RouteIpTool.ip;
import static io.jnetlink.route.RouteIpTool.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ip route} against the kernel, with {@code ip -j -d route show} as the oracle both ways. */
class RouteIT {
    private NetNamespace ns;

    @BeforeEach
    void setUp() {
        ns = NetNamespace.create();
        ip(ns, "link", "set", "lo", "up");
        RouteIpTool.veth(ns, "veth0", "veth1");
        ip(ns, "addr", "add", "192.168.15.1/24", "dev", "veth0");
        ip(ns, "addr", "add", "fd00::1/64", "dev", "veth0", "nodad");
    }

    @AfterEach
    void tearDown() {
        ns.close();
    }

    private Map<Integer, String> linkNames() {
        Map<Integer, String> names = new HashMap<>();
        for (Map<String, Object> l : json(ns, "link", "show")) {
            names.put(((Long) l.get("ifindex")).intValue(), (String) l.get("ifname"));
        }
        return names;
    }

    private static String tableName(long id) {
        return id == RtMsg.RT_TABLE_MAIN ? "main" : id == RtMsg.RT_TABLE_LOCAL ? "local"
                : id == RtMsg.RT_TABLE_DEFAULT ? "default" : Long.toString(id);
    }

    private static String protocolName(int p) {
        return switch (p) {
            case RtMsg.RTPROT_KERNEL -> "kernel";
            case RtMsg.RTPROT_BOOT -> "boot";
            case RtMsg.RTPROT_STATIC -> "static";
            case RtMsg.RTPROT_UNSPEC -> "unspec";
            default -> Integer.toString(p);
        };
    }

    /** How {@code ip -j route} writes a destination: "default", a bare host address, or ADDR/LEN. */
    private static String ipDst(Route r) {
        if (r.isDefault()) {
            return "default";
        }
        int bits = r.family() == IpAddresses.AF_INET ? 32 : 128;
        return r.prefixLength() == bits ? RtnlInet.text(r.destination()) : RtnlInet.text(r.destination()) + "/" + r.prefixLength();
    }

    /** Compares one library route with one {@code ip -j -d route} entry, field by field. */
    @SuppressWarnings("unchecked")
    private void assertSameRoute(Map<String, Object> j, Route r, Map<Integer, String> names) {
        String what = j + " vs " + r;
        assertEquals(j.get("type"), r.type().ipName(), what);
        assertEquals(j.get("dst"), ipDst(r), what);
        if (j.containsKey("table")) { // ip leaves it out when it lists one table
            assertEquals(j.get("table"), tableName(r.table()), what);
        }
        assertEquals(j.get("protocol"), protocolName(r.protocol()), what);
        assertEquals(j.get("scope"), RouteScope.name(r.scope()), what);
        assertEquals(Optional.ofNullable(j.get("gateway")), r.gateway().map(RtnlInet::text), what);
        if (j.containsKey("dev")) { // ip leaves it out when it lists one device
            assertEquals(j.get("dev"), names.get(r.outputIndex()), what);
        }
        assertEquals(Optional.ofNullable(j.get("prefsrc")), r.preferredSource().map(RtnlInet::text), what);
        assertEquals(j.containsKey("metric") ? (Long) j.get("metric") : 0L, r.metric(), what);
        int mtu = 0;
        for (Map<String, Object> m : (List<Map<String, Object>>) j.getOrDefault("metrics", List.of())) {
            mtu = m.containsKey("mtu") ? ((Long) m.get("mtu")).intValue() : mtu;
        }
        assertEquals(mtu, r.mtu(), what);
        List<Map<String, Object>> hops = (List<Map<String, Object>>) j.getOrDefault("nexthops", List.of());
        assertEquals(hops.size(), r.nextHops().size(), what);
        for (int i = 0; i < hops.size(); i++) {
            NextHop h = r.nextHops().get(i);
            assertEquals(hops.get(i).get("gateway"), h.gateway().map(RtnlInet::text).orElse(null), what);
            assertEquals(hops.get(i).get("dev"), names.get(h.index()), what);
            assertEquals(((Long) hops.get(i).get("weight")).intValue(), h.weight(), what);
        }
    }

    private void assertLibraryMatchesIp(List<Route> mine, List<Map<String, Object>> theirs) {
        Map<Integer, String> names = linkNames();
        assertEquals(theirs.size(), mine.size(), "ip: " + theirs + "\nlib: " + mine);
        for (int i = 0; i < theirs.size(); i++) {
            assertSameRoute(theirs.get(i), mine.get(i), names);
        }
    }

    @Test
    void shouldListNothingInAFreshNamespace() {
        try (NetNamespace fresh = NetNamespace.create()) {
            assertTrue(Routes.list(fresh).isEmpty());
            assertTrue(Routes.show().allTables().ipv4().in(fresh).apply().isEmpty());
        }
    }

    @Test
    void shouldAddRoutesThatIpSeesFieldByField() {
        Routes.add("192.168.1.0/24").via("192.168.15.5").in(ns).apply();
        Routes.add("default").via("192.168.15.5").metric(100).in(ns).apply();
        Routes.add("10.6.0.0/16").via("192.168.15.5").src("192.168.15.1").protocol(RtMsg.RTPROT_STATIC).in(ns).apply();
        Routes.add("10.7.0.0/16").type(RouteType.BLACKHOLE).in(ns).apply();
        Routes.add("10.8.0.0/16").type(RouteType.UNREACHABLE).in(ns).apply();
        Routes.add("10.10.0.0/16").type(RouteType.PROHIBIT).in(ns).apply();
        Routes.add("10.11.0.0/16").dev("veth1").in(ns).apply();
        Routes.add("10.12.0.0/16").via("10.99.0.1").dev("veth0").onLink().mtu(1400).in(ns).apply();
        Routes.add("fd01::/64").via("fd00::5").metric(7).in(ns).apply();
        assertLibraryMatchesIp(Routes.show().ipv4().in(ns).apply(), json(ns, "-d", "route", "show"));
        assertLibraryMatchesIp(Routes.show().ipv6().in(ns).apply(), json(ns, "-6", "-d", "route", "show"));
        Route onlink = Routes.list(ns).stream().filter(r -> r.prefix().toString().equals("10.12.0.0/16")).findFirst()
                .orElseThrow();
        assertTrue(onlink.isOnLink());
        assertEquals(1400, onlink.mtu());
        // the contract's checks
        assertTrue(Routes.list(ns).stream().anyMatch(r -> r.prefixLength() == 24
                && r.destination().getHostAddress().equals("192.168.1.0")
                && r.gateway().map(InetAddress::getHostAddress).orElse("").equals("192.168.15.5")));
        Route def = Routes.list(ns).stream().filter(Route::isDefault).findFirst().orElseThrow();
        assertEquals("0.0.0.0", def.destination().getHostAddress());
    }

    @Test
    void shouldReadRoutesMadeByIpInEveryTable() {
        ip(ns, "route", "add", "10.9.0.0/16", "nexthop", "via", "192.168.15.5", "weight", "1",
                "nexthop", "via", "192.168.15.6", "weight", "3");
        ip(ns, "route", "add", "10.8.0.0/16", "via", "192.168.15.5", "mtu", "1400", "metric", "50", "table", "300");
        ip(ns, "route", "add", "blackhole", "10.7.0.0/16", "table", "1000");
        ip(ns, "route", "add", "default", "via", "192.168.15.5");
        ip(ns, "-6", "route", "add", "fd02::/64", "via", "fd00::5", "metric", "9", "table", "300");
        assertLibraryMatchesIp(Routes.show().allTables().ipv4().in(ns).apply(), json(ns, "-4", "-d", "route", "show", "table", "all"));
        assertLibraryMatchesIp(Routes.show().allTables().ipv6().in(ns).apply(),
                json(ns, "-6", "-d", "route", "show", "table", "all"));
        assertLibraryMatchesIp(Routes.show().table(300).ipv4().in(ns).apply(), json(ns, "-d", "route", "show", "table", "300"));
        assertLibraryMatchesIp(Routes.show().table(300).ipv6().in(ns).apply(),
                json(ns, "-6", "-d", "route", "show", "table", "300"));
        // dev: ip matches RTA_OIF only; the library (like the kernel's own dump filter) also lists
        // multipath routes with a next hop through the device
        List<Route> onVeth0 = Routes.show().table("main").ipv4().dev("veth0").in(ns).apply();
        assertLibraryMatchesIp(onVeth0.stream().filter(r -> r.nextHops().isEmpty()).toList(),
                json(ns, "-d", "route", "show", "dev", "veth0"));
        assertTrue(onVeth0.stream().anyMatch(r -> r.nextHops().size() == 2));
        assertTrue(Routes.show().ipv4().dev("veth1").in(ns).apply().isEmpty());
        // main only by default: both families, nothing from table 300 or 1000
        List<Route> main = Routes.list(ns);
        assertTrue(main.stream().allMatch(r -> r.table() == RtMsg.RT_TABLE_MAIN), main.toString());
        assertTrue(main.stream().anyMatch(r -> r.family() == IpAddresses.AF_INET6));
        // a table that does not exist lists empty
        assertTrue(Routes.show().table(4242).ipv4().in(ns).apply().isEmpty());
    }

    @Test
    void shouldAddMultipathRouteWithWeights() {
        Routes.add("10.9.0.0/16").nextHop("192.168.15.5", "veth0", 1).nextHop("192.168.15.6", "veth0", 3).in(ns).apply();
        Map<String, Object> j = json(ns, "-d", "route", "show", "10.9.0.0/16").get(0);
        Route r = Routes.list(ns).stream().filter(x -> x.prefixLength() == 16).findFirst().orElseThrow();
        assertSameRoute(j, r, linkNames());
        assertEquals(List.of(1, 3), r.nextHops().stream().map(NextHop::weight).toList());
    }

    @Test
    void shouldGetTheRouteTheKernelWouldUse() {
        Routes.add("10.9.0.0/16").via("192.168.15.6").in(ns).apply();
        Route got = Routes.get("10.9.1.1").in(ns).apply();
        Map<String, Object> j = json(ns, "route", "get", "10.9.1.1").get(0);
        assertEquals(j.get("dst"), RtnlInet.text(got.destination()));
        assertEquals(32, got.prefixLength());
        assertEquals(Optional.ofNullable(j.get("gateway")), got.gateway().map(RtnlInet::text));
        assertEquals(j.get("prefsrc"), got.preferredSource().map(RtnlInet::text).orElse(null));
        assertEquals(j.get("dev"), linkNames().get(got.outputIndex()));
        assertEquals(RtMsg.RT_TABLE_MAIN, got.table());
        Route v6 = Routes.get("fd00::9").in(ns).apply();
        assertEquals("veth0", linkNames().get(v6.outputIndex()));
        assertEquals(Optional.empty(), v6.gateway());
        Route fib = Routes.get("10.9.1.1").fibMatch().in(ns).apply();
        assertEquals("10.9.0.0/16", fib.prefix().toString());
        NetlinkException none = assertThrows(NetlinkException.class, () -> Routes.get("203.0.113.1").in(ns).apply());
        assertEquals(Errno.ENETUNREACH, none.errno());
    }

    @Test
    void shouldReportUnreachableGatewayWithEnetunreachAndKernelText() {
        NetlinkException e = assertThrows(NetlinkException.class,
                () -> Routes.add("10.5.0.0/16").via("1.2.3.4").in(ns).apply());
        assertEquals(Errno.ENETUNREACH, e.errno());
        assertEquals("ENETUNREACH", e.errnoName());
        assertEquals("Nexthop has invalid gateway", e.kernelMessage().orElse("").replaceAll("\\.$", ""));
        assertTrue(e.getMessage().contains("RTM_NEWROUTE 10.5.0.0/16 via 1.2.3.4"), e.getMessage());
    }

    @Test
    void shouldReplaceAppendAndDelete() {
        Routes.add("10.20.0.0/16").via("192.168.15.5").in(ns).apply();
        assertEquals(Errno.EEXIST, assertThrows(NetlinkException.class,
                () -> Routes.add("10.20.0.0/16").via("192.168.15.6").in(ns).apply()).errno());
        Routes.replace("10.20.0.0/16").via("192.168.15.6").in(ns).apply();
        Map<String, Object> j = json(ns, "route", "show", "10.20.0.0/16").get(0);
        assertEquals("192.168.15.6", j.get("gateway"));
        Routes.append("10.20.0.0/16").via("192.168.15.7").metric(5).in(ns).apply();
        assertEquals(2, json(ns, "route", "show", "10.20.0.0/16").size());
        Routes.delete("10.20.0.0/16").metric(5).in(ns).apply();
        assertEquals(1, json(ns, "route", "show", "10.20.0.0/16").size());
        Routes.delete("10.20.0.0/16").in(ns).apply();
        assertTrue(json(ns, "route", "show", "10.20.0.0/16").isEmpty());
        assertEquals(Errno.ESRCH, assertThrows(NetlinkException.class,
                () -> Routes.delete("10.20.0.0/16").in(ns).apply()).errno());
        // table above 255 travels in RTA_TABLE
        Routes.add("10.21.0.0/16").via("192.168.15.5").table(70000).in(ns).apply();
        assertEquals("192.168.15.5", json(ns, "route", "show", "table", "70000").get(0).get("gateway"));
        assertEquals(70000, Routes.show().table(70000).ipv4().in(ns).apply().get(0).table());
        Routes.delete("10.21.0.0/16").table(70000).in(ns).apply();
        assertTrue(Routes.show().table(70000).ipv4().in(ns).apply().isEmpty());
    }

    @Test
    void shouldAddIpv6DefaultRoute() {
        Routes.add("default").via("fd00::5").in(ns).apply();
        Map<String, Object> j = json(ns, "-6", "route", "show", "default").get(0);
        assertEquals("fd00::5", j.get("gateway"));
        Route r = Routes.show().ipv6().in(ns).apply().stream().filter(Route::isDefault).findFirst().orElseThrow();
        assertEquals("::", RtnlInet.text(r.destination()));
        assertEquals(Optional.of("fd00::5"), r.gateway().map(RtnlInet::text));
    }

    @Test
    void shouldStreamThroughOneReusedView() {
        Routes.add("10.30.0.0/16").via("192.168.15.5").in(ns).apply();
        List<RouteView> seen = new ArrayList<>();
        List<String> gateways = new ArrayList<>();
        byte[] gw = new byte[16];
        Routes.forEach(ns, v -> {
            seen.add(v);
            if (v.hasGateway()) {
                int n = v.copyGateway(gw);
                gateways.add(RtnlInet.text(RtnlInet.of(java.util.Arrays.copyOf(gw, n))));
            }
        });
        assertTrue(seen.size() >= 2);
        seen.forEach(v -> assertSame(seen.get(0), v));
        assertEquals(List.of("192.168.15.5"), gateways);
    }
}
