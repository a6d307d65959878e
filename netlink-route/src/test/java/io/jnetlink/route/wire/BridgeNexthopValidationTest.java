package io.jnetlink.route.wire;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.bridge.BridgePorts;
import io.jnetlink.route.bridge.BridgeVlans;
import io.jnetlink.route.bridge.Bridges;
import io.jnetlink.route.bridge.Fdb;
import io.jnetlink.route.bridge.Mdb;
import io.jnetlink.route.kinds.LinkKinds;
import io.jnetlink.route.kinds.TunTap;
import io.jnetlink.route.nexthop.Encap;
import io.jnetlink.route.nexthop.Nexthops;
import io.jnetlink.route.nsid.NsIds;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The validation table of the bridge, nexthop, nsid and link-kind requests: each bad argument (or
 * incomplete request, at encode time) is an IllegalArgumentException naming the argument, before
 * anything is sent.
 */
class BridgeNexthopValidationTest {
    static Stream<Arguments> cases() {
        MessageWriter w = new MessageWriter();
        return Stream.of(
                arguments("lladdr", (Executable) () -> Fdb.add("02:00:00:00:01")),
                arguments("lladdr", (Executable) () -> Fdb.add("not-a-mac")),
                arguments("dev", (Executable) () -> Fdb.add("02:00:00:00:00:01").encode(w)),
                arguments("dev", (Executable) () -> Fdb.add("02:00:00:00:00:01").dev("a-name-much-too-long")),
                arguments("dev", (Executable) () -> Fdb.add("02:00:00:00:00:01").dev(0)),
                arguments("vlan", (Executable) () -> Fdb.add("02:00:00:00:00:01").vlan(4095)),
                arguments("port", (Executable) () -> Fdb.append("00:00:00:00:00:00").port(70000)),
                arguments("vni", (Executable) () -> Fdb.append("00:00:00:00:00:00").vni(1 << 24)),
                arguments("dst", (Executable) () -> Fdb.append("00:00:00:00:00:00").dst("10.0.0.300")),
                arguments("state", (Executable) () -> Fdb.add("02:00:00:00:00:01").dev(3).staticEntry().dynamic().encode(w)),
                arguments("nhid", (Executable) () -> Fdb.add("02:00:00:00:00:01").nhid(0)),
                arguments("grp", (Executable) () -> Mdb.add("10.0.0.1")),
                arguments("grp", (Executable) () -> Mdb.add("not-an-address")),
                arguments("port", (Executable) () -> Mdb.add("239.1.1.1").dev(2).encode(w)),
                arguments("dev", (Executable) () -> Mdb.add("239.1.1.1").port(2).encode(w)),
                arguments("vid", (Executable) () -> Mdb.add("239.1.1.1").vid(0)),
                arguments("option", (Executable) () -> BridgePorts.set(4).encode(w)),
                arguments("cost", (Executable) () -> BridgePorts.set(4).cost(0)),
                arguments("priority", (Executable) () -> BridgePorts.set(4).priority(64)),
                arguments("option", (Executable) () -> Bridges.set(2).encode(w)),
                arguments("priority", (Executable) () -> Bridges.set(2).priority(70000)),
                arguments("ageing_time", (Executable) () -> Bridges.set(2).ageingTime(-1)),
                arguments("vid", (Executable) () -> BridgeVlans.add(0)),
                arguments("vid range end", (Executable) () -> BridgeVlans.add(10).to(5)),
                arguments("pvid", (Executable) () -> BridgeVlans.add(10).to(20).pvid().dev(4).encode(w)),
                arguments("dev", (Executable) () -> BridgeVlans.add(10).encode(w)),
                arguments("nexthop id", (Executable) () -> Nexthops.add(0)),
                arguments("nexthop id", (Executable) () -> Nexthops.delete(1L << 32)),
                arguments("weight", (Executable) () -> Nexthops.add(1).member(2, 0)),
                arguments("buckets", (Executable) () -> Nexthops.add(1).resilient(0)),
                arguments("idle_timer", (Executable) () -> Nexthops.add(1).idleTimer(-1)),
                arguments("blackhole", (Executable) () -> Nexthops.add(1).blackhole().dev(3).encode(w)),
                arguments("group", (Executable) () -> Nexthops.add(1).group(2).dev(3).encode(w)),
                arguments("resilient", (Executable) () -> Nexthops.add(1).dev(3).resilient(8).encode(w)),
                arguments("dev", (Executable) () -> Nexthops.add(1).encode(w)),
                arguments("via", (Executable) () -> Nexthops.add(1).via("fe80::zz")),
                arguments("proto", (Executable) () -> Nexthops.add(1).protocol(256)),
                arguments("segs", (Executable) () -> Encap.seg6()),
                arguments("segs", (Executable) () -> Encap.seg6("10.0.0.1")),
                arguments("mpls", (Executable) () -> Encap.mpls()),
                arguments("label", (Executable) () -> Encap.mpls(1 << 20)),
                arguments("route prefix", (Executable) () -> Nexthops.route("10.0.0.0/40")),
                arguments("nhid, encap or via", (Executable) () -> Nexthops.route("10.0.0.0/8").encode(w)),
                arguments("via", (Executable) () -> Nexthops.route("fd00::/64").via("10.0.0.1")),
                arguments("dev", (Executable) () -> Nexthops.route("10.0.0.0/8").via("fe80::1").encode(w)),
                arguments("nhid", (Executable) () -> Nexthops.route("10.0.0.0/8").nhid(1).dev(3).encode(w)),
                arguments("dev", (Executable) () -> Nexthops.route("10.0.0.0/8").encap(Encap.seg6("fc00::1")).encode(w)),
                arguments("table", (Executable) () -> Nexthops.route("10.0.0.0/8").table(0)),
                arguments("nsid", (Executable) () -> NsIds.setForPid(1, -1)),
                arguments("pid", (Executable) () -> NsIds.setForPid(0, 1)),
                arguments("target", (Executable) () -> NsIds.set(null, 1)),
                arguments("link name", (Executable) () -> LinkKinds.dummy("")),
                arguments("link", (Executable) () -> LinkKinds.macvtap("m0").toLinkRequest(0)),
                arguments("id", (Executable) () -> LinkKinds.vlan("v0").link(3).toLinkRequest(3)),
                arguments("vlan id", (Executable) () -> LinkKinds.vlan("v0").id(-1)),
                arguments("table", (Executable) () -> LinkKinds.vrf("vrf0").table(0)),
                arguments("miimon", (Executable) () -> LinkKinds.bond("b0").miimon(1L << 32)),
                arguments("mode", (Executable) () -> LinkKinds.bond("b0").mode(null)),
                arguments("remote", (Executable) () -> LinkKinds.gre("g0").remote("fd00::1")),
                arguments("key", (Executable) () -> LinkKinds.sit("s0").key(5)),
                arguments("ttl", (Executable) () -> LinkKinds.ipip("t0").ttl(256)),
                arguments("id", (Executable) () -> LinkKinds.geneve("g0").id(1 << 24)),
                arguments("dstport", (Executable) () -> LinkKinds.geneve("g0").dstport(0)),
                arguments("id and remote", (Executable) () -> LinkKinds.geneve("g0").toLinkRequest(0)),
                arguments("tuntap name", (Executable) () -> TunTap.tap("this-name-is-too-long")),
                arguments("user", (Executable) () -> TunTap.tap("t0").user(-1)),
                arguments("group", (Executable) () -> TunTap.tun("t0").group(1L << 32)),
                arguments("mode", (Executable) () -> TunTap.delete("t0", null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldRejectWithTheArgumentsName(String argument, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(argument), "message should name " + argument + ": " + e.getMessage());
    }
}
