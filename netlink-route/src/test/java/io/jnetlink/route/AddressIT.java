package io.jnetlink.route;

import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.net.IpAddresses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.jnetlink.route.RouteIpTool.ip;
import static io.jnetlink.route.RouteIpTool.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ip addr} against the kernel, with {@code ip -j -d addr show} as the oracle both ways. */
class AddressIT {
    private NetNamespace ns;

    @BeforeEach
    void setUp() {
        ns = NetNamespace.create();
        ip(ns, "link", "set", "lo", "up");
        RouteIpTool.veth(ns, "veth0", "veth1");
    }

    @AfterEach
    void tearDown() {
        ns.close();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> ipAddresses(String dev) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> link : json(ns, "-d", "addr", "show", "dev", dev)) {
            out.addAll((List<Map<String, Object>>) link.get("addr_info"));
        }
        return out;
    }

    private Map<String, Object> ipAddress(String dev, String local) {
        return ipAddresses(dev).stream().filter(a -> local.equals(a.get("local"))).findFirst()
                .orElseThrow(() -> new AssertionError(local + " not in ip addr show dev " + dev + ": " + ipAddresses(dev)));
    }

    @Test
    void shouldAddIpv4AddressThatIpSeesFieldByField() {
        Addresses.add("192.168.15.1/24").dev("veth0").broadcastAuto().label("veth0:a").in(ns).apply();
        Map<String, Object> a = ipAddress("veth0", "192.168.15.1");
        assertEquals("inet", a.get("family"));
        assertEquals(24L, a.get("prefixlen"));
        assertEquals("192.168.15.255", a.get("broadcast"));
        assertEquals("veth0:a", a.get("label"));
        assertEquals("global", a.get("scope"));
        assertEquals(4294967295L, a.get("valid_life_time"));
        // and the library reads it back the same
        Address mine = Addresses.show().dev("veth0").ipv4().in(ns).apply().get(0);
        assertEquals("192.168.15.1/24", mine.toString());
        assertEquals(Optional.of("veth0:a"), mine.label());
        assertTrue(mine.isPermanent());
    }

    @Test
    void shouldAddIpv6AddressWithFlagsAndLifetimes() {
        Addresses.add("fd00::1/64").dev("veth0").noDad().noPrefixRoute().validLifetime(3600).preferredLifetime(1800)
                .in(ns).apply();
        Map<String, Object> a = ipAddress("veth0", "fd00::1");
        assertEquals("inet6", a.get("family"));
        assertEquals(64L, a.get("prefixlen"));
        assertEquals(Boolean.TRUE, a.get("nodad"));
        assertEquals(Boolean.TRUE, a.get("noprefixroute"));
        long valid = (Long) a.get("valid_life_time");
        assertTrue(valid <= 3600 && valid > 3500, "valid_lft " + valid);
        long preferred = (Long) a.get("preferred_life_time");
        assertTrue(preferred <= 1800 && preferred > 1700, "preferred_lft " + preferred);
        // noprefixroute: no fd00::/64 route appeared
        assertTrue(Routes.show().ipv6().in(ns).apply().stream().noneMatch(r -> r.prefix().toString().startsWith("fd00:")));
    }

    @Test
    void shouldReadAddressesMadeByIpFieldByField() throws Exception {
        ip(ns, "addr", "add", "10.20.0.1/16", "peer", "10.20.0.2", "dev", "veth0", "label", "veth0:p",
                "valid_lft", "600", "preferred_lft", "300");
        ip(ns, "addr", "add", "10.30.0.1/16", "broadcast", "10.30.255.255", "dev", "veth0", "scope", "link");
        ip(ns, "addr", "add", "fd00::7/64", "dev", "veth0", "nodad");
        List<Address> mine = Addresses.list(ns, "veth0");
        for (Map<String, Object> a : ipAddresses("veth0")) {
            InetAddress local = InetAddress.getByName((String) a.get("local"));
            Address m = mine.stream().filter(x -> x.address().equals(local)).findFirst()
                    .orElseThrow(() -> new AssertionError(local + " missing from " + mine));
            assertEquals(((Long) a.get("prefixlen")).intValue(), m.prefixLength(), local.toString());
            assertEquals(a.get("scope"), RouteScope.name(m.scope()), local.toString());
            assertEquals(a.get("family"), m.family() == IpAddresses.AF_INET ? "inet" : "inet6");
            assertEquals(Optional.ofNullable(a.get("address")).map(Object::toString),
                    m.peer().map(RtnlInet::text), "peer of " + local);
            assertEquals(Optional.ofNullable((String) a.get("broadcast")), m.broadcast().map(RtnlInet::text));
            assertEquals(Optional.ofNullable((String) a.get("label")), m.label());
            long validIp = (Long) a.get("valid_life_time");
            assertTrue(Math.abs(validIp - m.validLifetime()) <= 2, local + " valid " + validIp + " vs " + m.validLifetime());
            assertEquals(a.containsKey("nodad"), m.hasFlag(IfAddrMsg.IFA_F_NODAD), local.toString());
        }
        assertEquals(ipAddresses("veth0").size(), mine.size());
    }

    @Test
    void shouldReplaceDeleteAndFlush() {
        Addresses.add("10.1.0.1/24").dev("veth0").in(ns).apply();
        NetlinkException twice = assertThrows(NetlinkException.class,
                () -> Addresses.add("10.1.0.1/24").dev("veth0").in(ns).apply());
        assertEquals(Errno.EEXIST, twice.errno());
        Addresses.replace("10.1.0.1/24").dev("veth0").validLifetime(500).in(ns).apply();
        long valid = (Long) ipAddress("veth0", "10.1.0.1").get("valid_life_time");
        assertTrue(valid <= 500 && valid > 400, "replace changed the lifetime: " + valid);
        Addresses.delete("10.1.0.1/24").dev("veth0").in(ns).apply();
        assertTrue(ipAddresses("veth0").stream().noneMatch(a -> "10.1.0.1".equals(a.get("local"))));
        NetlinkException gone = assertThrows(NetlinkException.class,
                () -> Addresses.delete("10.1.0.1/24").dev("veth0").in(ns).apply());
        assertEquals(99, gone.errno()); // EADDRNOTAVAIL

        Addresses.add("10.2.0.1/24").dev("veth0").in(ns).apply();
        Addresses.add("10.2.0.2/24").dev("veth0").in(ns).apply(); // secondary, goes with the primary
        Addresses.add("fd00::2/64").dev("veth0").noDad().in(ns).apply();
        Addresses.add("10.9.0.1/24").dev("veth1").in(ns).apply();
        int deleted = Addresses.flush("veth0").ipv4().in(ns).apply();
        assertTrue(deleted >= 1, "flushed " + deleted);
        assertTrue(ipAddresses("veth0").stream().noneMatch(a -> "inet".equals(a.get("family"))));
        assertTrue(ipAddresses("veth0").stream().anyMatch(a -> "fd00::2".equals(a.get("local"))), "-4 kept IPv6");
        assertEquals(1, ipAddresses("veth1").stream().filter(a -> "inet".equals(a.get("family"))).count(),
                "flush of veth0 left veth1 alone");
        Addresses.flush("veth0").in(ns).apply();
        assertTrue(ipAddresses("veth0").isEmpty(), ipAddresses("veth0").toString());
    }

    @Test
    void shouldListPerFamilyAndPerDevice() {
        Addresses.add("10.3.0.1/24").dev("veth0").in(ns).apply();
        Addresses.add("fd00::3/64").dev("veth1").noDad().in(ns).apply();
        List<Address> all = Addresses.list(ns);
        assertTrue(all.stream().anyMatch(a -> a.toString().equals("127.0.0.1/8")));
        assertTrue(all.stream().anyMatch(a -> a.toString().equals("10.3.0.1/24")));
        assertTrue(all.stream().anyMatch(a -> a.toString().equals("fd00::3/64")));
        assertTrue(Addresses.show().ipv6().in(ns).apply().stream().allMatch(a -> a.family() == IpAddresses.AF_INET6));
        assertTrue(Addresses.show().ipv4().in(ns).apply().stream().allMatch(a -> a.family() == IpAddresses.AF_INET));
        int veth1 = ((Long) json(ns, "link", "show", "dev", "veth1").get(0).get("ifindex")).intValue();
        List<Address> onVeth1 = Addresses.list(ns, "veth1");
        assertFalse(onVeth1.isEmpty());
        assertTrue(onVeth1.stream().allMatch(a -> a.index() == veth1));
    }

    @Test
    void shouldStreamThroughOneReusedView() {
        Addresses.add("10.4.0.1/24").dev("veth0").in(ns).apply();
        Addresses.add("10.4.0.2/24").dev("veth0").in(ns).apply();
        List<AddressView> seen = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Addresses.forEach(ns, v -> {
            seen.add(v);
            texts.add(RtnlInet.text(v.address()) + "/" + v.prefixLength());
        });
        assertTrue(seen.size() >= 3);
        for (AddressView v : seen) {
            assertSame(seen.get(0), v);
        }
        assertTrue(texts.containsAll(List.of("10.4.0.1/24", "10.4.0.2/24", "127.0.0.1/8")), texts.toString());
    }

    @Test
    void shouldFailOnUnknownDeviceWithEnodev() {
        NetlinkException e = assertThrows(NetlinkException.class,
                () -> Addresses.add("10.5.0.1/24").dev("nosuch0").in(ns).apply());
        assertEquals(Errno.ENODEV, e.errno());
        assertThrows(IllegalArgumentException.class, () -> Addresses.add("192.168.15.300/24").dev("veth0").in(ns).apply());
        assertThrows(IllegalArgumentException.class, () -> Addresses.add("192.168.15.9/33").dev("veth0").in(ns).apply());
    }
}
