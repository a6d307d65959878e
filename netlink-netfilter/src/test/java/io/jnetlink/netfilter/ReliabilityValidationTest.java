package io.jnetlink.netfilter;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.testing.FakeKernel;
import io.jnetlink.netfilter.conntrack.Conntrack;
import io.jnetlink.netfilter.conntrack.ConntrackTuple;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Table of bad arguments to every public netfilter builder (names, CIDRs, addresses, ports,
 * interface names, tuples): each is built and applied over a {@link FakeKernel}, must end in
 * {@link IllegalArgumentException} with a message, and the fake kernel must have received no
 * datagram — the argument was refused before anything was sent.
 */
class ReliabilityValidationTest {
    private record Case(String what, Function<NetlinkConnection, Object> build) {
    }

    private static final Family IP = Family.IP;

    private static List<Case> cases() {
        List<Case> t = new ArrayList<>();
        // NAT helpers: source prefixes, ports, addresses, interface names
        for (String cidr : new String[]{"", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.01/24", "300.0.0.0/8", "host.example/24",
                "10.0.0.0/24/1", "::1/129", "10.0.0.0/ 24", "10.0.0.0/024x"}) {
            t.add(new Case("masquerade " + cidr, c -> Nat.masquerade(cidr).apply(c)));
        }
        t.add(new Case("masquerade oif ../x", c -> Nat.masquerade("10.0.0.0/24").outInterface("../x").apply(c)));
        t.add(new Case("masquerade oif too long", c -> Nat.masquerade("10.0.0.0/24").outInterface("0123456789abcdef").apply(c)));
        for (int port : new int[]{0, -1, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            t.add(new Case("portForward " + port, c -> Nat.portForward(port).to("10.0.0.2", 80).apply(c)));
            t.add(new Case("portForward to port " + port, c -> Nat.portForward(80).to("10.0.0.2", port).apply(c)));
        }
        for (String address : new String[]{"", "10.0.0", "10.0.0.256", "localhost", "10.0.0.2/24", "1.2.3.4.5", "0x0a000001",
                "fe80::1%eth0"}) {
            t.add(new Case("portForward to " + address, c -> Nat.portForward(80).to(address, 80).apply(c)));
        }
        // transactions: table/chain/set names, including path-ish and over-long ones
        for (String name : new String[]{"", "a".repeat(257), "bad\0name"}) {
            t.add(new Case("addTable '" + name + "'", c -> Nftables.transaction().addTable(IP, name).apply(c)));
            t.add(new Case("addChain '" + name + "'", c -> Nftables.transaction().addChain(IP, "t", name).apply(c)));
            t.add(new Case("deleteTable '" + name + "'", c -> Nftables.transaction().deleteTable(IP, name).apply(c)));
            t.add(new Case("addSet '" + name + "'", c -> Nftables.transaction()
                    .addSet(IP, "t", name, SetKeyType.IPV4_ADDR, false, 0).apply(c)));
            t.add(new Case("rule in table '" + name + "'", c -> Nftables.transaction()
                    .addRule(NftRule.in(IP, name, "input").accept()).apply(c)));
        }
        // rule matches
        t.add(new Case("rule saddr 10.0.0.0/40", c -> Nftables.transaction()
                .addRule(NftRule.in(IP, "t", "c").sourceAddress("10.0.0.0/40").accept()).apply(c)));
        t.add(new Case("rule daddr nope", c -> Nftables.transaction()
                .addRule(NftRule.in(IP, "t", "c").destinationAddress("nope").accept()).apply(c)));
        t.add(new Case("rule dport 0", c -> Nftables.transaction()
                .addRule(NftRule.in(IP, "t", "c").protocol(Protocol.TCP).destinationPort(70000).accept()).apply(c)));
        t.add(new Case("rule sport -1", c -> Nftables.transaction()
                .addRule(NftRule.in(IP, "t", "c").protocol(Protocol.TCP).sourcePort(-1).accept()).apply(c)));
        t.add(new Case("rule dport range 90-80", c -> Nftables.transaction()
                .addRule(NftRule.in(IP, "t", "c").protocol(Protocol.TCP).destinationPortRange(90, 80).accept()).apply(c)));
        t.add(new Case("rule iif a/b", c -> Nftables.transaction()
                .addRule(NftRule.in(IP, "t", "c").inInterface("a/b").accept()).apply(c)));
        t.add(new Case("rule oif too long", c -> Nftables.transaction()
                .addRule(NftRule.in(IP, "t", "c").outInterface("0123456789abcdef").accept()).apply(c)));
        t.add(new Case("rule dnat bad address", c -> Nftables.transaction()
                .addRule(NftRule.in(IP, "t", "c").dnat("10.0.0.300", 80)).apply(c)));
        t.add(new Case("rule dnat port 70000", c -> Nftables.transaction()
                .addRule(NftRule.in(IP, "t", "c").protocol(Protocol.TCP).dnat("10.0.0.3", 70000)).apply(c)));
        t.add(new Case("rule masquerade ports 2000-1000", c -> Nftables.transaction()
                .addRule(NftRule.in(IP, "t", "c").masquerade(2000, 1000)).apply(c)));
        // conntrack tuples
        t.add(new Case("conntrack get protocol 256", c -> Conntrack.get(tuple(256, "10.0.0.1", "10.0.0.2", 1, 2)).apply(c)));
        t.add(new Case("conntrack get v4/v6 mix", c -> Conntrack.get(tuple(6, "10.0.0.1", "fd00::2", 1, 2)).apply(c)));
        t.add(new Case("conntrack get source port 70000", c -> Conntrack.get(tuple(6, "10.0.0.1", "10.0.0.2", 70000, 2))
                .apply(c)));
        t.add(new Case("conntrack delete protocol 256", c -> Conntrack.delete(tuple(256, "10.0.0.1", "10.0.0.2", 1, 2)).apply(c)));
        t.add(new Case("conntrack delete v4/v6 mix", c -> Conntrack.delete(tuple(6, "10.0.0.1", "fd00::2", 1, 2)).apply(c)));
        t.add(new Case("conntrack delete source port 70000", c -> Conntrack.delete(tuple(6, "10.0.0.1", "10.0.0.2", 70000, 2))
                .apply(c)));
        t.add(new Case("conntrack delete destination port -7", c -> Conntrack.delete(tuple(6, "10.0.0.1", "10.0.0.2", 1, -7))
                .apply(c)));
        return t;
    }

    private static ConntrackTuple tuple(int proto, String src, String dst, int sport, int dport) {
        try {
            return new ConntrackTuple(proto, InetAddress.getByName(src), InetAddress.getByName(dst), sport, dport);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
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
