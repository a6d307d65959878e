package io.jnetlink.route.wire;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.route.bridge.BridgePorts;
import io.jnetlink.route.bridge.BridgeVlans;
import io.jnetlink.route.bridge.Bridges;
import io.jnetlink.route.bridge.Fdb;
import io.jnetlink.route.bridge.Mdb;
import io.jnetlink.route.kinds.BondRequest;
import io.jnetlink.route.kinds.IpvlanRequest;
import io.jnetlink.route.kinds.LinkKinds;
import io.jnetlink.route.kinds.MacvtapRequest;
import io.jnetlink.route.kinds.TunTap;
import io.jnetlink.route.nexthop.Encap;
import io.jnetlink.route.nexthop.NexthopEvents;
import io.jnetlink.route.nexthop.Nexthops;
import io.jnetlink.route.nsid.NsIds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Keeps the README's bridge/nexthop/nsid/link-kind table honest: every builder chain it shows is
 * built here as written (building validates; nothing is sent).
 */
class BridgeNexthopReadmeRowsTest {
    @Test
    void everyBridgeRowBuilds() {
        assertNotNull(Fdb.add("02:00:00:00:00:99").dev("v0").master().staticEntry());
        assertNotNull(Fdb.append("00:00:00:00:00:00").dev("vx0").dst("10.0.0.2").port(4790).vni(77));
        assertNotNull(Fdb.replace("02:00:00:00:00:98").dev("v0").master().dynamic());
        assertNotNull(Fdb.delete("02:00:00:00:00:98").dev("v0").master());
        assertNotNull(Fdb.add("02:00:00:00:00:97").dev("v0").master().staticEntry().vlan(7));
        assertNotNull(Fdb.show().br("br0").dev("v0"));
        assertNotNull(Mdb.add("239.1.1.1").dev("br0").port("v0").permanent().vid(5));
        assertNotNull(Mdb.delete("239.1.1.1").dev("br0").port("v0"));
        assertNotNull(BridgePorts.set("v0").learning(false).flood(false).hairpin(true).isolated(true).mcastFlood(false)
                .neighSuppress(true));
        assertNotNull(BridgePorts.set("v0").cost(7).priority(3).guard(true).rootBlock(true));
        assertNotNull(Bridges.set("br0").ageingTime(1000).stp(true).priority(100).multicastSnooping(false));
        assertNotNull(Bridges.set("br0").vlanFiltering(true));
        assertNotNull(BridgeVlans.add(10).dev("v0").pvid().untagged());
        assertNotNull(BridgeVlans.add(20).to(30).dev("v0").master());
        assertNotNull(BridgeVlans.delete(10).dev("v0"));
    }

    @Test
    void everyNexthopAndNsidRowBuilds() {
        assertNotNull(Nexthops.add(1).via("10.0.0.1").dev("v0").onLink());
        assertNotNull(Nexthops.add(2).blackhole());
        assertNotNull(Nexthops.add(5).member(1, 1).member(4, 5));
        assertNotNull(Nexthops.add(6).group(1, 4).resilient(8).idleTimer(60).unbalancedTimer(30));
        assertNotNull(Nexthops.add(7).encap(Encap.seg6("fc00::1", "fc00::2")).via("10.0.0.1").dev("v0"));
        assertNotNull(Nexthops.add(8).encap(Encap.mpls(100, 200)).via("10.0.0.1").dev("v0"));
        assertNotNull(Nexthops.delete(1));
        assertNotNull(Nexthops.route("10.9.0.0/16").nhid(5));
        assertNotNull(Nexthops.route("10.8.0.0/16").encap(Encap.seg6("fc00::9")).dev("v0"));
        assertNotNull(Nexthops.route("10.7.0.0/16").encap(Encap.mpls(100, 200)).via("10.0.0.1").dev("v0"));
        assertNotNull(Nexthops.route("10.6.0.0/16").via("fe80::1").dev("v0"));
        assertNotNull(NexthopEvents.subscribe());
        try (NetNamespace self = NetNamespace.current()) {
            assertNotNull(NsIds.set(self, 5));
        }
    }

    @Test
    void everyLinkKindRowBuilds() {
        assertNotNull(LinkKinds.vlan("v1.10").link("v1").id(10).qinq());
        assertNotNull(LinkKinds.bond("bond0").mode(BondRequest.Mode.LACP).miimon(100));
        assertNotNull(LinkKinds.dummy("d0"));
        assertNotNull(LinkKinds.wireguard("wg0"));
        assertNotNull(LinkKinds.ifb("ifb0"));
        assertNotNull(LinkKinds.ipvlan("ipv0").link("v1").mode(IpvlanRequest.Mode.L3));
        assertNotNull(LinkKinds.vrf("vrf0").table(10));
        assertNotNull(LinkKinds.gre("gre0").remote("10.0.0.2").local("10.0.0.5").ttl(64).key(42));
        assertNotNull(LinkKinds.geneve("gnv0").id(100).remote("10.0.0.2"));
        assertNotNull(LinkKinds.macvtap("mvt0").link("v1").mode(MacvtapRequest.Mode.BRIDGE));
        assertNotNull(LinkKinds.ifb("ifb0").with(r -> r.mtu(1400).up()));
        assertNotNull(TunTap.tap("tap0").user(0).group(0));
    }
}
