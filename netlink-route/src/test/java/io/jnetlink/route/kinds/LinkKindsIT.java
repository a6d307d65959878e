package io.jnetlink.route.kinds;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.route.Link;
import io.jnetlink.route.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

import static io.jnetlink.route.testkit.Cli.objects;
import static io.jnetlink.route.testkit.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link kinds this kernel has (ifb, macvtap, tun/tap), made with jnetlink and read with
 * {@code ip -j -d link}, and made with {@code ip} and decoded by jnetlink; the kinds it lacks are
 * refused with the kernel's EOPNOTSUPP "Unknown device type" (their encoding is checked against
 * golden vectors in {@link LinkKindsGoldenVectorsTest}).
 */
class LinkKindsIT {
    private NetNamespace ns;

    @BeforeEach
    void setUp() {
        ns = NetNamespace.create("kit-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36));
        run(ns, "ip", "link", "add", "v0", "type", "veth", "peer", "name", "v1");
    }

    @AfterEach
    void tearDown() {
        ns.delete();
    }

    @Test
    void shouldCreateIfbAndMacvtapThatIpShows() {
        LinkKinds.ifb("ifb0").with(r -> r.mtu(1400)).in(ns).apply();
        LinkKinds.macvtap("mvt0").link("v1").mode(MacvtapRequest.Mode.BRIDGE).in(ns).apply();
        assertEquals("ifb", infoKind("ifb0"));
        assertEquals(1400L, link("ifb0").get("mtu"));
        assertEquals("macvtap", infoKind("mvt0"));
        assertEquals("bridge", infoData("mvt0").get("mode"));
        assertEquals("v1", link("mvt0").get("link"));
        Link mvt = Links.get("mvt0", ns).orElseThrow();
        assertEquals(MacvtapRequest.Mode.BRIDGE.raw(), ((MacvtapInfo) LinkKindInfo.of(mvt).orElseThrow()).mode());
        assertEquals("ifb", LinkKindInfo.of(Links.get("ifb0", ns).orElseThrow()).orElseThrow().kind());
    }

    @Test
    void shouldDecodeKindsIpMade() {
        run(ns, "ip", "link", "add", "link", "v1", "name", "mvt1", "type", "macvtap", "mode", "private");
        run(ns, "ip", "link", "add", "ifb1", "type", "ifb");
        MacvtapInfo m = (MacvtapInfo) LinkKindInfo.of(Links.get("mvt1", ns).orElseThrow()).orElseThrow();
        assertEquals(MacvtapRequest.Mode.PRIVATE.raw(), m.mode());
        assertEquals(Links.get("v1", ns).orElseThrow().index(), Links.get("mvt1", ns).orElseThrow().linkIndex());
        assertTrue(LinkKindInfo.of(Links.get("ifb1", ns).orElseThrow()).orElseThrow() instanceof PlainKindInfo);
    }

    @Test
    void shouldMakePersistentTapsAndTunsAsIpTuntapDoes() {
        TunTap.tap("tap0").user(0).group(0).in(ns).persist();
        TunTap.tun("tun0").multiQueue().in(ns).persist();
        Map<String, Object> tap = infoData("tap0");
        assertEquals("tap", tap.get("type"));
        assertEquals(true, tap.get("persist"));
        assertEquals(false, tap.get("pi"));
        assertEquals("root", tap.get("user"));
        assertEquals("root", tap.get("group"));
        Map<String, Object> tun = infoData("tun0");
        assertEquals("tun", tun.get("type"));
        assertEquals(true, tun.get("multi_queue"));
        TunInfo mine = (TunInfo) LinkKindInfo.of(Links.get("tap0", ns).orElseThrow()).orElseThrow();
        assertEquals(2, mine.type());
        assertTrue(mine.persist());
        assertEquals(OptionalLong.of(0), mine.owner());
        assertEquals(OptionalLong.of(0), mine.group());

        run(ns, "ip", "tuntap", "add", "tap9", "mode", "tap");
        TunInfo theirs = (TunInfo) LinkKindInfo.of(Links.get("tap9", ns).orElseThrow()).orElseThrow();
        assertTrue(theirs.persist() && theirs.type() == 2 && theirs.owner().isEmpty(), theirs.toString());

        TunTap.delete("tap0", TunTap.Mode.TAP, ns);
        assertFalse(Links.get("tap0", ns).isPresent());
    }

    @Test
    void shouldCarryFramesThroughATapOwnedByTheProgram() {
        try (TunTapDevice tap = TunTap.tap("tap1").in(ns).open()) {
            assertTrue(Links.get("tap1", ns).isPresent());
            assertEquals(false, infoData("tap1").get("persist"));
            // a broadcast frame written into the tap is received by the kernel on tap1
            run(ns, "ip", "link", "set", "tap1", "up");
            long before = rxPackets("tap1");
            ByteBuffer frame = ByteBuffer.allocateDirect(60);
            for (int i = 0; i < 6; i++) {
                frame.put(i, (byte) 0xFF);
            }
            frame.put(6, (byte) 0x02).put(11, (byte) 0x01).put(12, (byte) 0x88).put(13, (byte) 0xB5); // local experimental ethertype
            assertEquals(60, tap.write(frame, 60));
            assertEquals(before + 1, rxPackets("tap1"));
        }
        assertFalse(Links.get("tap1", ns).isPresent(), "closing the handle removes a non-persistent tap");
    }

    @Test
    void shouldReportKindsThisKernelLacks() {
        for (KindRequest<?> r : List.<KindRequest<?>>of(LinkKinds.dummy("d0"), LinkKinds.bond("bond0").miimon(100),
                LinkKinds.vrf("vrf0").table(10), LinkKinds.vlan("v1.10").link("v1").id(10))) {
            NetlinkException e = assertThrows(NetlinkException.class, () -> r.in(ns).apply());
            assertEquals(Errno.EOPNOTSUPP, e.errno(), e.getMessage());
        }
        NetlinkException noParent = assertThrows(NetlinkException.class,
                () -> LinkKinds.macvtap("m9").link("nope0").in(ns).apply());
        assertEquals(Errno.ENODEV, noParent.errno());
    }

    private long rxPackets(String dev) {
        return Links.get(dev, ns).orElseThrow().stats().orElseThrow().rxPackets();
    }

    private Map<String, Object> link(String dev) {
        return objects(ns, "ip", "-j", "-d", "link", "show", "dev", dev).get(0);
    }

    @SuppressWarnings("unchecked")
    private String infoKind(String dev) {
        return (String) ((Map<String, Object>) link(dev).get("linkinfo")).get("info_kind");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> infoData(String dev) {
        return (Map<String, Object>) ((Map<String, Object>) link(dev).get("linkinfo")).get("info_data");
    }
}
