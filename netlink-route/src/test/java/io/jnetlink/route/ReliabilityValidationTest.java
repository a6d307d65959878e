package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.testing.FakeKernel;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Table of bad arguments to every public rtnetlink builder — link, address, route, neighbour and
 * rule requests (names, addresses, prefixes, MACs, numbers) — and to the namespace entry points
 * (names, sysctl keys, path traversal): each is built and applied over a {@link FakeKernel},
 * must end in {@link IllegalArgumentException} with a message, and the fake kernel must have
 * received no datagram.
 */
class ReliabilityValidationTest {
    private record Case(String what, Function<NetlinkConnection, Object> build) {
    }

    private static final String[] BAD_NAMES = {"", ".", "..", "../eth0", "a/b", "a b", "a:b", "tab\tx", "nul\0x",
            "0123456789abcdef", "éééééééé"};
    private static final String[] BAD_ADDRESSES = {"", "10.0.0", "10.0.0.256", "010.0.0.1", "localhost", "1.2.3.4.5",
            "::g", "fe80::1%eth0", "10.0.0.1 ", " 10.0.0.1", "0x0a000001"};
    private static final String[] BAD_PREFIXES = {"", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.1/", "/24", "::/129",
            "10.0.0.0/24/8", "example.com/24", "10.0.0.0/1e1"};
    private static final String[] BAD_MACS = {"", "02:00:00:00:00", "02:00:00:00:00:zz", "02-00-00-00-00-01x",
            "02:00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff", "01:00:5e:00:00:01", "00:00:00:00:00:00"};
    private static final String[] BAD_NAMESPACE_NAMES = {"", ".", "..", "../../etc", "a/b", "/run/netns/x", "nul\0x",
            "n".repeat(256)};
    private static final String[] BAD_SYSCTL_KEYS = {"", "kernel.panic", "net/../../kernel/panic", "net.ipv4..x",
            "net.ipv4.conf.../x", "net.ipv4.ip_forward\0", "net.ipv4.conf.all/../../../../etc/passwd", "../net/ipv4",
            "net.ipv4.conf.a b.forwarding", "net"};

