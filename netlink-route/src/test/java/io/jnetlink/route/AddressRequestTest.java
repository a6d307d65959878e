package io.jnetlink.route;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad address and route arguments are refused with IllegalArgumentException before anything is sent. */
class AddressRequestTest {
    private static void rejects(Runnable r, String... words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), e.getMessage() + " should mention " + w);
        }
    }

    @Test
    void shouldRejectBadAddressesAndPrefixes() {
        rejects(() -> Addresses.add("192.168.15.300/24"), "address", "255");
        rejects(() -> Addresses.add("192.168.15.9/33"), "address", "32");
        rejects(() -> Addresses.add("fd00::1/129"), "address", "128");
        rejects(() -> Addresses.add("host.example/24"), "address");
        rejects(() -> Addresses.add("192.168.15.1/24").dev("a-name-longer-than-15"), "dev");
        rejects(() -> Addresses.add("192.168.15.1/24").peer("fd00::1"), "peer", "family");
        rejects(() -> Addresses.add("fd00::1/64").broadcast("10.0.0.255"), "broadcast", "IPv4");
        rejects(() -> Addresses.add("fd00::1/64").label("eth0:1"), "label", "IPv4");
        rejects(() -> Addresses.add("10.0.0.1/8").scope("galaxy"), "scope");
        rejects(() -> Addresses.add("10.0.0.1/8").validLifetime(-1), "valid lifetime");
        rejects(() -> Addresses.add("10.0.0.1/8").flag(0x10000), "flag");
        rejects(() -> Addresses.add("10.0.0.1/8").check(), "dev is required");
        rejects(() -> Addresses.add("10.0.0.1/8").dev("eth0").label("eth1:0").check(), "label", "eth0");
        rejects(() -> Addresses.add("10.0.0.1/8").dev("eth0").validLifetime(10).preferredLifetime(20).check(),
                "preferred lifetime");
        rejects(() -> Addresses.flush("bad/name"), "dev");
    }

    @Test
    void shouldRejectBadRouteArguments() {
        rejects(() -> Routes.add("192.168.1.1/24"), "destination", "host bits", "192.168.1.0/24");
        rejects(() -> Routes.add("192.168.1.0/33"), "destination");
        rejects(() -> Routes.add("192.168.1.0/24").via("192.168.15.256"), "gateway");
        rejects(() -> Routes.add("fd00:1::/64").via("10.0.0.1"), "gateway", "family"); // IPv4 via IPv6 only (RTA_VIA)
        rejects(() -> Routes.add("default").via("10.0.0.1").src("fd00::1"), "src", "family");
        rejects(() -> Routes.add("10.0.0.0/8").metric(-1), "metric");
        rejects(() -> Routes.add("10.0.0.0/8").table(0), "table");
        rejects(() -> Routes.add("10.0.0.0/8").table(1L << 32), "table");
        rejects(() -> Routes.add("10.0.0.0/8").table("nosuch"), "table");
        rejects(() -> Routes.add("10.0.0.0/8").mtu(20), "mtu");
        rejects(() -> Routes.add("10.0.0.0/8").protocol(256), "protocol");
        rejects(() -> Routes.add("10.0.0.0/8").nextHop("10.0.0.1", "eth0", 0), "weight");
        rejects(() -> Routes.add("10.0.0.0/8").nextHop("10.0.0.1", "eth0", 257), "weight");
        rejects(() -> Routes.add("10.0.0.0/8").via("10.0.0.1").nextHop("10.0.0.2", 1).check(), "nexthop");
        rejects(() -> Routes.add("10.0.0.0/8").type(RouteType.UNKNOWN), "type");
        rejects(() -> Routes.add("10.0.0.0/8").ipv6(), "ipv6");
        rejects(() -> Routes.get("10.0.0.300"), "destination");
        rejects(() -> Routes.get("10.0.0.3").from("fd00::1"), "from");
        rejects(() -> Routes.show().table(0), "table");
    }
}
