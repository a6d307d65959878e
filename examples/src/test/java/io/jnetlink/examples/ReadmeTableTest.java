package io.jnetlink.examples;

import io.jnetlink.netfilter.CtState;
import io.jnetlink.netfilter.Family;
import io.jnetlink.netfilter.Nat;
import io.jnetlink.netfilter.Nftables;
import io.jnetlink.netfilter.Protocol;
import io.jnetlink.netfilter.NftRule;
import io.jnetlink.netfilter.SetKeyType;
import io.jnetlink.netfilter.conntrack.Conntrack;
import io.jnetlink.route.Addresses;
import io.jnetlink.route.Links;
import io.jnetlink.route.MacvlanMode;
import io.jnetlink.route.Neighbors;
import io.jnetlink.route.RouteType;
import io.jnetlink.route.Routes;
import io.jnetlink.route.Rules;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Keeps the README's {@code ip}/{@code nft} → Java table honest: every builder chain it shows is
 * built here exactly as written (building validates its arguments; nothing is sent), so a renamed
 * method breaks this test, not a reader's first try.
 */
class ReadmeTableTest {
    @Test
    void everyLinkRowBuilds() {
        assertNotNull(Links.create().veth("a").peer("b"));
        assertNotNull(Links.create().bridge("br0").stp(true));
        assertNotNull(Links.create().macvlan("mv0").parent("eth0").mode(MacvlanMode.BRIDGE));
        assertNotNull(Links.create().vxlan("vx0").id(42).remote("10.0.0.2").port(4789).dev("eth0"));
        assertNotNull(Links.create().kind("x", "dummy").data(new byte[0]));
        assertNotNull(Links.set("eth0").up());
        assertNotNull(Links.set("eth0").down());
        assertNotNull(Links.set("eth0").mtu(1400).address("02:00:00:00:00:01"));
        assertNotNull(Links.set("eth0").name("wan0"));
        assertNotNull(Links.set("eth0").master("br0"));
        assertNotNull(Links.set("eth0").noMaster());
        assertNotNull(Links.set("eth0").netnsPid(1));
        assertNotNull(Links.set("eth0").alias("X").txQueueLength(1000).promisc(true).group(7));
        assertNotNull(Links.delete("a"));
        assertNotNull(Links.deleteGroup(7));
    }

    @Test
    void everyAddressRouteNeighbourAndRuleRowBuilds() {
        assertNotNull(Addresses.show().dev("eth0").ipv4());
        assertNotNull(Addresses.add("192.168.15.1/24").dev("eth0"));
        assertNotNull(Addresses.add("fd00::1/64").dev("eth0").noDad());
        assertNotNull(Addresses.replace("192.168.15.1/24").dev("eth0"));
        assertNotNull(Addresses.delete("192.168.15.1/24").dev("eth0"));
        assertNotNull(Addresses.flush("eth0"));
        assertNotNull(Routes.show().allTables());
        assertNotNull(Routes.add("192.168.1.0/24").via("192.168.15.5"));
        assertNotNull(Routes.add("default").via("192.168.15.5"));
        assertNotNull(Routes.add("10.0.0.0/8").dev("eth0").metric(10).table(100));
        assertNotNull(Routes.add("10.9.0.0/16").type(RouteType.BLACKHOLE));
        assertNotNull(Routes.add("10.0.0.0/8").nextHop("10.1.0.1", "eth0", 1).nextHop("10.2.0.1", "eth1", 2));
        assertNotNull(Routes.replace("10.0.0.0/8").dev("eth0"));
        assertNotNull(Routes.append("10.0.0.0/8").dev("eth0"));
        assertNotNull(Routes.delete("10.0.0.0/8"));
        assertNotNull(Routes.get("8.8.8.8"));
        assertNotNull(Neighbors.add("10.0.0.9").lladdr("02:00:00:00:00:09").dev("eth0"));
        assertNotNull(Neighbors.delete("10.0.0.9").dev("eth0"));
        assertNotNull(Addresses.add("10.0.0.1/32").dev(7));
        assertNotNull(Conntrack.count());
        assertNotNull(Rules.add().from("10.0.0.0/8").fwmark(1).table(100).priority(1000));
        assertNotNull(Rules.delete().from("10.0.0.0/8").table(100));
        assertNotNull(Routes.add("10.7.0.0/16").via("fe80::1").dev("eth0"));
        assertNotNull(Rules.add().ipProto(6).sourcePorts(1000, 2000).destinationPorts(80, 80).uidRange(1000, 2000).table(100));
        assertNotNull(Rules.add().goTo(20));
        assertNotNull(Rules.add().table("main").suppressPrefixLength(0));
        assertNotNull(Rules.add().l3mdev());
    }

    @Test
    void everyNftablesRowBuilds() {
        assertNotNull(Nftables.rules(Family.IP, "nat", "postrouting"));
        assertNotNull(Nat.masquerade("192.168.15.0/24"));
        assertNotNull(Nat.masquerade("192.168.15.0/24").outInterface("eth0"));
        assertNotNull(Nat.portForward(80).to("192.168.15.2", 80));
        assertNotNull(Nat.portForward(53).to("192.168.15.2", 53).udp());
        assertNotNull(NftRule.in(Family.INET, "filter", "input").ctState(CtState.ESTABLISHED, CtState.RELATED).accept());
        assertNotNull(NftRule.in(Family.INET, "filter", "input").protocol(Protocol.TCP).destinationPorts(22, 80)
                .counter().accept());
        assertNotNull(Nftables.transaction().addTable(Family.INET, "filter")
                .addSet(Family.INET, "filter", "allowed", SetKeyType.IPV4_ADDR, false, 0)
                .flushChain(Family.INET, "filter", "input").flushTable(Family.INET, "filter").flushRuleset());
    }

    @Test
    void theTableItsRowsRejectBadInputBeforeSending() {
        assertThrows(IllegalArgumentException.class, () -> Links.create().veth("a-name-longer-than-15").peer("b"));
        assertThrows(IllegalArgumentException.class, () -> Addresses.add("192.168.15.300/24"));
        assertThrows(IllegalArgumentException.class, () -> Routes.add("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> Nat.portForward(70000));
    }
}
