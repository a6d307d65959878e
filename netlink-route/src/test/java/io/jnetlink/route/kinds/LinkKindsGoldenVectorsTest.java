package io.jnetlink.route.kinds;

import io.jnetlink.route.wire.IfLink;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.IfInfoMsg;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.LinkRawRequest;
import io.jnetlink.route.testkit.Golden;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every link kind against what {@code ip link add … type KIND} (iproute2 6.1) sent, captured with
 * strace even where this kernel then refused the kind (resources kinds/, v1 = ifindex 3): the
 * {@code ifinfomsg}, every top-level attribute and the {@code IFLA_LINKINFO} nest are the same bytes
 * (iproute2 writes {@code IFLA_LINK} before the name, the request after the link info; the kernel
 * does not care about their order). The decoder reads the captured {@code IFLA_LINKINFO} back.
 */
class LinkKindsGoldenVectorsTest {
    private static void same(String resource, LinkRawRequest request) {
        byte[] expected = Golden.request(resource, Rtnl.RTM_NEWLINK);
        byte[] actual = Golden.encoded(request);
        assertArrayEquals(Arrays.copyOfRange(expected, 0, 32), Arrays.copyOfRange(actual, 0, 32), resource + " headers");
        List<String> want = Golden.attributeSet(expected, IfInfoMsg.LENGTH);
        assertEquals(want, Golden.attributeSet(actual, IfInfoMsg.LENGTH), resource);
        KindInfo decoded = LinkKindInfo.decode(linkInfo(expected)).orElseThrow();
        assertEquals(decoded, LinkKindInfo.decode(linkInfo(actual)).orElseThrow(), resource);
    }

    /** The value of IFLA_LINKINFO in a link request. */
    private static byte[] linkInfo(byte[] message) {
        for (String a : Golden.attributeSet(message, IfInfoMsg.LENGTH)) {
            if (a.startsWith(IfLink.IFLA_LINKINFO + ":")) {
                return java.util.HexFormat.of().parseHex(a.substring(a.indexOf(':') + 1));
            }
        }
        throw new AssertionError("no IFLA_LINKINFO");
    }

    @Test
    void shouldEncodeEveryKindAsIpLinkAddDoes() {
        same("kinds/vlan.hex", LinkKinds.vlan("v1.10").id(10).qinq().toLinkRequest(3));
        same("kinds/bond.hex", LinkKinds.bond("bond0").mode(BondRequest.Mode.LACP).miimon(100).updelay(200).downdelay(200)
                .xmitHashPolicy(BondRequest.HashPolicy.LAYER3_4).lacpRateFast(true).minLinks(1).toLinkRequest(0));
        same("kinds/dummy.hex", LinkKinds.dummy("d0").toLinkRequest(0));
        same("kinds/ifb.hex", LinkKinds.ifb("ifb0").toLinkRequest(0));
        same("kinds/wireguard.hex", LinkKinds.wireguard("wg0").toLinkRequest(0));
        same("kinds/ipvlan.hex", LinkKinds.ipvlan("ipv0").mode(IpvlanRequest.Mode.L3)
                .isolation(IpvlanRequest.Isolation.BRIDGE).toLinkRequest(3));
        same("kinds/vrf.hex", LinkKinds.vrf("vrf0").table(10).toLinkRequest(0));
        same("kinds/gre.hex", LinkKinds.gre("gre0").remote("10.0.0.2").local("10.0.0.5").ttl(64).key(42).toLinkRequest(0));
        same("kinds/gretap.hex", LinkKinds.gretap("gretap0").remote("10.0.0.2").local("10.0.0.5").ttl(64).toLinkRequest(0));
        same("kinds/ipip.hex", LinkKinds.ipip("ipip0").remote("10.0.0.2").local("10.0.0.5").ttl(64).toLinkRequest(0));
        same("kinds/sit.hex", LinkKinds.sit("sit0").remote("10.0.0.2").local("10.0.0.5").ttl(64).toLinkRequest(0));
        same("kinds/geneve.hex", LinkKinds.geneve("gnv0").id(100).remote("10.0.0.2").dstport(6081).ttl(64).toLinkRequest(0));
        same("kinds/macvtap.hex", LinkKinds.macvtap("mvt0").mode(MacvtapRequest.Mode.BRIDGE).toLinkRequest(3));
    }

    @Test
    void shouldDecodeTheCapturedKindOptions() {
        VlanInfo vlan = (VlanInfo) LinkKindInfo.decode(linkInfo(Golden.request("kinds/vlan.hex", 16))).orElseThrow();
        assertEquals(10, vlan.id());
        assertEquals(0x88A8, vlan.protocol());
        BondInfo bond = (BondInfo) LinkKindInfo.decode(linkInfo(Golden.request("kinds/bond.hex", 16))).orElseThrow();
        assertEquals(new BondInfo(4, 100, 200, 200, 1, 1, 1, List.of()), bond);
        TunnelInfo gre = (TunnelInfo) LinkKindInfo.decode(linkInfo(Golden.request("kinds/gre.hex", 16))).orElseThrow();
        assertEquals(OptionalLong.of(42), gre.key());
        assertEquals("10.0.0.2", gre.remote().orElseThrow().getHostAddress());
        assertEquals(64, gre.ttl());
        assertTrue(gre.pmtudisc());
        GeneveInfo geneve = (GeneveInfo) LinkKindInfo.decode(linkInfo(Golden.request("kinds/geneve.hex", 16))).orElseThrow();
        assertEquals(100, geneve.id());
        assertEquals(6081, geneve.port());
        assertEquals(new VrfInfo(10, List.of()), LinkKindInfo.decode(linkInfo(Golden.request("kinds/vrf.hex", 16))).orElseThrow());
        assertEquals(new PlainKindInfo("dummy", List.of()),
                LinkKindInfo.decode(linkInfo(Golden.request("kinds/dummy.hex", 16))).orElseThrow());
    }

    @Test
    void shouldRejectIncompleteOrBadKindsBeforeSending() {
        assertThrows(IllegalArgumentException.class, () -> LinkKinds.vlan("v0").id(10).toLinkRequest(0), "vlan needs link");
        assertThrows(IllegalArgumentException.class, () -> LinkKinds.vlan("v0").toLinkRequest(3), "vlan needs id");
        assertThrows(IllegalArgumentException.class, () -> LinkKinds.vlan("v0").id(4095));
        assertThrows(IllegalArgumentException.class, () -> LinkKinds.vrf("vrf0").toLinkRequest(0));
        assertThrows(IllegalArgumentException.class, () -> LinkKinds.ipip("t0").key(1));
        assertThrows(IllegalArgumentException.class, () -> LinkKinds.gre("t0").remote("fd00::1"));
        assertThrows(IllegalArgumentException.class, () -> LinkKinds.geneve("g0").id(1 << 24));
        assertThrows(IllegalArgumentException.class, () -> LinkKinds.dummy("a-name-far-too-long"));
        assertThrows(IllegalArgumentException.class, () -> LinkKinds.bond("b0").miimon(-1));
        new MessageWriter(); // the requests above failed before anything could be written
    }
}