    private static List<Case> cases() {
        List<Case> t = new ArrayList<>();
        for (String name : BAD_NAMES) {
            t.add(new Case("veth " + name, c -> Links.create().veth(name).peer("p0").apply(c)));
            t.add(new Case("veth peer " + name, c -> Links.create().veth("v0").peer(name).apply(c)));
            t.add(new Case("bridge " + name, c -> Links.create().bridge(name).apply(c)));
            t.add(new Case("set " + name, c -> Links.set(name).up().apply(c)));
            t.add(new Case("set master " + name, c -> Links.set("v0").master(name).apply(c)));
            t.add(new Case("rename to " + name, c -> Links.set("v0").name(name).apply(c)));
            t.add(new Case("delete " + name, c -> Links.delete(name).apply(c)));
            t.add(new Case("addr dev " + name, c -> Addresses.add("10.0.0.1/24").dev(name).apply(c)));
            t.add(new Case("route dev " + name, c -> Routes.add("10.1.0.0/24").dev(name).apply(c)));
            t.add(new Case("neigh dev " + name, c -> Neighbors.add("10.0.0.2").lladdr("02:00:00:00:00:02").dev(name).apply(c)));
            t.add(new Case("rule iif " + name, c -> Rules.add().iif(name).table(100).apply(c)));
            t.add(new Case("macvlan parent " + name, c -> Links.create().macvlan("m0").parent(name).apply(c)));
        }
        for (String mac : BAD_MACS) {
            t.add(new Case("link address " + mac, c -> Links.set("v0").address(mac).apply(c)));
        }
        for (String mac : new String[]{"", "02:00:00:00:00", "02:00:00:00:00:zz", "02:00:00:00:00:00:00", "2:0:0:0:0:1x"}) {
            // (broadcast, multicast and zero link addresses are legal in a neighbour entry: only syntax is checked)
            t.add(new Case("neigh lladdr " + mac, c -> Neighbors.add("10.0.0.2").lladdr(mac).dev("v0").apply(c)));
        }
        for (String a : BAD_ADDRESSES) {
            t.add(new Case("addr peer " + a, c -> Addresses.add("10.0.0.1/32").peer(a).dev("v0").apply(c)));
            t.add(new Case("route via " + a, c -> Routes.add("10.1.0.0/24").via(a).apply(c)));
            t.add(new Case("route src " + a, c -> Routes.add("10.1.0.0/24").dev("v0").src(a).apply(c)));
            t.add(new Case("neigh " + a, c -> Neighbors.add(a).lladdr("02:00:00:00:00:02").dev("v0").apply(c)));
            t.add(new Case("route get " + a, c -> Routes.get(a).apply(c)));
        }
        for (String p : BAD_PREFIXES) {
            t.add(new Case("addr add " + p, c -> Addresses.add(p).dev("v0").apply(c)));
            t.add(new Case("addr del " + p, c -> Addresses.delete(p).dev("v0").apply(c)));
            t.add(new Case("route add " + p, c -> Routes.add(p).dev("v0").apply(c)));
            t.add(new Case("route del " + p, c -> Routes.delete(p).apply(c)));
            t.add(new Case("rule from " + p, c -> Rules.add().from(p).table(100).apply(c)));
            t.add(new Case("rule to " + p, c -> Rules.add().to(p).table(100).apply(c)));
        }
        // numbers out of range
        for (int mtu : new int[]{-1, 0, Integer.MIN_VALUE}) { // the kernel refuses these on every device
            t.add(new Case("link mtu " + mtu, c -> Links.set("v0").mtu(mtu).apply(c)));
        }
        t.add(new Case("route mtu -1", c -> Routes.add("10.1.0.0/24").dev("v0").mtu(-1).apply(c)));
        t.add(new Case("route metric -1", c -> Routes.add("10.1.0.0/24").dev("v0").metric(-1).apply(c)));
        t.add(new Case("route metric 2^32", c -> Routes.add("10.1.0.0/24").dev("v0").metric(1L << 32).apply(c)));
        t.add(new Case("route table -5", c -> Routes.add("10.1.0.0/24").dev("v0").table(-5).apply(c)));
        t.add(new Case("route table name ../x", c -> Routes.add("10.1.0.0/24").dev("v0").table("../x").apply(c)));
        t.add(new Case("route scope bogus", c -> Routes.add("10.1.0.0/24").dev("v0").scope("bogus").apply(c)));
        t.add(new Case("route nexthop weight 0", c -> Routes.add("10.1.0.0/24").nextHop("10.0.0.2", "v0", 0).apply(c)));
        t.add(new Case("route nexthop weight 257", c -> Routes.add("10.1.0.0/24").nextHop("10.0.0.2", "v0", 257).apply(c)));
        t.add(new Case("route v6 via v4", c -> Routes.add("fd00:1::/64").via("10.0.0.1").apply(c)));
        t.add(new Case("addr scope bogus", c -> Addresses.add("10.0.0.1/24").dev("v0").scope("bogus").apply(c)));
        t.add(new Case("addr label too long", c -> Addresses.add("10.0.0.1/24").dev("v0").label("v0:0123456789abcdef")
                .apply(c)));
        t.add(new Case("addr v4 peer v6", c -> Addresses.add("10.0.0.1/32").peer("fd00::2").dev("v0").apply(c)));
        t.add(new Case("rule priority -1", c -> Rules.add().priority(-1).table(100).apply(c)));
        t.add(new Case("rule priority 2^32", c -> Rules.add().priority(1L << 32).table(100).apply(c)));
        t.add(new Case("rule table -1", c -> Rules.add().table(-1).apply(c)));
        t.add(new Case("rule fwmark 2^32", c -> Rules.add().fwmark(1L << 32).table(100).apply(c)));
        t.add(new Case("link txqueuelen -1", c -> Links.set("v0").txQueueLength(-1).apply(c)));
        t.add(new Case("link group 2^32", c -> Links.set("v0").group(1L << 32).apply(c)));
        t.add(new Case("vxlan id 2^24", c -> Links.create().vxlan("vx0").id(1 << 24).apply(c)));
        t.add(new Case("vxlan port 70000", c -> Links.create().vxlan("vx0").id(42).port(70000).apply(c)));
        // namespaces: names and sysctl keys (path traversal) are refused before any file or socket is touched
        for (String name : BAD_NAMESPACE_NAMES) {
            t.add(new Case("netns create " + name.replace("\0", "\\0"), c -> NetNamespace.create(name)));
            t.add(new Case("netns open " + name.replace("\0", "\\0"), c -> NetNamespace.open(name)));
        }
        for (String key : BAD_SYSCTL_KEYS) {
            t.add(new Case("sysctl read " + key.replace("\0", "\\0"), c -> NetNamespace.current().sysctl(key)));
            t.add(new Case("sysctl write " + key.replace("\0", "\\0"), c -> {
                NetNamespace.current().sysctl(key, "1");
                return null;
            }));
        }
        t.add(new Case("sysctl value with newline", c -> {
            NetNamespace.current().sysctl("net.ipv4.ip_forward", "1\nnet.ipv4.conf.all.forwarding=1");
            return null;
        }));
        return t;
    }

    @TestFactory
    Stream<DynamicTest> everyBadArgumentIsRefusedBeforeAnythingIsSent() {
        return cases().stream().map(row -> DynamicTest.dynamicTest(row.what, () -> {
            FakeKernel kernel = FakeKernel.acking();
            NetlinkConnection connection = NetlinkConnection.over(kernel);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> row.build.apply(connection),
                    row.what);
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "the exception names the rule");
            assertEquals(0, kernel.datagrams().size(), row.what + ": a datagram reached the kernel before the refusal");
        }));
    }
}
