package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.net.IpAddresses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.Inet6Address;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.jnetlink.route.RouteIpTool.ip;
import static io.jnetlink.route.RouteIpTool.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * IPv4-mapped IPv6 addresses, routes and rules stay IPv6 both ways (as {@code ip -6} makes them),
 * and an IPv6 gateway of an IPv4 route travels as {@code RTA_VIA}; {@code ip -j} is the oracle.
 */
class MappedAndViaIT {
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

    @Test
    void shouldAddAndListMappedAddressAsIpv6() {
        Addresses.add("::ffff:10.9.8.7/128").dev("lo").in(ns).apply();
        List<Map<String, Object>> v6 = addrInfo("-6");
        assertTrue(v6.stream().anyMatch(a -> "::ffff:10.9.8.7".equals(a.get("local")) && Long.valueOf(128).equals(a.get("prefixlen"))), v6.toString());
        assertTrue(addrInfo("-4").stream().noneMatch(a -> "10.9.8.7".equals(a.get("local"))), "no IPv4 10.9.8.7");
        Address mine = Addresses.list(ns).stream().filter(a -> a.toString().equals("::ffff:10.9.8.7/128")).findFirst().orElseThrow();
        assertEquals(IpAddresses.AF_INET6, mine.family());
        assertEquals("::ffff:10.9.8.7/128", mine.prefix().toString());
    }

    @Test
    void shouldAddAndListMappedRouteAsIpv6() {
        Routes.add("::ffff:10.1.0.0/112").dev("lo").in(ns).apply();
        assertTrue(json(ns, "-6", "route", "show").stream().anyMatch(r -> "::ffff:10.1.0.0/112".equals(r.get("dst"))));
        assertTrue(json(ns, "-4", "route", "show").stream().noneMatch(r -> String.valueOf(r.get("dst")).startsWith("10.1.")));
        Route r = Routes.list(ns).stream().filter(x -> x.prefixLength() == 112).findFirst().orElseThrow();
        assertEquals(IpAddresses.AF_INET6, r.family());
        assertInstanceOf(Inet6Address.class, r.destination());
        assertEquals("::ffff:10.1.0.0/112", r.prefix().toString());
    }

    @Test
    void shouldReadAndWriteRulesOfMappedPrefixes() {
        ip(ns, "-6", "rule", "add", "from", "::ffff:0:0/96", "table", "7");
        Rules.add().from("::ffff:10.0.0.0/104").table(8).priority(500).in(ns).apply();
        List<Rule> rules = Rules.list(ns);
        assertTrue(rules.stream().anyMatch(r -> r.toString().equals("32765: from ::ffff:0.0.0.0/96 lookup 7")), rules.toString());
        assertTrue(rules.stream().anyMatch(r -> r.toString().equals("500: from ::ffff:10.0.0.0/104 lookup 8")), rules.toString());
        assertTrue(json(ns, "-6", "rule", "show").stream().anyMatch(j -> "::ffff:10.0.0.0".equals(j.get("src"))
                && Long.valueOf(104).equals(j.get("srclen")) && "8".equals(j.get("table"))));
    }

    @Test
    void shouldWriteAndReadIpv6GatewayOfIpv4Route() {
        Routes.add("10.7.0.0/16").via("fe80::1").dev("veth0").in(ns).apply();
        ip(ns, "route", "add", "10.8.0.0/16", "via", "inet6", "fe80::2", "dev", "veth0");
        Map<String, Object> theirs = json(ns, "route", "show", "10.7.0.0/16").get(0);
        assertEquals(Map.of("family", "inet6", "host", "fe80::1"), theirs.get("via"));
        Route mine = Routes.list(ns).stream().filter(r -> r.toString().startsWith("10.8.0.0/16")).findFirst().orElseThrow();
        assertEquals(IpAddresses.AF_INET, mine.family());
        assertEquals(Optional.of(IpAddresses.parse("fe80::2", "g")), mine.gateway());
    }

    private List<Map<String, Object>> addrInfo(String family) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> info = (List<Map<String, Object>>) json(ns, family, "addr", "show", "dev", "lo").get(0).get("addr_info");
        return info;
    }
}
